"""User actions: one function per action, each one transaction, called by the UI and the CLI alike."""
