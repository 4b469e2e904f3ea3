"""Check that ``import accordlib`` stays cheap and loads no data table.

Runs a fresh interpreter several times with and without the import and
prints the median difference; exits 1 when it is above the budget.

    python benchmarks/import_time.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

BUDGET_MS = 100.0
RUNS = 7

_CHECK_NO_TABLES = (
    "import accordlib, accordlib._util.tables as d; "
    "assert not d._cache, f'tables loaded at import: {sorted(d._cache)}'; "
    "import sys; assert 'dateparser' not in sys.modules, 'dateparser imported at import time'"
)

# The façade imports modules on first use; this is what a program using all of them pays.
_LOAD_EVERYTHING = "import accordlib; [getattr(accordlib, n) for n in accordlib.__all__]"


def _time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    subprocess.run([sys.executable, "-c", _CHECK_NO_TABLES], check=True)
    bare = statistics.median(_time("pass") for _ in range(RUNS))
    loaded = statistics.median(_time("import accordlib") for _ in range(RUNS))
    every = statistics.median(_time(_LOAD_EVERYTHING) for _ in range(RUNS))
    cost = loaded - bare
    print(f"import accordlib: +{cost:.1f} ms over a bare interpreter (budget {BUDGET_MS:.0f} ms)")
    print(f"first use of every public name (all modules, no tables): +{every - bare:.1f} ms")
    return 0 if cost <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
