"""Guided signal checklists: the model, conditions, parsing and validation of ``forms/*.yaml``."""
