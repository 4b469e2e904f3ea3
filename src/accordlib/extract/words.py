"""The word classes extraction reads (``data/extract_words.tsv``), loaded once on first use.

Each class of the table is one field of :class:`WordClasses` (a frozenset of lower-case
words; the ``*_phrase`` classes are tuples of word tuples, in table order). The loader
checks that the table and the fields name the same classes, so a class cannot be
misspelt on either side. A few sets derived from the classes are built here too, so that
the hot paths test one set.
"""

from __future__ import annotations

import attrs

from accordlib._util.lazy import Lazy
from accordlib._util.tables import TableError, read_table

__all__ = ["WORDS", "WordClasses"]

_TABLE = "extract_words.tsv"


@attrs.frozen
class WordClasses:
    """The word classes of ``data/extract_words.tsv`` (see its header for each class)."""

    reporting: frozenset[str]
    announcing: frozenset[str]
    glue: frozenset[str]
    object_glue: frozenset[str]
    people: frozenset[str]
    people_plural: frozenset[str]
    party_heads: frozenset[str]
    government_nouns: frozenset[str]
    military_nouns: frozenset[str]
    clause_words: frozenset[str]
    clause_openers: frozenset[str]
    clause_closers: frozenset[str]
    negation: frozenset[str]
    negation_phrase: tuple[tuple[str, ...], ...]
    condition: frozenset[str]
    condition_phrase: tuple[tuple[str, ...], ...]
    hypothetical: frozenset[str]
    future: frozenset[str]
    decided: frozenset[str]
    be: frozenset[str]
    pronoun_person: frozenset[str]
    pronoun_speaker: frozenset[str]
    two_nouns: frozenset[str]
    pair_modifiers: frozenset[str]
    state_anaphors: frozenset[str]
    object_anaphors: frozenset[str]
    not_modifier: frozenset[str]
    complement_stop: frozenset[str]
    coordination: frozenset[str]
    frame_words: frozenset[str]
    appositives: frozenset[str]
    place_prepositions: frozenset[str]
    place_cues: frozenset[str]
    time_words: frozenset[str]
    day_parts: frozenset[str]
    light: frozenset[str]
    speaker_glue: frozenset[str]
    attribution_glue: frozenset[str]
    make_forms: frozenset[str]
    passive_auxiliaries: frozenset[str]
    passive_adverbs: frozenset[str]
    counterpart_nouns: frozenset[str]
    possessives: frozenset[str]
    generic_agreements: frozenset[str]
    function_words: frozenset[str]
    market_words: frozenset[str]
    company_suffixes: frozenset[str]
    weak_verbs: frozenset[str]
    culture_words: frozenset[str]
    setting_words: frozenset[str]
    intent_verbs: frozenset[str]
    talk_modifiers: frozenset[str]
    topic_words: frozenset[str]
    support_verbs: frozenset[str]
    talk_nouns: frozenset[str]
    forecast_words: frozenset[str]
    forecast_modals: frozenset[str]
    consequence_words: frozenset[str]
    clause_starts: frozenset[str]
    clause_pronouns: frozenset[str]
    modified_nouns: frozenset[str]
    state_nouns: frozenset[str]
    home_organs: frozenset[str]
    reporting_nouns: frozenset[str]
    no_comment_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    region_words: frozenset[str]
    companions: frozenset[str]
    goal_nouns: frozenset[str]
    corporate_bodies: frozenset[str]
    goods_words: frozenset[str]
    currency_words: frozenset[str]
    desire_verbs: frozenset[str]
    lender_words: frozenset[str]
    first_person: frozenset[str]
    document_nouns: frozenset[str]
    proposal_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    head_nouns: frozenset[str]
    armed_groups: frozenset[str]
    armed_actions: frozenset[str]
    captured_things: frozenset[str]
    battle_words: frozenset[str]
    plural_subjects: frozenset[str]
    issue_heads: frozenset[str]
    reflexives: frozenset[str]
    compound_heads: frozenset[str]
    state_forces: frozenset[str]
    killing_stems: frozenset[str]
    phone_media: frozenset[str]
    test_weapons: frozenset[str]
    policy_targets: frozenset[str]
    media_nouns: frozenset[str]
    counterpart_modifiers: frozenset[str]
    quantifier_phrase: tuple[tuple[str, ...], ...]
    setting_nouns: frozenset[str]
    name_follow: frozenset[str]
    agenda_words: frozenset[str]
    carrier_nouns: frozenset[str]
    arrival_verbs: frozenset[str]
    reason_verbs: frozenset[str]
    comment_phrase: tuple[tuple[str, ...], ...]
    complaint_verbs: frozenset[str]
    # Derived (not classes of the table):
    #: the words that can open an attribution: the reporting verbs and "according (to)"
    attribution_cues: frozenset[str] = attrs.field(init=False)
    #: "be" before a progressive, "been" included ("have been holding")
    be_been: frozenset[str] = attrs.field(init=False)
    #: words that cannot modify an agreement noun, the glue words included
    not_modifiers: frozenset[str] = attrs.field(init=False)
    #: words that may refer back to parties named earlier in the story
    context_words: frozenset[str] = attrs.field(init=False)
    #: words the subject search walks over (with numbers): glue and times
    subject_skip: frozenset[str] = attrs.field(init=False)
    #: words the object search walks over (with numbers): articles, modifiers, times, quotes
    object_skip: frozenset[str] = attrs.field(init=False)
    #: words between a reporting verb and its clause: times and "that" ("said on Monday that")
    frame_skip: frozenset[str] = attrs.field(init=False)
    #: the killing stems as a tuple, longest first, for ``str.startswith``
    killing_prefixes: tuple[str, ...] = attrs.field(init=False)
    #: the quantifier phrases by their first word
    quantifiers: dict[str, tuple[tuple[str, ...], ...]] = attrs.field(init=False)

    @attribution_cues.default
    def _attribution_cues(self) -> frozenset[str]:
        return self.reporting | {"according"}

    @be_been.default
    def _be_been(self) -> frozenset[str]:
        return self.be | {"been"}

    @not_modifiers.default
    def _not_modifiers(self) -> frozenset[str]:
        return self.glue | self.not_modifier

    @context_words.default
    def _context_words(self) -> frozenset[str]:
        return (
            self.pronoun_speaker
            | self.pronoun_person
            | {"two", "both", "the", "they", "it", "them"}
        )

    @subject_skip.default
    def _subject_skip(self) -> frozenset[str]:
        return self.glue | self.time_words | self.day_parts

    @frame_skip.default
    def _frame_skip(self) -> frozenset[str]:
        return self.time_words | self.day_parts | {"that", "late", "early", "earlier", "later"}

    @killing_prefixes.default
    def _killing_prefixes(self) -> tuple[str, ...]:
        return tuple(sorted(self.killing_stems, key=lambda stem: (-len(stem), stem)))

    @quantifiers.default
    def _quantifiers(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.quantifier_phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
        return {first: tuple(phrases) for first, phrases in by_first.items()}

    @object_skip.default
    def _object_skip(self) -> frozenset[str]:
        return self.object_glue | self.time_words | self.day_parts | {"\u201c", '"'}


def _load() -> WordClasses:
    classes: dict[str, list[str]] = {}
    for row in read_table(_TABLE):
        classes.setdefault(row["class"], []).append(row["word"])
    fields = [field.name for field in attrs.fields(WordClasses) if field.init]
    if sorted(classes) != sorted(fields):
        unknown = sorted(set(classes) - set(fields))
        missing = sorted(set(fields) - set(classes))
        raise TableError(f"{_TABLE}: unknown classes {unknown}, classes without words {missing}")
    values: dict[str, object] = {}
    for name, words in classes.items():
        if name.endswith("_phrase"):
            values[name] = tuple(tuple(word.split()) for word in words)
        else:
            values[name] = frozenset(words)
    return WordClasses(**values)  # type: ignore[arg-type]  # one value per field, typed above


#: The word classes, read on first use.
WORDS: Lazy[WordClasses] = Lazy(_load)
