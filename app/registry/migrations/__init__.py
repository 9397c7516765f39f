"""The registry vault's own schema: numbered ``NNNN_description.sql`` files, run by the vault's migration
runner (app/vault/migrations) when the vault is a registry (app/vault/schemas.py)."""
