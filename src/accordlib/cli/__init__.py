"""The ``accordlib`` command line (also ``python -m accordlib``).

Four commands — ``parse``, ``events``, ``countries``, ``officials`` — read the same
inputs (paths to files and folders, ``-`` for standard input, ``--text``) and write
the same formats (``json``, ``jsonl``, ``text``, ``csv``). The modules:
:mod:`~accordlib.cli.options` (arguments), :mod:`~accordlib.cli.inputs` (reading
inputs), :mod:`~accordlib.cli.render` (running a command on one story and rendering
it), :mod:`~accordlib.cli.progress` and :mod:`~accordlib.cli.app` (the run and
:func:`main`). See ``docs/cli.md`` for the reference.
"""

from __future__ import annotations

from accordlib.cli.app import main

__all__ = ["main"]
