"""Signaal: offline signalering, registratie en melding van signalen van mensenhandel."""

__version__ = "0.1.0"
