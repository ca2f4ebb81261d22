# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
"""Contains endpoint functions for accessing the API"""
