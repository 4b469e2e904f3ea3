"""Month names as wire services print them, and a small matcher for plain misspellings.

Exact forms ("March", "Mar", "MAR.", "Sept", "Sep") are a dictionary lookup. A word of
four letters or more that is not exact is compared with every full month name and the
common abbreviations by Damerau-Levenshtein distance (one insertion, deletion,
substitution or swap of neighbours): it is accepted when exactly one month is at
distance 1 ("Macrh", "Narch", "Marc", "Mach", "Marchg", "Febuary", "Janaury"), or,
for words of seven letters or more, at distance 2. Anything closer to two months
("Mat": May or Mar) is refused.
"""

from __future__ import annotations

from accordlib._util.memo import memoized
from accordlib.text.calendar import MONTH_NAMES

__all__ = ["MONTH_FORMS", "MONTH_WORD_MAX", "month_candidates", "month_number"]

_NAMES = MONTH_NAMES

_EXACT: dict[str, int] = {}
for _number, _name in enumerate(_NAMES, start=1):
    _EXACT[_name] = _number
    _EXACT[_name[:3]] = _number
_EXACT["sept"] = 9
# Forms seen in wire copy and in other languages' agencies (EFE "7 nov", "ago", "dic").
_EXACT.update(
    {"febr": 2, "sep.": 9, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "juni": 6, "juli": 7}
)

#: Month names in the languages of agencies that print datelines in their own language
#: (ANSA "16 APR", "18 MAG"; TASS "2 февраля"; EFE "7 de noviembre"; Antara "5 Maret";
#: Anadolu "18 Şubat"; Hindi and Arabic services; HINA "10. ožujka", Tanjug "3. maj"; RIA
#: Novosti "28 янв"; Moldpres "12 ian."). Twelve forms per line, January first;
#: a line may hold abbreviations. Case does not matter (the forms are case-folded).
_FOREIGN = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "gen feb mar apr mag giu lug ago set ott nov dic",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "janv févr mars avr mai juin juil août sept oct nov déc",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maret april mei juni juli agustus september oktober november desember",
    "januari februari mac april mei jun julai ogos september oktober november disember",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "янв фев мар апр мая июн июл авг сен окт ноя дек",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितम्बर अक्तूबर नवम्बर दिसम्बर",
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac",
    "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "ian feb mar apr mai iun iul aug sep oct noi dec",
    # Central and northern Europe (TASR "9. októbra", CTK "3. října", PAP "5 maja",
    # MTI, STA, BTA, ANP, TT, NTB, STT, ANA-MPA): the forms a date takes in each
    # language (genitive or partitive where the language declines the month), as the
    # Unicode CLDR calendars give them. "-" leaves a form out: Polish "listopada" is
    # November, but Croatian "listopada" (above) is October, so it names no one month.
    "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "január február marec apríl máj jún júl august september október november december",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października - grudnia",
    "január február március április május június július augusztus szeptember október november december",
    "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "януари февруари март април май юни юли август септември октомври ноември декември",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar mars april mai juni juli august september oktober november desember",
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    # Swahili (TASS and Xinhua copies on East African sites: "Tashkent, Agosti 22") and
    # Tajik (Khovar: "Душанбе, 27 сентябр."), as the Unicode CLDR calendars give them.
    "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    "январ феврал март апрел май июн июл август сентябр октябр ноябр декабр",
    # South Asian and Hebrew papers (Bengali "২২ সেপ্টেম্বর", Urdu, Hebrew "14 במאי": Hebrew
    # writes "in" as a prefix letter, so a dated dateline holds the month with it).
    "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
)
for _line in _FOREIGN:
    for _number, _form in enumerate(_line.split(), start=1):
        if _form != "-":
            _EXACT.setdefault(_form.casefold(), _number)
