"""Signaal desktop UI."""
