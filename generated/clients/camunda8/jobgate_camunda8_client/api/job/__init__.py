# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
"""Contains endpoint functions for accessing the API"""
