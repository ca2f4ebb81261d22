# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
"""Contains methods for accessing the API"""
