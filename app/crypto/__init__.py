"""Cryptographic recipes. The only package that imports ``cryptography`` (and, for export, ``pyrage``).

Callers get purpose-bound operations (wrap a key, seal a value, derive a sub-key), never raw primitives.
Every failure to authenticate raises ``AuthenticationFailed`` and says nothing more.
"""


class AuthenticationFailed(Exception):
    """Ciphertext, tag, key or associated data did not match."""
