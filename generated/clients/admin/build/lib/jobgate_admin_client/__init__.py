# Generated from openapi/admin.yaml by scripts/generate. Do not edit.
"""A client library for accessing jobgate admin"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
