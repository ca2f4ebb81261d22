# Generated from openapi/camunda8.yaml by scripts/generate. Do not edit.
"""A client library for accessing jobgate Camunda 8 job worker API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
