"""Synthetic data for demos, screenshots, PDF previews, tests and the self-test. Every value is invented.

Nothing in the production layers (core, crypto, vault, export, registry, reports, workflows) imports this
package; it sits above them and uses them like any other caller."""
