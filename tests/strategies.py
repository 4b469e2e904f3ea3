"""Hypothesis strategies shared by the test modules (others may add theirs).

``wire_texts`` glues realistic wire fragments (headlines, bylines, datelines in many
styles, body sentences, credits, notes, tags, copyright lines) with random separators
and random characters, so that generated stories reach every branch of the parser.
"""

from __future__ import annotations

from hypothesis import strategies as st

WIRE_FRAGMENTS = (
    "Kazakhstan will join Abraham Accords, Trump announces",
    "SHULTZ TO VISIT MOSCOW NEXT MONTH",
    "By Tal Shalev, Jennifer Hansler, CNN",
    "By MATTHEW LEE and JOSEF FEDERMAN Associated Press",
    "AP Diplomatic Writer",
    "Reuters Staff",
    "(CNN) — ",
    "WASHINGTON (AP) — ",
    "    WASHINGTON, March 9 - ",
    "NEW YORK, May 8. /TASS/. ",
    "BONN, Germany, Feb. 17, Kyodo",
    "ASTANA. KAZINFORM - ",
    "DOHA: ",
    "( AFP ) -",
    "June 19 (Reuters) -",
    "NEW YORK, Macrh 3 -- ",
    "The ministers met on Monday.",
    "“We will sign soon,” he said.",
    "Shr 12 cts vs 10 cts",
    "(Reporting by Ann Lee; Editing by Kim Ode)",
    "CNN’s Priya Raman contributed to this report.",
    "This story has been updated with additional details.",
    "CORRECTION: An earlier version misstated the date.",
    "Editor's note: This story contains graphic details.",
    "The-CNN-Wire",
    "™ & © 2025 Cable News Network, Inc. All rights reserved.",
    "Copyright 2024 The Associated Press. All rights reserved.",
    "\ufffd 2025 Cable News Network",
    "Reuter",
    " Reuter",
    "Enditem",
    "(END)",
    "==Kyodo",
    "___",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Editor: Liu Yang",
    "By ",
    "(",
    "—",
    "-",
)

SEPARATORS = ("", " ", "\n", "\n\n", "\n    ", "\r\n", "\t", "  ")

#: Text built from wire fragments, separators and arbitrary characters.
wire_texts = st.lists(
    st.one_of(
        st.sampled_from(WIRE_FRAGMENTS),
        st.sampled_from(SEPARATORS),
        st.text(max_size=12),
    ),
    max_size=30,
).map("".join)

#: Any text at all, or wire-like text.
any_texts = st.one_of(st.text(max_size=400), wire_texts)
