"""The encrypted store: SQLCipher database, key slots, schema, repositories, audit log, backup."""
