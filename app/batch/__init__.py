"""The batch format ``signaal-batch/1`` (docs/batch-format.md), owned here and only here: the schema of a
melding, its code lists, the canonical encoding, the manifest, the ZIP member layout and the file names.

Pure: bytes in, bytes out, no files and no cryptography (the exporter seals, the registry opens). Imports
from ``app`` only the leaf modules ``app.core.i18n`` and ``app.core.errors``, so ``app.core`` may use it.
"""
