"""Generate the CAMEO/PLOVER tables of accordlib from the shared CAMEO 1.1b3 + PLOVER table.

Inputs: ``../shared/data/cameo_plover.tsv`` (CAMEO 1.1b3 event codes with the draft
PLOVER 0.8 mapping) and the reviewed choices below (``BASE``, ``INTENT``, ``PLOVER_REVIEW``),
which say for each :class:`accordlib.EventKind` which CAMEO code it is and why.

Outputs (committed, because the shared directory does not ship with the package):

* ``src/accordlib/data/cameo.tsv`` — every CAMEO 1.1b3 event code with its name and root;
* ``src/accordlib/data/event_codes.tsv`` — one row per (EventKind, Factuality) pair with the
  CAMEO code, the PLOVER type and mode, and a ``source`` column saying where it comes from.

Run from the repository root: ``python tools/gen_event_codes.py`` (``--check`` exits 1 if
the committed tables are out of date; ``--markdown`` prints the table used in
docs/event-model.md). The script only runs where ``../shared`` exists.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "cameo_plover.tsv"
DATA = ROOT / "src" / "accordlib" / "data"

#: The PLOVER event types (PLOVER 0.8/1.0): the only values the ``plover`` column may take.
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

FACTUALITIES = (
    "OCCURRED",
    "ONGOING",
    "ANNOUNCED",
    "PLANNED",
    "CONDITIONAL",
    "HYPOTHETICAL",
    "NEGATED",
)

#: Factualities that are intentions: coded as "express intent" (03x) or threats (13x).
INTENT_FACTUALITIES = ("ANNOUNCED", "PLANNED", "CONDITIONAL")

#: Hostile measures that are coded as threats when only PLANNED or CONDITIONAL. An
#: ANNOUNCED hostile measure is the decision itself ("the EU agreed to impose sanctions",
#: "Moscow said it would expel ten diplomats"), which CAMEO codes as the act.
HOSTILE = (
    "SANCTION",
    "SEVER_RELATIONS",
    "EXPEL_DIPLOMATS",
    "RECALL_AMBASSADOR",
    "HALT_NEGOTIATIONS",
    "CUT_AID",
)

#: Physical hostile acts (protest, mobilisation, coercion, arrests, attacks, fighting):
#: unlike a decision, announcing one does not carry it out ("the army said it would
#: storm the town" is a threat), so they are threats when ANNOUNCED as well.
FORCE = (
    "PROTEST",
    "MOBILIZE",
    "COERCE",
    "ARREST",
    "ASSAULT",
    "FIGHT",
)

#: The CAMEO code of each kind when it happens (OCCURRED, ONGOING) — and, for lack of a
#: code of their own, when it is HYPOTHETICAL or NEGATED — with the reason for the choice.
BASE: dict[str, tuple[str, str]] = {
    "JOIN_AGREEMENT": ("057", "acceding to an agreement is formally signing on to it"),
    "SIGN_AGREEMENT": ("057", "CAMEO 057 Sign formal agreement"),
    "NORMALIZE_RELATIONS": (
        "054",
        (
            "normalisation establishes or restores full diplomatic relations (054), "
            "not just cooperation (050)"
        ),
    ),
    "ESTABLISH_RELATIONS": ("054", "establishing relations grants diplomatic recognition"),
    "SEVER_RELATIONS": ("161", "CAMEO 161 Reduce or break diplomatic relations"),
    "RECOGNIZE": ("054", "CAMEO 054 Grant diplomatic recognition"),
    "MEET": (
        "040",
        (
            "a meeting whose place is not known to be either party's is plain consultation "
            "(040); 044 needs an explicitly third location"
        ),
    ),
    "VISIT": ("042", "CAMEO 042 Make a visit (the visitor is the actor, the host the recipient)"),
    "PHONE_CALL": ("041", "CAMEO 041 Discuss by telephone"),
    "NEGOTIATE": ("046", "CAMEO 046 Engage in negotiation"),
    "MEDIATE": ("045", "CAMEO 045 Engage in mediation"),
    "EXPRESS_INTENT": ("030", "CAMEO 030 Express intent to cooperate, not specified"),
    "PRAISE": ("051", "CAMEO 051 Praise or endorse"),
    "CRITICIZE": ("111", "CAMEO 111 Criticize or denounce"),
    "ACCUSE": ("112", "CAMEO 112 Accuse, not specified"),
    "APPEAL": ("020", "CAMEO 020 Make an appeal or request"),
    "DEMAND": ("100", "CAMEO 100 Demand, not specified"),
    "THREATEN": ("130", "CAMEO 130 Threaten, not specified"),
    "REJECT": ("120", "CAMEO 120 Reject, not specified"),
    "SANCTION": ("163", "CAMEO 163 Impose embargo, boycott, or sanctions"),
    "EXPEL_DIPLOMATS": (
        "161",
        (
            "expelling diplomats reduces diplomatic relations (161); 174 is for deporting "
            "individuals as a coercive, mostly legal, act"
        ),
    ),
    "RECALL_AMBASSADOR": ("161", "recalling an ambassador reduces diplomatic relations"),
    "PROVIDE_AID": ("070", "CAMEO 070 Provide aid, not specified"),
    "COOPERATE": ("060", "CAMEO 060 Engage in material cooperation, not specified"),
    "APOLOGIZE": ("055", "CAMEO 055 Apologize"),
    "DECLARE_CEASEFIRE": ("0871", "CAMEO 0871 Declare truce, ceasefire"),
    "RELEASE": ("0841", "CAMEO 0841 Return, release persons"),
    "EASE_SANCTIONS": ("085", "CAMEO 085 Ease economic sanction, boycott, or embargo"),
    "HALT_NEGOTIATIONS": ("164", "CAMEO 164 Halt negotiations"),
    "CONCEDE": ("080", "CAMEO 080 Yield, not specified"),
    "WITHDRAW": (
        "087",
        (
            "withdrawing or pulling out forces de-escalates a military engagement (087); "
            "0874 is a retreat or surrender under fire"
        ),
    ),
    "INVESTIGATE": (
        "090",
        (
            "CAMEO 090 Investigate; CAMEO has no code for an intention to investigate, so an "
            "announced or planned inquiry keeps 090"
        ),
    ),
    "PROTEST": ("140", "CAMEO 140 Engage in political dissent, not specified"),
    "MOBILIZE": ("150", "CAMEO 150 Exhibit military or police power, not specified"),
    "COERCE": ("170", "CAMEO 170 Coerce, not specified"),
    "ARREST": ("173", "CAMEO 173 Arrest, detain"),
    "ASSAULT": (
        "180",
        (
            "bombings, kidnappings, assassinations and killings are unconventional violence "
            "(180); conventional military force is FIGHT (190)"
        ),
    ),
    "FIGHT": ("190", "CAMEO 190 Use conventional military force, not specified"),
    "CUT_AID": ("162", "CAMEO 162 Reduce or stop material aid, not specified"),
}

#: The code of each kind when it is ANNOUNCED, PLANNED or CONDITIONAL. CAMEO codes the
#: stated intention, not the act: cooperative acts become "express intent" (03x, PLOVER
#: AGREE), hostile acts become threats (13x). Kinds not listed are statements in
#: themselves (praise, demands, threats, ...) and keep their code.
INTENT: dict[str, tuple[str, str]] = {
    "JOIN_AGREEMENT": (
        "032",
        "an agreement not yet joined is an intent to cooperate diplomatically",
    ),
    "SIGN_AGREEMENT": ("032", "a signing not yet done is an intent to cooperate diplomatically"),
    "NORMALIZE_RELATIONS": ("032", "intent to engage in diplomatic cooperation"),
    "ESTABLISH_RELATIONS": ("032", "intent to engage in diplomatic cooperation"),
    "RECOGNIZE": ("032", "intent to engage in diplomatic cooperation"),
    "MEET": ("036", "CAMEO 036 Express intent to meet or negotiate"),
    "VISIT": ("036", "CAMEO 036 Express intent to meet or negotiate"),
    "PHONE_CALL": ("036", "CAMEO 036 Express intent to meet or negotiate"),
    "NEGOTIATE": ("036", "CAMEO 036 Express intent to meet or negotiate"),
    "MEDIATE": ("039", "CAMEO 039 Express intent to mediate"),
    "PROVIDE_AID": ("033", "CAMEO 033 Express intent to provide material aid"),
    "COOPERATE": ("031", "CAMEO 031 Express intent to engage in material cooperation"),
    "DECLARE_CEASEFIRE": ("0356", "CAMEO 0356 Express intent to de-escalate military engagement"),
    "RELEASE": ("0353", "CAMEO 0353 Express intent to release persons or property"),
    "EASE_SANCTIONS": ("0354", "CAMEO 0354 Express intent to ease economic sanctions"),
    "SANCTION": ("1312", "sanctions not yet imposed are a threat to sanction (1312)"),
    "SEVER_RELATIONS": ("1313", "a break not yet made is a threat to break relations (1313)"),
    "EXPEL_DIPLOMATS": ("1313", "an expulsion not yet made threatens to reduce relations (1313)"),
    "RECALL_AMBASSADOR": ("1313", "a recall not yet made threatens to reduce relations (1313)"),
    "HALT_NEGOTIATIONS": ("134", "CAMEO 134 Threaten to halt negotiations"),
    "CONCEDE": ("035", "CAMEO 035 Express intent to yield"),
    "WITHDRAW": ("0356", "CAMEO 0356 Express intent to de-escalate military engagement"),
    "CUT_AID": ("1311", "aid not yet cut is a threat to reduce or stop aid (1311)"),
    "PROTEST": ("133", "a protest not yet held is a threat of political dissent (133)"),
    "MOBILIZE": (
        "138",
        "forces not yet mobilised are a threat of military force (138)",
    ),
    "COERCE": ("137", "coercion not yet applied is a threat of repression (137)"),
    "ARREST": ("137", "an arrest not yet made is a threat of repression (137)"),
    "ASSAULT": (
        "1383",
        "an attack not yet carried out is a threat of unconventional attack (1383)",
    ),
    "FIGHT": (
        "1384",
        "military force not yet used is a threat of conventional attack (1384)",
    ),
}

#: Reviewed departures from the draft PLOVER mapping: code -> (type, mode, reason).
PLOVER_REVIEW: dict[str, tuple[str, str, str]] = {
    "020": (
        "REQUEST",
        "",
        (
            "the draft leaves CAMEO root 02 unmapped; PLOVER REQUEST covers appeals as well as "
            "demands (10x, which the draft maps to REQUEST)"
        ),
    ),
    "163": (
        "SANCTION",
        "",
        (
            "the draft's COERCE is odd: PLOVER SANCTION is the type for embargoes, boycotts and "
            "economic sanctions; COERCE is for physical and administrative repression"
        ),
    ),
}

#: Reviewed PLOVER modes for one kind only (the code is shared with other kinds).
MODE_REVIEW: dict[str, tuple[str, str]] = {
    "EXPEL_DIPLOMATS": ("expel", "PLOVER mode 'expel' (as for 166) rather than 'withdraw'"),
    "WITHDRAW": (
        "withdraw",
        "PLOVER mode 'withdraw' (as for 0872) rather than 'disarm': forces are pulled out",
    ),
}

HEADER_CODES = (
    "# generated by tools/gen_event_codes.py from ../shared/data/cameo_plover.tsv — do not edit.\n"
    "# The CAMEO code and PLOVER event type of every (EventKind, Factuality) pair.\n"
    "# CAMEO: Schrodt 2012, CAMEO Event and Actor Codebook 1.1b3. PLOVER types and modes: the\n"
    "# draft PLOVER 0.8 mapping (openeventdata/PLOVER, CAMEO2PLOVER, CC BY-SA 4.0), reviewed;\n"
    "# departures from it are said in the source column. Reasons: docs/event-model.md.\n"
)

HEADER_CAMEO = (
    "# generated by tools/gen_event_codes.py from ../shared/data/cameo_plover.tsv — do not edit.\n"
    "# CAMEO 1.1b3 event codes and names (Schrodt 2012, CAMEO Event and Actor Codebook).\n"
)


def read_shared() -> dict[str, dict[str, str]]:
    """Return the shared table's rows keyed by CAMEO code."""
    with SHARED.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {row["code"]: row for row in csv.DictReader(lines, delimiter="\t")}


