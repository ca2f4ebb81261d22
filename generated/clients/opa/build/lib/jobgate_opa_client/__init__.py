# Generated from openapi/opa.yaml by scripts/generate. Do not edit.
"""A client library for accessing jobgate Oracle Process Automation jobs API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
