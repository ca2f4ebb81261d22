# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
"""Contains methods for accessing the API"""