def _why(code: str, reason: str) -> str:
    """The reason for a code, or "by definition" when the reason only restates the code."""
    return "by definition" if reason.startswith(f"CAMEO {code} ") else f"because {reason}"


def build(shared: dict[str, dict[str, str]]) -> tuple[str, str]:
    """Return the texts of cameo.tsv and event_codes.tsv."""
    cameo_lines = [HEADER_CAMEO, "code\tname\troot\troot_name\tsource\n"]
    for code, row in shared.items():
        name = row["name"].strip()
        cameo_lines.append(
            f"{code}\t{name}\t{row['root']}\t{row['root_name']}\tCAMEO 1.1b3 codebook\n"
        )

    lines = [HEADER_CODES, "kind\tfactuality\tcameo\tcameo_name\tplover\tplover_mode\tsource\n"]
    for kind, (base_code, base_reason) in BASE.items():
        for factuality in FACTUALITIES:
            code, reason = base_code, _why(base_code, base_reason)
            if factuality in INTENT_FACTUALITIES and kind in INTENT:
                if kind in HOSTILE and factuality == "ANNOUNCED":
                    reason += ": an announced measure is the decision itself, coded as the act"
                else:
                    code, why = INTENT[kind]
                    what = "a threat" if kind in HOSTILE or kind in FORCE else "an intention"
                    reason = f"because {factuality.lower()}, so {what}"
                    if not why.startswith(f"CAMEO {code} "):
                        reason += f": {why}"
            elif factuality in ("HYPOTHETICAL", "NEGATED"):
                reason += (
                    f", the code the event would have ({factuality.lower()} events are not "
                    "coded by CAMEO or PLOVER: codeable is False)"
                )
            if code not in shared:
                raise SystemExit(f"{kind}/{factuality}: {code} is not a CAMEO 1.1b3 code")
            row = shared[code]
            plover, mode = row["plover_event"], row["plover_mode"]
            plover_source = "PLOVER per the draft mapping"
            if code in PLOVER_REVIEW:
                plover, mode, why = PLOVER_REVIEW[code]
                plover_source = f"PLOVER reviewed: {why}"
            if kind in MODE_REVIEW and code == base_code:
                mode, why = MODE_REVIEW[kind]
                plover_source += f"; {why}"
            if plover not in PLOVER_TYPES:
                raise SystemExit(f"{kind}/{factuality}: {code} has no PLOVER type ({plover!r})")
            source = f"CAMEO {code} {reason}; {plover_source}"
            lines.append(
                f"{kind}\t{factuality}\t{code}\t{row['name'].strip()}\t{plover}\t{mode}\t{source}\n"
            )
    return "".join(cameo_lines), "".join(lines)


