"""Authentication and roles (docs/security.md): users with argon2id hashes, HTTP Basic, JWT bearer, the role table.

The middleware (middleware.py) authenticates each request and puts a `jobgate.principal.Principal` into its scope;
the store keeps to the principal's tenants (jobgate.principal.visible_tenants).
"""
