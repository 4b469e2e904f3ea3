"""Event extraction: the diplomatic events a story reports, by explainable rules.

:func:`extract_events` (in ``pipeline``) is the entry point; ``rules`` holds the trigger
rules read from ``data/event_rules.tsv``.
"""

from accordlib.extract.pipeline import extract_events

__all__ = ["extract_events"]