def markdown() -> str:
    """The mapping as the Markdown table in docs/event-model.md (happened vs intended)."""
    shared = read_shared()
    out = [
        "| EventKind | CAMEO (happened) | PLOVER | CAMEO (planned, conditional) | PLOVER |",
        "|---|---|---|---|---|",
    ]
    for kind, (base_code, _) in BASE.items():
        intent_code = INTENT.get(kind, (base_code, ""))[0]
        cells = []
        for code in (base_code, intent_code):
            plover = PLOVER_REVIEW.get(code, (shared[code]["plover_event"],))[0]
            cells += [f"{code} {shared[code]['name'].strip()}", plover]
        out.append(f"| `{kind}` | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the tables are stale")
    parser.add_argument("--markdown", action="store_true", help="print the docs table")
    args = parser.parse_args(argv)
    if not SHARED.exists():
        print(f"{SHARED} not found: the tables are committed, nothing to do", file=sys.stderr)
        return 0
    if args.markdown:
        print(markdown(), end="")
        return 0
    cameo_text, codes_text = build(read_shared())
    targets = {DATA / "cameo.tsv": cameo_text, DATA / "event_codes.tsv": codes_text}
    stale = [
        path
        for path, text in targets.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    if args.check:
        for path in stale:
            print(f"{path} is out of date: run python tools/gen_event_codes.py", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(targets[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
