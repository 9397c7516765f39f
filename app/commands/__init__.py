"""Sub-commands of the ``signaal`` command line; each module registers its own parsers."""
