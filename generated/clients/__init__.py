"""Typed clients generated from openapi/. Do not edit."""
