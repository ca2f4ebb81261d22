"""Code generated from openapi/ by scripts/generate. Do not edit."""
