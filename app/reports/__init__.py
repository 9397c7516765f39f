"""PDF documents, rendered to bytes in memory with reportlab (written to disk only when the user saves)."""
