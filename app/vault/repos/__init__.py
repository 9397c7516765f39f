"""Repository functions: each takes an unlocked ``Session`` and audits what it changes or reveals."""
