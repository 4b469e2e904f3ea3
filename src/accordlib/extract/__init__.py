"""Event extraction: the events a story reports, by explainable rules.

:func:`extract_events` (in ``pipeline``) is the entry point. One module per step:
``triggers`` (the compiled event lexicon, ``lexicon`` and ``lexicon_tables``, beside the
kept hand rules of ``rules``, completed by each kind's frame), ``actors`` (the participant
recogniser, with ``actors_model``, ``actors_scan`` and ``actors_tables``), ``mentions``
(the parties a sentence names), ``attribution``, ``roles`` (with ``roles_model`` and
``passives``) and ``subjects``,
``agreements``, ``anaphora`` (the story context), ``confidence`` and ``guards``,
``factuality``, ``dating``, ``coding`` (the kind's refinements), ``location``, ``build``
(an event in named steps over one ``view.SentenceView``) and ``merge``; ``words`` and
``phrases`` read the word and agreement tables, ``model`` holds the working records.
"""

from accordlib.extract.pipeline import extract_events

__all__ = ["extract_events"]
