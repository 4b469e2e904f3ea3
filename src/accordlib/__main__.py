"""``python -m accordlib``: the same as the ``accordlib`` command."""

from __future__ import annotations

import sys

from accordlib.cli.app import main

if __name__ == "__main__":
    sys.exit(main())
