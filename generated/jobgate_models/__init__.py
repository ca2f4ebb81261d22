"""Pydantic models generated from openapi/. Do not edit."""
