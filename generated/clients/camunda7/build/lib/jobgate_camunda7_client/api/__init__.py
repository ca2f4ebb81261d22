# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
"""Contains methods for accessing the API"""
