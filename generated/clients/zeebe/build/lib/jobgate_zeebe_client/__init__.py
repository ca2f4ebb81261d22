# Generated from openapi/zeebe.yaml by scripts/generate. Do not edit.
"""A client library for accessing jobgate Zeebe job worker API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
