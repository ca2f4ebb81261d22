# Generated from openapi/camunda7.yaml by scripts/generate. Do not edit.
"""A client library for accessing jobgate Camunda 7 engine-rest"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
