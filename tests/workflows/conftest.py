"""Workflow tests reuse the export fixtures (a registry identity, a USB folder)."""

from tests.export.conftest import registry, usb  # noqa: F401 - fixtures
