"""Event extraction: the diplomatic events a story reports, by explainable rules.

:func:`extract_events` (in ``pipeline``) is the entry point. One module per step:
``triggers`` and ``rules`` (the rule table, ``data/event_rules.tsv``), ``mentions``
(the parties a sentence names), ``attribution``, ``roles``, ``agreements``,
``anaphora`` (the story context), ``location``, ``factuality``, ``dating``, ``build``
(an event in named steps over one ``view.SentenceView``) and ``merge``; ``words`` and
``phrases`` read the word and phrase tables, ``model`` holds the working records.
"""

from accordlib.extract.pipeline import extract_events

__all__ = ["extract_events"]
