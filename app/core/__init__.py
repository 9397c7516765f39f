"""Plain domain types and rules. No I/O, no Qt."""
