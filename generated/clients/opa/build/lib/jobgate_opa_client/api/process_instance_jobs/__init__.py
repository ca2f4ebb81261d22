# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
"""Contains endpoint functions for accessing the API"""
