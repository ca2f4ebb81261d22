# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
"""Contains methods for accessing the API"""