#: The longest month word the dateline patterns read (Polish "października").
MONTH_WORD_MAX = 12
_EXACT.update({"setiembre": 9, "jänner": 1, "maerz": 3, "fevrier": 2, "aout": 8, "decembre": 12})
_EXACT.update({"studenog": 11})

#: Every exact form, case-folded, longest first (for patterns that must name a month).
MONTH_FORMS: tuple[str, ...] = tuple(sorted(_EXACT, key=lambda form: (-len(form), form)))

#: Words this long or shorter are compared with the three-letter abbreviations only.
_SHORT = 3
#: Words longer than this are no month, however spelt ("Septemberrr" is 12 letters).
_LONGEST = 11
#: Words this long may be two edits from a month ("Febraury" is one swap; "Setpember" two).
_TWO_EDITS = 7
#: Words this long may take one more edit when the caller asks for ``relaxed`` matching.
_RELAXED_MIN = 5
#: Bounds of the memos: a feed uses a few dozen month spellings; a word longer than
#: :data:`_LONGEST` is refused at once and not worth remembering.
_MEMO_ENTRIES = 4096
_MEMO_KEY = 16

#: The forms the fuzzy matcher compares with: full names and four-letter abbreviations.
_TARGETS: tuple[tuple[str, int], ...] = (
    *((name, number) for number, name in enumerate(_NAMES, start=1)),
    ("sept", 9),
)


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY)
def month_number(word: str) -> int | None:
    """Return the month (1-12) that ``word`` names, or ``None``.

    Case and a trailing period do not matter.

    >>> month_number("SEPT."), month_number("Macrh"), month_number("Narch")
    (9, 3, 3)
    >>> month_number("Febuary"), month_number("Mat") is None, month_number("Monday") is None
    (2, True, True)
    """
    candidates = month_candidates(word)
    return candidates[0] if len(candidates) == 1 else None


def month_candidates(word: str, *, relaxed: bool = False) -> tuple[int, ...]:
    """Return the months that ``word`` is closest to, when it is close to any.

    One month for exact forms and plain misspellings; several when a misspelling is
    as close to one month as to another ("Mat": March or May); none otherwise. Words
    of three letters are compared with the three-letter abbreviations ("Mya" is May),
    longer words with the full names and "sept". ``relaxed`` allows one more edit
    ("Nacrh"), for callers that can choose among the candidates by other evidence.

    >>> month_candidates("Mat"), month_candidates("Mya"), month_candidates("Moon")
    ((3, 5), (5,), ())
    """
    return _relaxed_candidates(word) if relaxed else _candidates(word)


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY)
def _candidates(word: str) -> tuple[int, ...]:
    return _closest(word, relaxed=False)


@memoized(max_entries=_MEMO_ENTRIES, max_key_length=_MEMO_KEY)
def _relaxed_candidates(word: str) -> tuple[int, ...]:
    return _closest(word, relaxed=True)


_ABBREVIATIONS: tuple[tuple[str, int], ...] = tuple(
    (name[:3], number) for number, name in enumerate(_NAMES, start=1)
)


def _closest(word: str, *, relaxed: bool) -> tuple[int, ...]:
    """:func:`month_candidates` without the memo."""
    key = word.rstrip(".").casefold()
    exact = _EXACT.get(key)
    if exact is not None:
        return (exact,)
    if len(key) < _SHORT or len(key) > _LONGEST or not key.isalpha():
        return ()
    if len(key) == _SHORT:
        targets = _ABBREVIATIONS
        limit = 1
    else:
        targets = _TARGETS
        limit = (2 if len(key) >= _TWO_EDITS else 1) + (
            1 if relaxed and len(key) >= _RELAXED_MIN else 0
        )
    best: dict[int, int] = {}
    for name, number in targets:
        distance = _distance(key, name, limit)
        if distance <= limit:
            best[number] = min(best.get(number, distance), distance)
    if not best:
        return ()
    closest = min(best.values())
    return tuple(sorted(number for number, distance in best.items() if distance == closest))
