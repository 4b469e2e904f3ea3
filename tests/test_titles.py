"""Titles and officials: example tables grouped by where the phrasing comes from.

Every row states the whole expected answer (name, canonical title, role, country, organisation,
honorifics), written by hand from the conventions of each wire service. These tables test what
the text itself says: the gazetteer of office holders, which fills in what a reader of news
knows about the people named ("Chancellor Olaf Scholz" is Germany's), is switched off here and
tested in ``test_holders.py``.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from accordlib import Official, OfficialMention, Role, Title, normalize_title, parse_official
from accordlib._util.lazy import Lazy
from accordlib.officials import holders


@pytest.fixture(autouse=True)
def _text_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read the text alone: an empty gazetteer of office holders."""
    monkeypatch.setattr(holders, "_GAZETTEER", Lazy(lambda: holders.Gazetteer(())))


H = Role.HEAD_OF_STATE
G = Role.HEAD_OF_GOVERNMENT
MON = Role.MONARCH
HEIR = Role.HEIR
DHS = Role.DEPUTY_HEAD_OF_STATE
DHG = Role.DEPUTY_HEAD_OF_GOVERNMENT
FM = Role.FOREIGN_MINISTER
MIN = Role.MINISTER
ENV = Role.ENVOY
AMB = Role.AMBASSADOR
SPK = Role.SPOKESPERSON
MIL = Role.MILITARY
REL = Role.RELIGIOUS_LEADER
IGO = Role.IGO_OFFICIAL
LEG = Role.LEGISLATOR
OFF = Role.OFFICIAL


class Example(NamedTuple):
    """One official phrase and everything parse_official must say about it."""

    text: str
    name: str | None
    canonical: str
    role: Role
    country: str | None = None
    organization: str | None = None
    honorifics: tuple[str, ...] = ()


# Associated Press: nationality or "U.S." before the title, "Gen." style abbreviations.
WIRE_MENTIONS_AP = [
    Example(
        "Israeli Prime Minister Benjamin Netanyahu",
        "Benjamin Netanyahu",
        "Prime Minister",
        G,
        "ISR",
    ),
    Example("U.S. Secretary of State Marco Rubio", "Marco Rubio", "Secretary of State", FM, "USA"),
    Example(
        "Egyptian Foreign Minister Badr Abdelatty", "Badr Abdelatty", "Foreign Minister", FM, "EGY"
    ),
    Example("U.S. Special Envoy Steve Witkoff", "Steve Witkoff", "Special Envoy", ENV, "USA"),
    Example(
        "Egyptian President Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "President", H, "EGY"
    ),
    Example(
        "Saudi Crown Prince Mohammed bin Salman",
        "Mohammed bin Salman",
        "Crown Prince",
        HEIR,
        "SAU",
    ),
    Example("Jordan's King Abdullah II", "Abdullah II", "King", MON, "JOR"),
    Example(
        "Iran's Supreme Leader Ayatollah Ali Khamenei",
        "Ali Khamenei",
        "Supreme Leader",
        H,
        "IRN",
        None,
        ("Ayatollah",),
    ),
    Example(
        "Turkish President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", H, "TUR"
    ),
    Example("former President Barack Obama", "Barack Obama", "President", H),
    Example("Gen. Michael Kurilla", "Michael Kurilla", "General", MIL),
    Example("Lt. Gen. Eyal Zamir", "Eyal Zamir", "Lieutenant General", MIL),
    Example("Adm. Brad Cooper", "Brad Cooper", "Admiral", MIL),
    Example("Sen. Lindsey Graham", "Lindsey Graham", "Senator", LEG),
    Example("Rep. Michael McCaul", "Michael McCaul", "Representative", LEG),
    Example("Gov. Gavin Newsom", "Gavin Newsom", "Governor", OFF),
    Example("House Speaker Mike Johnson", "Mike Johnson", "Speaker", LEG),
    Example("Senate Majority Leader John Thune", "John Thune", "Senate Majority Leader", LEG),
    Example("Defense Secretary Pete Hegseth", "Pete Hegseth", "Defense Secretary", MIN),
    Example("Treasury Secretary Scott Bessent", "Scott Bessent", "Treasury Secretary", MIN, "USA"),
    Example(
        "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani",
        "Mohammed bin Abdulrahman Al Thani",
        "Prime Minister",
        G,
        "QAT",
        None,
        ("Sheikh",),
    ),
    Example(
        "Hamas political bureau chief Ismail Haniyeh",
        "Ismail Haniyeh",
        "Political Bureau Chief",
        OFF,
        None,
        "Hamas",
    ),
    Example("Lebanese Prime Minister Nawaf Salam", "Nawaf Salam", "Prime Minister", G, "LBN"),
    Example("Syrian President Ahmad al-Sharaa", "Ahmad al-Sharaa", "President", H, "SYR"),
    Example(
        "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "President", H, "UKR"
    ),
    Example(
        "Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", FM, "RUS"
    ),
    Example("Pope Leo XIV", "Leo XIV", "Pope", REL),
    Example(
        "White House press secretary Karoline Leavitt",
        "Karoline Leavitt",
        "Press Secretary",
        SPK,
        "USA",
        "White House",
    ),
    Example(
        "national security adviser Mike Waltz", "Mike Waltz", "National Security Adviser", OFF
    ),
    Example(
        "Israeli military spokesman Lt. Col. Nadav Shoshani",
        "Nadav Shoshani",
        "Spokesperson",
        SPK,
        "ISR",
        "Israel Defense Forces",
    ),
]

# Reuters: "Kazakhstan's president", "minister of foreign affairs", titles after names.
WIRE_MENTIONS_REUTERS = [
    Example(
        "Kazakhstan's President Kassym-Jomart Tokayev",
        "Kassym-Jomart Tokayev",
        "President",
        H,
        "KAZ",
    ),
    Example(
        "Iran's Foreign Minister Abbas Araqchi", "Abbas Araqchi", "Foreign Minister", FM, "IRN"
    ),
    Example(
        "EU foreign policy chief Kaja Kallas",
        "Kaja Kallas",
        "High Representative",
        IGO,
        None,
        "European Union",
    ),
    Example(
        "NATO Secretary General Mark Rutte", "Mark Rutte", "Secretary-General", IGO, None, "NATO"
    ),
    Example(
        "U.N. Secretary-General Antonio Guterres",
        "Antonio Guterres",
        "Secretary-General",
        IGO,
        None,
        "United Nations",
    ),
    Example(
        "IAEA Director General Rafael Grossi",
        "Rafael Grossi",
        "Director General",
        IGO,
        None,
        "International Atomic Energy Agency",
    ),
    Example(
        "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Spokesperson", SPK, "RUS", "Kremlin"
    ),
    Example("German Chancellor Friedrich Merz", "Friedrich Merz", "Chancellor", G, "DEU"),
    Example(
        "British Foreign Secretary David Lammy", "David Lammy", "Foreign Secretary", FM, "GBR"
    ),
    Example(
        "Chinese Foreign Ministry spokesperson Mao Ning",
        "Mao Ning",
        "Spokesperson",
        SPK,
        "CHN",
        "Foreign Ministry",
    ),
    Example("Tokayev, Kazakhstan's president", "Tokayev", "President", H, "KAZ"),
    Example(
        "Abbas Araqchi, Iran's foreign minister", "Abbas Araqchi", "Foreign Minister", FM, "IRN"
    ),
    Example(
        "Kazakhstan's president, Kassym-Jomart Tokayev",
        "Kassym-Jomart Tokayev",
        "President",
        H,
        "KAZ",
    ),
    Example(
        "Minister of Foreign Affairs Murat Nurtleu",
        "Murat Nurtleu",
        "Foreign Minister",
        FM,
    ),
    Example(
        "Deputy Foreign Minister Sergei Ryabkov", "Sergei Ryabkov", "Deputy Foreign Minister", OFF
    ),
    Example(
        "Russian Deputy Prime Minister Alexander Novak",
        "Alexander Novak",
        "Deputy Prime Minister",
        DHG,
        "RUS",
    ),
    Example("Chinese Vice Premier He Lifeng", "He Lifeng", "Vice Premier", DHG, "CHN"),
    Example("French President Emmanuel Macron", "Emmanuel Macron", "President", H, "FRA"),
    Example("Indian Prime Minister Narendra Modi", "Narendra Modi", "Prime Minister", G, "IND"),
    Example(
        "Pakistan's army chief Field Marshal Asim Munir",
        "Asim Munir",
        "Chief of Army Staff",
        MIL,
        "PAK",
    ),
    Example("Israeli Defence Minister Israel Katz", "Israel Katz", "Defence Minister", MIN, "ISR"),
    Example(
        "European Commission President Ursula von der Leyen",
        "Ursula von der Leyen",
        "President",
        IGO,
        None,
        "European Union",
    ),
    Example(
        "UN human rights chief Volker Turk",
        "Volker Turk",
        "High Commissioner for Human Rights",
        IGO,
        None,
        "United Nations",
    ),
    Example("U.N. envoy Hans Grundberg", "Hans Grundberg", "Envoy", ENV, None, "United Nations"),
    Example(
        "Secretary of State for Defence John Healey",
        "John Healey",
        "Secretary of State for Defence",
        MIN,
    ),
    Example(
        "Chancellor of the Exchequer Rachel Reeves",
        "Rachel Reeves",
        "Chancellor of the Exchequer",
        MIN,
    ),
    Example(
        "Under Secretary of State for Political Affairs Allison Hooker",
        "Allison Hooker",
        "Under Secretary of State for Political Affairs",
        OFF,
    ),
    Example(
        "Hezbollah Secretary-General Naim Qassem",
        "Naim Qassem",
        "Secretary-General",
        OFF,
        None,
        "Hezbollah",
    ),
    Example("Palestinian President Mahmoud Abbas", "Mahmoud Abbas", "President", H, "PSE"),
    Example(
        "Japanese Prime Minister Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", G, "JPN"
    ),
]

# CNN: "US" without dots, titles without a country, appositions with "of".
WIRE_MENTIONS_CNN = [
    Example("US President Donald Trump", "Donald Trump", "President", H, "USA"),
    Example("US Special Envoy Steve Witkoff", "Steve Witkoff", "Special Envoy", ENV, "USA"),
    Example("Secretary of State Marco Rubio", "Marco Rubio", "Secretary of State", FM, "USA"),
    Example("Vice President JD Vance", "JD Vance", "Vice President", DHS),
    Example("Vice President J.D. Vance", "J.D. Vance", "Vice President", DHS),
    Example(
        "Prime Minister Benjamin Netanyahu, of Israel",
        "Benjamin Netanyahu",
        "Prime Minister",
        G,
        "ISR",
    ),
    Example(
        "President Kassym-Jomart Tokayev, of Kazakhstan",
        "Kassym-Jomart Tokayev",
        "President",
        H,
        "KAZ",
    ),
    Example(
        "State Department spokesperson Tammy Bruce",
        "Tammy Bruce",
        "Spokesperson",
        SPK,
        "USA",
        "State Department",
    ),
    Example("Israeli President Isaac Herzog", "Isaac Herzog", "President", H, "ISR"),
    Example(
        "US Ambassador to the UN Mike Waltz",
        "Mike Waltz",
        "Ambassador to the United Nations",
        AMB,
        "USA",
        "United Nations",
    ),
    Example("US Ambassador to Israel Mike Huckabee", "Mike Huckabee", "Ambassador", AMB, "USA"),
    Example(
        "UN Secretary-General António Guterres",
        "António Guterres",
        "Secretary-General",
        IGO,
        None,
        "United Nations",
    ),
    Example("President-elect Donald Trump", "Donald Trump", "President", H),
    Example(
        "former Secretary of State Antony Blinken",
        "Antony Blinken",
        "Secretary of State",
        FM,
        "USA",
    ),
    Example(
        "UN chief Antonio Guterres",
        "Antonio Guterres",
        "Secretary-General",
        IGO,
        None,
        "United Nations",
    ),
    Example("Uzbek President Shavkat Mirziyoyev", "Shavkat Mirziyoyev", "President", H, "UZB"),
    Example("Israeli Foreign Minister Gideon Saar", "Gideon Saar", "Foreign Minister", FM, "ISR"),
    Example(
        "Joint Chiefs Chairman Gen. Dan Caine",
        "Dan Caine",
        "Chairman of the Joint Chiefs of Staff",
        MIL,
    ),
    Example("CIA Director John Ratcliffe", "John Ratcliffe", "Director", OFF, "USA", "CIA"),
    Example("Secretary of War Pete Hegseth", "Pete Hegseth", "Secretary of War", MIN),
]

# Gulf and Asian agencies (WAM, QNA, SPA, Kazinform, Xinhua): honorifics, "of" phrases.
WIRE_MENTIONS_GULF = [
    Example(
        "Emir of Qatar Sheikh Tamim bin Hamad Al Thani",
        "Tamim bin Hamad Al Thani",
        "Emir",
        MON,
        "QAT",
        None,
        ("Sheikh",),
    ),
    Example(
        "HRH Crown Prince Mohammed bin Salman",
        "Mohammed bin Salman",
        "Crown Prince",
        HEIR,
        None,
        None,
        ("HRH",),
    ),
    Example(
        "H.E. Sheikh Abdullah bin Zayed Al Nahyan",
        "Abdullah bin Zayed Al Nahyan",
        "",
        OFF,
        None,
        None,
        ("H.E.", "Sheikh"),
    ),
    Example(
        "UAE President His Highness Sheikh Mohamed bin Zayed Al Nahyan",
        "Mohamed bin Zayed Al Nahyan",
        "President",
        H,
        "ARE",
        None,
        ("His Highness", "Sheikh"),
    ),
    Example(
        "Emirati Minister of State Khalifa Shaheen Al Marar",
        "Khalifa Shaheen Al Marar",
        "Minister of State",
        MIN,
        "ARE",
    ),
    Example(
        "Saudi Foreign Minister Prince Faisal bin Farhan",
        "Faisal bin Farhan",
        "Foreign Minister",
        FM,
        "SAU",
        None,
        ("Prince",),
    ),
    Example(
        "Minister of State for Foreign Affairs Dr. Mohammed bin Abdulaziz Al-Khulaifi",
        "Mohammed bin Abdulaziz Al-Khulaifi",
        "Minister of State for Foreign Affairs",
        MIN,
        None,
        None,
        ("Dr.",),
    ),
    Example("the Foreign Minister of Qatar", None, "Foreign Minister", FM, "QAT"),
    Example(
        "Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani",
        "Mohammed bin Abdulrahman Al Thani",
        "Prime Minister",
        G,
        "QAT",
        None,
        ("Sheikh",),
    ),
    Example(
        "President of Kazakhstan Kassym-Jomart Tokayev",
        "Kassym-Jomart Tokayev",
        "President",
        H,
        "KAZ",
    ),
    Example(
        "Prime Minister of Pakistan Shehbaz Sharif", "Shehbaz Sharif", "Prime Minister", G, "PAK"
    ),
    Example(
        "King Hamad bin Isa Al Khalifa of Bahrain", "Hamad bin Isa Al Khalifa", "King", MON, "BHR"
    ),
    Example("Sultan Haitham bin Tarik of Oman", "Haitham bin Tarik", "Sultan", MON, "OMN"),
    Example("Chinese President Xi Jinping", "Xi Jinping", "President", H, "CHN"),
    Example("Chinese Foreign Minister Wang Yi", "Wang Yi", "Foreign Minister", FM, "CHN"),
    Example(
        "Kazakh President Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "President", H, "KAZ"
    ),
    Example(
        "Kazakh Foreign Minister Murat Nurtleu", "Murat Nurtleu", "Foreign Minister", FM, "KAZ"
    ),
    Example(
        "Kuwait's Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah",
        "Mishal Al-Ahmad Al-Jaber Al-Sabah",
        "Emir",
        MON,
        "KWT",
        None,
        ("Sheikh",),
    ),
    Example(
        "Secretary-General of the Gulf Cooperation Council Jasem Mohamed Albudaiwi",
        "Jasem Mohamed Albudaiwi",
        "Secretary-General",
        IGO,
        None,
        "Gulf Cooperation Council",
    ),
    Example(
        "Indian External Affairs Minister S. Jaishankar",
        "S. Jaishankar",
        "External Affairs Minister",
        FM,
        "IND",
    ),
    Example("South Korean President Lee Jae-myung", "Lee Jae-myung", "President", H, "KOR"),
    Example("North Korean leader Kim Jong Un", "Kim Jong Un", "Leader", H, "PRK"),
]

# Historic Reuters copy (1980s): "Soviet", bare surnames.
WIRE_MENTIONS_HISTORIC = [
    Example(
        "Soviet Foreign Minister Eduard Shevardnadze",
        "Eduard Shevardnadze",
        "Foreign Minister",
        FM,
        "SUN",
    ),
    Example("Soviet leader Mikhail Gorbachev", "Mikhail Gorbachev", "Leader", H, "SUN"),
    Example("Secretary of State George Shultz", "George Shultz", "Secretary of State", FM, "USA"),
    Example("President Reagan", "Reagan", "President", H),
    Example("West German Chancellor Helmut Kohl", "Helmut Kohl", "Chancellor", G, "DEU"),
    Example("Spokesman Charles Redman", "Charles Redman", "Spokesperson", SPK),
    Example("Queen Elizabeth II", "Elizabeth II", "Queen", MON),
    Example("King Charles III", "Charles III", "King", MON),
]

# Spokespeople, aides and movements: the organisation says whose official it is.
WIRE_MENTIONS_ORGANISATIONS = [
    Example(
        "Russian Foreign Ministry spokeswoman Maria Zakharova",
        "Maria Zakharova",
        "Spokesperson",
        SPK,
        "RUS",
        "Foreign Ministry",
    ),
    Example(
        "Israeli army spokesman Avichay Adraee",
        "Avichay Adraee",
        "Spokesperson",
        SPK,
        "ISR",
        "Israel Defense Forces",
    ),
    Example(
        "IDF spokesperson Brig. Gen. Effie Defrin",
        "Effie Defrin",
        "Spokesperson",
        SPK,
        "ISR",
        "Israel Defense Forces",
    ),
    Example(
        "Houthi leader Abdul-Malik al-Houthi",
        "Abdul-Malik al-Houthi",
        "Leader",
        OFF,
        None,
        "Houthis",
    ),
    Example(
        "Taliban spokesman Zabihullah Mujahid",
        "Zabihullah Mujahid",
        "Spokesperson",
        SPK,
        None,
        "Taliban",
    ),
    Example(
        "RSF commander Mohamed Hamdan Dagalo",
        "Mohamed Hamdan Dagalo",
        "Commander",
        MIL,
        None,
        "Rapid Support Forces",
    ),
    Example(
        "WHO chief Tedros Adhanom Ghebreyesus",
        "Tedros Adhanom Ghebreyesus",
        "Director-General",
        IGO,
        None,
        "World Health Organization",
    ),
    Example(
        "IMF Managing Director Kristalina Georgieva",
        "Kristalina Georgieva",
        "Managing Director",
        IGO,
        None,
        "International Monetary Fund",
    ),
    Example("NATO chief Mark Rutte", "Mark Rutte", "Secretary-General", IGO, None, "NATO"),
    Example(
        "UN spokesman Stephane Dujarric",
        "Stephane Dujarric",
        "Spokesperson",
        SPK,
        None,
        "United Nations",
    ),
    Example(
        "EU's top diplomat Kaja Kallas",
        "Kaja Kallas",
        "High Representative",
        IGO,
        None,
        "European Union",
    ),
    Example("America's top diplomat Marco Rubio", "Marco Rubio", "Secretary of State", FM, "USA"),
    Example("China's top diplomat Wang Yi", "Wang Yi", "Foreign Minister", FM, "CHN"),
    Example(
        "Vatican Secretary of State Cardinal Pietro Parolin",
        "Pietro Parolin",
        "Secretary of State",
        FM,
        "VAT",
        None,
        ("Cardinal",),
    ),
    Example(
        "Prime Minister Sir Keir Starmer",
        "Keir Starmer",
        "Prime Minister",
        G,
        None,
        None,
        ("Sir",),
    ),
    Example(
        "Afghan Taliban Foreign Minister Amir Khan Muttaqi",
        "Amir Khan Muttaqi",
        "Foreign Minister",
        FM,
        "AFG",
        "Taliban",
    ),
    Example(
        "Philippine President Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "President", H, "PHL"
    ),
    Example("Cuban President Miguel Díaz-Canel", "Miguel Díaz-Canel", "President", H, "CUB"),
]

# Envoys and commissioners with a field ("for ...") or a posting ("to ..."), and abbreviations.
WIRE_MENTIONS_ENVOYS = [
    Example(
        "Special Envoy for Hostage Affairs Adam Boehler",
        "Adam Boehler",
        "Special Envoy",
        ENV,
    ),
    Example(
        "Special Presidential Envoy for Climate John Kerry",
        "John Kerry",
        "Special Presidential Envoy",
        ENV,
    ),
    Example(
        "US Special Envoy for Ukraine Keith Kellogg",
        "Keith Kellogg",
        "Special Envoy",
        ENV,
        "USA",
    ),
    Example(
        "EU Commissioner for Enlargement Marta Kos",
        "Marta Kos",
        "Commissioner",
        IGO,
        None,
        "European Union",
    ),
    Example(
        "Emirati Minister of State for International Cooperation Reem Al Hashimy",
        "Reem Al Hashimy",
        "Minister of State for International Cooperation",
        MIN,
        "ARE",
    ),
    Example(
        "Dubai ruler Sheikh Mohammed bin Rashid Al Maktoum",
        "Mohammed bin Rashid Al Maktoum",
        "Ruler",
        OFF,  # an emirate's ruler, as "Ruler of Dubai" is
        "ARE",
        None,
        ("Sheikh",),
    ),
    Example("Israeli PM Benjamin Netanyahu", "Benjamin Netanyahu", "Prime Minister", G, "ISR"),
    Example("Iran FM Araghchi", "Araghchi", "Foreign Minister", FM, "IRN"),
    Example("US VP JD Vance", "JD Vance", "Vice President", DHS, "USA"),
    Example("US Amb. Mike Huckabee", "Mike Huckabee", "Ambassador", AMB, "USA"),
    Example("Maj. Gen. Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan", "Major General", MIL),
    Example(
        "Pentagon press secretary Kingsley Wilson",
        "Kingsley Wilson",
        "Press Secretary",
        SPK,
        "USA",
        "Pentagon",
    ),
    Example(
        "Turkish Defense Ministry spokesman Zeki Akturk",
        "Zeki Akturk",
        "Spokesperson",
        SPK,
        "TUR",
        "Defense Ministry",
    ),
    Example(
        "Foreign Minister of the United Arab Emirates Sheikh Abdullah bin Zayed",
        "Abdullah bin Zayed",
        "Foreign Minister",
        FM,
        "ARE",
        None,
        ("Sheikh",),
    ),
    Example("Prime Minister Mark Carney of Canada", "Mark Carney", "Prime Minister", G, "CAN"),
    Example("Acting President Choi Sang-mok", "Choi Sang-mok", "President", H),
]

# Asian and Eurasian agencies (Yonhap, Kyodo, Kazinform, Xinhua, TASS) and their offices.
WIRE_MENTIONS_ASIA = [
    Example(
        "Russian Security Council Secretary Sergei Shoigu",
        "Sergei Shoigu",
        "Security Council Secretary",
        OFF,
        "RUS",
    ),
    Example(
        "Japanese Chief Cabinet Secretary Yoshimasa Hayashi",
        "Yoshimasa Hayashi",
        "Chief Cabinet Secretary",
        MIN,
        "JPN",
    ),
    Example(
        "South Korean Unification Minister Chung Dong-young",
        "Chung Dong-young",
        "Unification Minister",
        MIN,
        "KOR",
    ),
    Example("Vice Foreign Minister Park Yoon-joo", "Park Yoon-joo", "Vice Foreign Minister", OFF),
    Example(
        "Kazakh Deputy Prime Minister - Foreign Minister Murat Nurtleu",
        "Murat Nurtleu",
        "Foreign Minister",
        FM,
        "KAZ",
    ),
    Example("Chief Adviser Muhammad Yunus", "Muhammad Yunus", "Chief Adviser", OFF),
    Example(
        "Vietnamese Communist Party chief To Lam",
        "To Lam",
        "General Secretary",
        OFF,
        "VNM",
        "Communist Party",
    ),
    Example("Chinese Vice President Han Zheng", "Han Zheng", "Vice President", DHS, "CHN"),
    Example(
        "Kazakh Senate Speaker Maulen Ashimbayev",
        "Maulen Ashimbayev",
        "Speaker",
        LEG,
        "KAZ",
        "Senate",
    ),
    Example("Belarusian leader Alexander Lukashenko", "Alexander Lukashenko", "Leader", H, "BLR"),
    Example(
        "Omani Foreign Minister Sayyid Badr bin Hamad Albusaidi",
        "Badr bin Hamad Albusaidi",
        "Foreign Minister",
        FM,
        "OMN",
        None,
        ("Sayyid",),
    ),
    Example(
        "Saudi Energy Minister Prince Abdulaziz bin Salman",
        "Abdulaziz bin Salman",
        "Energy Minister",
        MIN,
        "SAU",
        None,
        ("Prince",),
    ),
    Example(
        "Secretary of Defense Lloyd Austin", "Lloyd Austin", "Secretary of Defense", MIN, "USA"
    ),
    Example("Sen. Frank Church", "Frank Church", "Senator", LEG),
]

# Names first, then the title; movements and commands with a descriptor in between.
WIRE_MENTIONS_APPOSITIONS = [
    Example(
        "Sheikh Mohammed bin Zayed Al Nahyan, the UAE president",
        "Mohammed bin Zayed Al Nahyan",
        "President",
        H,
        "ARE",
        None,
        ("Sheikh",),
    ),
    Example(
        "Abdullah bin Zayed, the UAE's foreign minister",
        "Abdullah bin Zayed",
        "Foreign Minister",
        FM,
        "ARE",
    ),
    Example(
        "Mohammed bin Salman, Saudi Arabia's crown prince and prime minister",
        "Mohammed bin Salman",
        "Crown Prince",
        HEIR,
        "SAU",
    ),
    Example("Hamas' exiled leader Khaled Mashaal", "Khaled Mashaal", "Leader", OFF, None, "Hamas"),
    Example(
        "U.S. Central Command chief Gen. Erik Kurilla",
        "Erik Kurilla",
        "Commander",
        MIL,
        "USA",
        "Central Command",
    ),
    Example(
        "Palestinian Authority President Mahmoud Abbas",
        "Mahmoud Abbas",
        "President",
        H,
        "PSE",
        "Palestinian Authority",
    ),
    Example(
        "EU Commission chief Ursula von der Leyen",
        "Ursula von der Leyen",
        "President",
        IGO,
        None,
        "European Union",
    ),
    Example(
        "Secretary-General of NATO Mark Rutte",
        "Mark Rutte",
        "Secretary-General",
        IGO,
        None,
        "NATO",
    ),
    # the party-and-state label set off by commas makes the official American (issue 14)
    Example(
        "Rep. Alexandria Ocasio-Cortez, D-N.Y.",
        "Alexandria Ocasio-Cortez",
        "Representative",
        LEG,
        "USA",
    ),
    Example("President Donald J. Trump", "Donald J. Trump", "President", H),
]

# The wider press (newspapers, ministry and outlet web sites): titles after names, long
# of/for/at phrases, several offices, honorifics and styles, country phrases. Invented names
# in the shapes these pages print.
WIRE_MENTIONS_PRESS = [
    # a title after the name, set off by a comma, with or without an article
    Example(
        "Lena Varga, Deputy Prime Minister and Minister of Foreign Affairs",
        "Lena Varga",
        "Foreign Minister",
        FM,
    ),
    Example(
        "Omid Karimi, the secretary of Iran's Supreme National Security Council",
        "Omid Karimi",
        "Secretary",
        OFF,
        "IRN",
        "Supreme National Security Council",
    ),
    Example(
        "Olga Petrenko, a Russian Foreign Ministry spokeswoman",
        "Olga Petrenko",
        "Spokesperson",
        SPK,
        "RUS",
        "Foreign Ministry",
    ),
    Example(
        "Mr. Tomas Lind, Secretary-General of the United Nations",
        "Tomas Lind",
        "Secretary-General",
        IGO,
        None,
        "United Nations",
        ("Mr.",),
    ),
    Example(
        "His Highness Sheikh Khalid bin Saeed, Crown Prince of Abu Dhabi",
        "Khalid bin Saeed",
        "Crown Prince",
        HEIR,
        "ARE",
        None,
        ("His Highness", "Sheikh"),
    ),
    Example(
        "Dr. Sultan bin Rashid Al Mansoori, Minister of Industry and Advanced Technology",
        "Sultan bin Rashid Al Mansoori",
        "Minister",
        MIN,
        None,
        None,
        ("Dr.",),
    ),
    Example(
        "Yuri Orlov, the Russian president's aide for international affairs",
        "Yuri Orlov",
        "Presidential Aide",
        OFF,
        "RUS",
    ),
    Example(
        "Gulnara Sadykova, official spokesperson for the Kazakh Foreign Ministry",
        "Gulnara Sadykova",
        "Spokesperson",
        SPK,
        "KAZ",
        "Foreign Ministry",
    ),
    # the title and its complement first, the name after them
    Example(
        "the spokeswoman of the Russian Foreign Ministry Olga Petrenko",
        "Olga Petrenko",
        "Spokesperson",
        SPK,
        "RUS",
        "Foreign Ministry",
    ),
    Example(
        "the spokesperson for the Ministry of External Affairs, Rohan Mehta",
        "Rohan Mehta",
        "Spokesperson",
        SPK,
        "IND",
        "Ministry of External Affairs",
    ),
    Example(
        "the official representative of the Ministry of Foreign Affairs of Russia Olga Petrenko",
        "Olga Petrenko",
        "Spokesperson",
        SPK,
        "RUS",
        "Foreign Ministry",
    ),
    Example(
        "the Ambassador of the Czech Republic to the Russian Federation, Petr Novak",
        "Petr Novak",
        "Ambassador",
        AMB,
        "CZE",
    ),
    Example(
        "Ambassador Extraordinary and Plenipotentiary of the Republic of Estonia Mart Kask",
        "Mart Kask",
        "Ambassador",
        AMB,
        "EST",
    ),
    Example(
        "the chairman of the Joint Chiefs of Staff of the US Armed Forces, Tom Baker",
        "Tom Baker",
        "Chairman of the Joint Chiefs of Staff",
        MIL,
        "USA",
    ),
    Example(
        "Chairman of Foreign Relations Committee of Turkey's Grand National Assembly Ali Demir",
        "Ali Demir",
        "Chairman",
        LEG,
        "TUR",
        "Grand National Assembly of Turkey",
    ),
    Example(
        "Head of the Ministry of Foreign Affairs of Ukraine Taras Bondar",
        "Taras Bondar",
        "Foreign Minister",
        FM,
        "UKR",
        "Foreign Ministry",
    ),
    Example(
        "the President of the friendly Islamic Republic of Pakistan, Imran Shah",
        "Imran Shah",
        "President",
        H,
        "PAK",
    ),
    Example(
        "Foreign Minister of iran Reza Tehrani", "Reza Tehrani", "Foreign Minister", FM, "IRN"
    ),
    Example("IRI Foreign Minister Reza Tehrani", "Reza Tehrani", "Foreign Minister", FM, "IRN"),
    Example(
        "External Affairs Minister (Shrimati Meera Iyer)",
        "Meera Iyer",
        "External Affairs Minister",
        FM,
        "IND",
        None,
        ("Shrimati",),
    ),
    # several offices of one person: the title is the one that matters for diplomacy
    Example(
        "Deputy Prime Minister and Foreign Minister Arman Seitov",
        "Arman Seitov",
        "Foreign Minister",
        FM,
    ),
    Example(
        "State Councilor and Foreign Minister Li Wenming",
        "Li Wenming",
        "Foreign Minister",
        FM,
        "CHN",
    ),
    Example(
        "Crown Prince, Deputy Premier and Minister of Defense Prince Faisal bin Saad",
        "Faisal bin Saad",
        "Crown Prince",
        HEIR,
        None,
        None,
        ("Prince",),
    ),
    Example(
        "Kuwaiti First Deputy Premier and Foreign Minister Sheikh Salem Al-Hamad",
        "Salem Al-Hamad",
        "Foreign Minister",
        FM,
        "KWT",
        None,
        ("Sheikh",),
    ),
    # international organisations
    Example(
        "High Representative of the European Union for Foreign Affairs and Security Policy "
        "Marta Ruiz",
        "Marta Ruiz",
        "High Representative",
        IGO,
        None,
        "European Union",
    ),
    Example(
        "Nato secretary general Piet de Vries",
        "Piet de Vries",
        "Secretary-General",
        IGO,
        None,
        "NATO",
    ),
    Example("KFOR Commander Luca Bianchi", "Luca Bianchi", "Commander", MIL, None, "KFOR"),
    Example(
        "the UN Secretary-General's special envoy for Syria, Hans Berg",
        "Hans Berg",
        "Special Envoy",
        ENV,
        None,
        "United Nations",
    ),
    Example(
        "Secretary General of the Organisation for Security and Co-operation in Europe (OSCE) "
        "Anna Holm",
        "Anna Holm",
        "Secretary-General",
        IGO,
        None,
        "OSCE",
    ),
    Example(
        "the President of the ICAO Council, Marco Conti",
        "Marco Conti",
        "President",
        IGO,
        None,
        "ICAO",
    ),
    # honorifics and styles
    Example("HE the Foreign Minister", None, "Foreign Minister", FM, None, None, ("HE",)),
    Example("Dato Seri Aziz Rahman", "Aziz Rahman", "", OFF, "MYS", None, ("Dato Seri",)),
    Example(
        "Custodian of the Two Holy Mosques King Fahad",
        "Fahad",
        "King",
        MON,
        "SAU",
    ),
    Example(
        "Newly appointed Foreign Minister Datuk Karim Osman",
        "Karim Osman",
        "Foreign Minister",
        FM,
        "MYS",
        None,
        ("Datuk",),
    ),
    # vocabulary
    Example("US State Secretary Tom Baker", "Tom Baker", "Secretary of State", FM, "USA"),
    Example(
        "Chairwoman of the Federation Council Irina Volkova",
        "Irina Volkova",
        "Chairwoman",
        LEG,
        "RUS",
        "Federation Council",
    ),
    Example(
        "Chinese State Councillor Wei Hong",
        "Wei Hong",
        "State Councilor",
        OFF,
        "CHN",
    ),
    Example("Union Home Minister Ravi Kapoor", "Ravi Kapoor", "Home Minister", MIN, "IND"),
    Example("Federal Minister for Privatisation Adil Qureshi", "Adil Qureshi", "Minister", MIN),
    # counterparts and colleagues: who and where, the office when another party gives it
    Example("his U.S. counterpart Jane Doerr", "Jane Doerr", "Counterpart", OFF, "USA"),
    Example("Turkish colleague Ahmet Yilmazer", "Ahmet Yilmazer", "Counterpart", OFF, "TUR"),
    # bugs seen in passing
    Example(
        "External Affairs Ministry Spokesperson Rohan Mehta",
        "Rohan Mehta",
        "Spokesperson",
        SPK,
        "IND",
        "Ministry of External Affairs",
    ),
    Example("US ambassador to Turkey Tom Baker", "Tom Baker", "Ambassador", AMB, "USA"),
    Example("Nur-Sultan Mayor Aidos Bekov", "Aidos Bekov", "Mayor", OFF, "KAZ"),
    # a field before a bare "Minister" keeps the country before it
    Example(
        "North Korean Unification Minister Kim Yong-ho",
        "Kim Yong-ho",
        "Unification Minister",
        MIN,
        "PRK",
    ),
]


# Copy as South Asian, Gulf, African and UN sites print it (phrases written for these tests):
# an office beside a military rank, a title's own acronym, sub-national offices, presiding
# officers of legislatures, West African and Iranian honorifics.
WIRE_MENTIONS_WIDER_PRESS = [
    Example("Chief of Army Staff, General Arjun Mehra", "Arjun Mehra", "Chief of Army Staff", MIL),
    Example(
        "General Arjun Mehra, Chief of Army Staff (COAS)",
        "Arjun Mehra",
        "Chief of Army Staff",
        MIL,
    ),
    Example(
        "Chief of Army Staff (COAS) General Arjun Mehra", "Arjun Mehra", "Chief of Army Staff", MIL
    ),
    Example(
        "External Affairs Minister (EAM) Rohan Iyer", "Rohan Iyer", "External Affairs Minister", FM
    ),
    Example(
        "Deputy Governor of Kano State, Alhaji Musa Danladi",
        "Musa Danladi",
        "Deputy Governor",
        OFF,
        honorifics=("Alhaji",),
    ),
    Example("Governor of Maharashtra Ravi Deshmukh", "Ravi Deshmukh", "Governor", OFF, "IND"),
    Example(
        "Chief Minister of Manipur Thoiba Singh", "Thoiba Singh", "Chief Minister", OFF, "IND"
    ),
    Example("President of the Legislative Assembly Ana Duarte", "Ana Duarte", "Speaker", LEG),
    Example("Chairwoman of the National Assembly Marta Kovac", "Marta Kovac", "Chairwoman", LEG),
    Example(
        "Speaker of the Majlis Al-Shura Sheikh Khalid Al-Harbi",
        "Khalid Al-Harbi",
        "Speaker",
        LEG,
        honorifics=("Sheikh",),
    ),
    Example(
        "Minister of State for Foreign Affairs, Hajia Amina Bello",
        "Amina Bello",
        "Minister of State for Foreign Affairs",
        MIN,
        honorifics=("Hajia",),
    ),
    Example(
        "Dr. Peter Kamau, Cabinet Secretary for Foreign and Diaspora Affairs",
        "Peter Kamau",
        "Cabinet Secretary for Foreign and Diaspora Affairs",
        FM,
        honorifics=("Dr.",),
    ),
    Example(
        "Lucia Ferraro, Spokeswoman for the Secretary-General",
        "Lucia Ferraro",
        "Spokesperson for the Secretary-General",
        SPK,
        organization="United Nations",
    ),
    # a patronymic after a regnal number goes on with the name
    Example("King Hamad II bin Faisal", "Hamad II bin Faisal", "King", MON),
    # an acronym's capitals are no name ("MoFA": the Ministry of Foreign Affairs)
    Example(
        "Tariq Aziz Khan, spokesperson of Pakistan MoFA",
        "Tariq Aziz Khan",
        "Spokesperson",
        SPK,
        "PAK",
    ),
]

ALL_MENTIONS = (
    WIRE_MENTIONS_AP
    + WIRE_MENTIONS_REUTERS
    + WIRE_MENTIONS_CNN
    + WIRE_MENTIONS_GULF
    + WIRE_MENTIONS_HISTORIC
    + WIRE_MENTIONS_ORGANISATIONS
    + WIRE_MENTIONS_ENVOYS
    + WIRE_MENTIONS_ASIA
    + WIRE_MENTIONS_APPOSITIONS
    + WIRE_MENTIONS_PRESS
    + WIRE_MENTIONS_WIDER_PRESS
)


def _check(example: Example, official: Official | None) -> None:
    assert official is not None, example.text
    assert official.name == example.name
    if example.canonical:
        assert official.title is not None
        assert official.title.canonical == example.canonical
        assert official.title.role is example.role
    else:
        assert official.title is None
    assert (official.country.alpha3 if official.country else None) == example.country
    assert official.organization == example.organization
    assert official.honorifics == example.honorifics
    assert official.raw == example.text


@pytest.mark.parametrize("example", ALL_MENTIONS, ids=lambda e: e.text)
def test_parse_official(example: Example) -> None:
    _check(example, parse_official(example.text))


# Every office of a person with several, in printed order; the posting of ambassadors and
# envoys, which is no portfolio.
OFFICES = [
    (
        "Kazakh Deputy Prime Minister and Foreign Minister Arman Seitov",
        ["Deputy Prime Minister", "Foreign Minister"],
        None,
    ),
    (
        "Crown Prince, Deputy Premier and Minister of Defense Prince Faisal bin Saad",
        ["Crown Prince", "Deputy Premier", "Defense Minister"],
        None,
    ),
    (
        "Senator Tom Baker, the US special envoy for the Middle East",
        ["Senator", "Special Envoy"],
        "Middle East",
    ),
    ("US ambassador to Turkey Tom Baker", [], "Turkey"),
    ("Trump's Middle East envoy Steve Witkoff", [], "Middle East"),
    ("Special Envoy for Hostage Affairs Adam Boehler", [], None),
    ("Israeli Prime Minister Benjamin Netanyahu", [], None),
]


@pytest.mark.parametrize(("text", "offices", "posting"), OFFICES, ids=[o[0] for o in OFFICES])
def test_offices_and_posting(text: str, offices: list[str], posting: str | None) -> None:
    official = parse_official(text)
    assert official is not None
    assert [office.canonical for office in official.offices] == offices
    assert official.posting == posting
    if offices:
        assert official.title in official.offices
    assert official.title is not None
    assert official.title.portfolio != posting or posting is None


class TitleExample(NamedTuple):
    """A title as printed and its normal form."""

    text: str
    canonical: str
    role: Role
    modifiers: tuple[str, ...] = ()
    portfolio: str | None = None


# Abbreviations before names (AP Stylebook, headline shorthand) and their expansions.
TITLES_ABBREVIATIONS = [
    TitleExample("PM", "Prime Minister", G),
    TitleExample("FM", "Foreign Minister", FM, (), "Foreign Affairs"),
    TitleExample("VP", "Vice President", DHS, ("vice",)),
    TitleExample("Sec. of State", "Secretary of State", FM, (), "Foreign Affairs"),
    TitleExample("Amb.", "Ambassador", AMB),
    TitleExample("Gen.", "General", MIL),
    TitleExample("Lt. Gen.", "Lieutenant General", MIL),
    TitleExample("Lt Gen", "Lieutenant General", MIL),
    TitleExample("Maj. Gen.", "Major General", MIL),
    TitleExample("Brig. Gen.", "Brigadier General", MIL),
    TitleExample("Adm.", "Admiral", MIL),
    TitleExample("Rear Adm.", "Rear Admiral", MIL),
    TitleExample("Col.", "Colonel", MIL),
    TitleExample("Pres.", "President", H),
    TitleExample("Sen.", "Senator", LEG),
    TitleExample("Rep.", "Representative", LEG),
    TitleExample("Gov.", "Governor", OFF),
    TitleExample("Dep. PM", "Deputy Prime Minister", DHG, ("deputy",)),
    TitleExample("Dep. FM", "Deputy Foreign Minister", OFF, ("deputy",), "Foreign Affairs"),
    TitleExample("Min. of Foreign Affairs", "Foreign Minister", FM, (), "Foreign Affairs"),
    TitleExample("Foreign Min.", "Foreign Minister", FM, (), "Foreign Affairs"),
    TitleExample("UN chief", "Secretary-General", IGO),
    TitleExample("U.N. chief", "Secretary-General", IGO),
    TitleExample("EU foreign policy chief", "High Representative", IGO, (), "Foreign Affairs"),
    TitleExample("MP", "Member of Parliament", LEG),
    TitleExample("Atty. Gen.", "Attorney General", MIN, (), "Justice"),
    TitleExample(
        "Asst. Sec. of State",
        "Assistant Secretary of State",
        OFF,
        ("assistant",),
        "Foreign Affairs",
    ),
    TitleExample("Prime Min.", "Prime Minister", G),
    TitleExample("For. Min.", "Foreign Minister", FM, (), "Foreign Affairs"),
    TitleExample("Fgn Min", "Foreign Minister", FM, (), "Foreign Affairs"),
    TitleExample("SecState", "Secretary of State", FM, (), "Foreign Affairs"),
    TitleExample("SecDef", "Secretary of Defense", MIN, (), "Defense"),
    TitleExample("Secy. of State", "Secretary of State", FM, (), "Foreign Affairs"),
    TitleExample("Lieut. Gen.", "Lieutenant General", MIL),
    TitleExample("CJCS", "Chairman of the Joint Chiefs of Staff", MIL),
    TitleExample("Vice Pres.", "Vice President", DHS, ("vice",)),
    TitleExample("ex-PM", "Prime Minister", G, ("former",)),
    TitleExample("Dep. Min.", "Deputy Minister", OFF, ("deputy",)),
    TitleExample("Maj.", "Major", MIL),
    TitleExample("Capt.", "Captain", MIL),
    TitleExample("Cmdr.", "Commander", MIL),
    TitleExample("Lt. Gov.", "Lieutenant Governor", OFF),
]

# Titles spelled out, with modifiers and portfolios (SPEC section 3 and the issue).
TITLES_SPELLED_OUT = [
    TitleExample("prime minister", "Prime Minister", G),
    TitleExample("Deputy Prime Minister", "Deputy Prime Minister", DHG, ("deputy",)),
    TitleExample(
        "First Deputy Prime Minister", "First Deputy Prime Minister", DHG, ("first", "deputy")
    ),
    TitleExample("Vice President", "Vice President", DHS, ("vice",)),
    TitleExample("vice-president", "Vice President", DHS, ("vice",)),
    TitleExample("Secretary of State", "Secretary of State", FM, (), "Foreign Affairs"),
    TitleExample(
        "Secretary of State for Defence", "Secretary of State for Defence", MIN, (), "Defence"
    ),
    TitleExample("Foreign Secretary", "Foreign Secretary", FM, (), "Foreign Affairs"),
    TitleExample("Minister of Foreign Affairs", "Foreign Minister", FM, (), "Foreign Affairs"),
    TitleExample("minister for foreign affairs", "Foreign Minister", FM, (), "Foreign Affairs"),
    TitleExample("Foreign Minister", "Foreign Minister", FM, (), "Foreign Affairs"),
    TitleExample("Defense Secretary", "Defense Secretary", MIN, (), "Defense"),
    TitleExample("defence minister", "Defence Minister", MIN, (), "Defence"),
    TitleExample("Minister of the Interior", "Interior Minister", MIN, (), "Interior"),
    TitleExample("Interior Minister", "Interior Minister", MIN, (), "Interior"),
    TitleExample("Finance Minister", "Finance Minister", MIN, (), "Finance"),
    TitleExample("Home Secretary", "Home Secretary", MIN, (), "Home Affairs"),
    TitleExample(
        "Under Secretary of State for Political Affairs",
        "Under Secretary of State for Political Affairs",
        OFF,
        ("under",),
        "Political Affairs",
    ),
    TitleExample("Chancellor of the Exchequer", "Chancellor of the Exchequer", MIN, (), "Finance"),
    TitleExample("Special Envoy", "Special Envoy", ENV, ("special",)),
    TitleExample("special envoy to the Middle East", "Special Envoy", ENV, ("special",)),
    TitleExample("Ambassador to the UN", "Ambassador to the United Nations", AMB),
    TitleExample("Permanent Representative", "Permanent Representative", AMB),
    TitleExample("chargé d'affaires", "Chargé d'Affaires", AMB),
    TitleExample("former President", "President", H, ("former",)),
    TitleExample("acting President", "President", H, ("acting",)),
    TitleExample("interim Prime Minister", "Prime Minister", G, ("interim",)),
    TitleExample(
        "then-Secretary of State", "Secretary of State", FM, ("then",), "Foreign Affairs"
    ),
    TitleExample(
        "former Deputy Foreign Minister",
        "Deputy Foreign Minister",
        OFF,
        ("former", "deputy"),
        "Foreign Affairs",
    ),
    TitleExample("senior adviser", "Senior Adviser", OFF, ("senior",)),
    TitleExample("President-elect", "President", H, ("elect",)),
    TitleExample("Crown Prince", "Crown Prince", HEIR),
    TitleExample("Emir", "Emir", MON),
    TitleExample("Amir", "Emir", MON),
    TitleExample("King", "King", MON),
    TitleExample("Sultan", "Sultan", MON),
    TitleExample("Supreme Leader", "Supreme Leader", H),
    TitleExample("Pope", "Pope", REL),
    TitleExample("Grand Mufti", "Grand Mufti", REL),
    TitleExample("Secretary-General", "Secretary-General", IGO),
    TitleExample("Secretary General", "Secretary-General", IGO),
    TitleExample("NATO Secretary General", "Secretary-General", IGO),
    TitleExample("Director-General", "Director-General", OFF),
    TitleExample("spokesperson", "Spokesperson", SPK),
    TitleExample("spokeswoman", "Spokesperson", SPK),
    TitleExample("Press Secretary", "Press Secretary", SPK),
    TitleExample("Speaker of the House", "Speaker", LEG),
    TitleExample("lawmaker", "Lawmaker", LEG),
    TitleExample("Premier", "Premier", G),
    TitleExample("Chancellor", "Chancellor", G),
    TitleExample("Vice Premier", "Vice Premier", DHG, ("vice",)),
    TitleExample("Field Marshal", "Field Marshal", MIL),
    TitleExample(
        "Chairman of the Joint Chiefs of Staff", "Chairman of the Joint Chiefs of Staff", MIL
    ),
    TitleExample(
        "High Representative for Foreign Affairs and Security Policy",
        "High Representative",
        IGO,
        (),
        "Foreign Affairs",
    ),
    TitleExample("Attorney General", "Attorney General", MIN, (), "Justice"),
    TitleExample("Speaker of the House of Commons", "Speaker of the House of Commons", LEG),
    TitleExample(
        "External Affairs Minister", "External Affairs Minister", FM, (), "External Affairs"
    ),
]


@pytest.mark.parametrize(
    "example", TITLES_ABBREVIATIONS + TITLES_SPELLED_OUT, ids=lambda e: e.text
)
def test_normalize_title(example: TitleExample) -> None:
    title = normalize_title(example.text)
    assert title == Title(
        text=example.text,
        canonical=example.canonical,
        role=example.role,
        modifiers=example.modifiers,
        portfolio=example.portfolio,
    )


# Phrases with title words that name no official: companies, days, offices, leagues.
NON_TITLES = [
    "General Motors",
    "General Electric",
    "General Dynamics",
    "Major League Baseball",
    "Major League",
    "President's Day",
    "Presidents Day",
    "the Prime Minister's Office",
    "Prime Minister's Questions",
    "the President's Cup",
    "the White House",
    "the State Department",
    "the Kremlin",
    "Kazakhstan",
    "Abraham Accords",
    "United Nations General Assembly",
    "General Assembly",
    "Foreign Ministry",
    "Supreme Court",
    "Captain America",
    "the first Country of my Second Term",
    "King's College London",
    "Queen Mary University",
    "Marshal Plan",
    "5 pm",
    "at 3 pm local time",
    "us",
    "he said",
    "",
    "   ",
    "Sheikh",
    "Minister",
    "Minister of Sound",
    "General Mills",
    "Admiral Insurance",
    "the Foreign Ministry",
]


@pytest.mark.parametrize("text", NON_TITLES)
def test_non_titles_name_no_official(text: str) -> None:
    assert parse_official(text) is None or parse_official(text) == Official(
        name=None, title=normalize_title(text), raw=text
    )
    if text not in {"Minister"}:
        assert parse_official(text) is None


@pytest.mark.parametrize(
    "text",
    [t for t in NON_TITLES if t not in {"Minister", "Sheikh"}]
    + ["Prime Minister Benjamin Netanyahu"],
)
def test_non_titles_are_not_titles(text: str) -> None:
    assert normalize_title(text) is None


def test_a_bare_title_is_an_official_without_a_name() -> None:
    official = parse_official("Minister")
    assert official is not None
    assert official.name is None
    assert official.title == Title("Minister", "Minister", MIN)


class Prose(NamedTuple):
    """A passage and the officials find_officials must report in it, in order."""

    text: str
    mentions: list[tuple[str, str | None, str, str | None, str | None]]
    # (mention as printed, name, canonical title, country alpha3, organization)


# Running prose in the style of each wire (sentences written for these tests).
PROSE_CNN = [
    Prose(
        "(CNN) — Uzbekistan will sign on, US President Donald Trump said on Tuesday after a call "
        "with Prime Minister Benjamin Netanyahu, of Israel, and President Shavkat Mirziyoyev, of "
        "Uzbekistan.",
        [
            ("US President Donald Trump", "Donald Trump", "President", "USA", None),
            (
                "Prime Minister Benjamin Netanyahu, of Israel",
                "Benjamin Netanyahu",
                "Prime Minister",
                "ISR",
                None,
            ),
            (
                "President Shavkat Mirziyoyev, of Uzbekistan",
                "Shavkat Mirziyoyev",
                "President",
                "UZB",
                None,
            ),
        ],
    ),
    Prose(
        "Secretary of State Marco Rubio met reporters, and Vice President JD Vance spoke later. "
        "US Special Envoy Steve Witkoff flew to Doha.",
        [
            ("Secretary of State Marco Rubio", "Marco Rubio", "Secretary of State", "USA", None),
            ("Vice President JD Vance", "JD Vance", "Vice President", None, None),
            ("US Special Envoy Steve Witkoff", "Steve Witkoff", "Special Envoy", "USA", None),
        ],
    ),
    Prose(
        "A readout from State Department spokesperson Tammy Bruce said the talks went well.",
        [
            (
                "State Department spokesperson Tammy Bruce",
                "Tammy Bruce",
                "Spokesperson",
                "USA",
                "State Department",
            )
        ],
    ),
]

PROSE_REUTERS = [
    Prose(
        "ASTANA, Nov 7 (Reuters) - Kassym-Jomart Tokayev, Kazakhstan's president, said on Friday "
        "that talks with Iran's Foreign Minister Abbas Araqchi had been useful.",
        [
            (
                "Kassym-Jomart Tokayev, Kazakhstan's president",
                "Kassym-Jomart Tokayev",
                "President",
                "KAZ",
                None,
            ),
            (
                "Iran's Foreign Minister Abbas Araqchi",
                "Abbas Araqchi",
                "Foreign Minister",
                "IRN",
                None,
            ),
        ],
    ),
    Prose(
        "Kremlin spokesman Dmitry Peskov told reporters that NATO Secretary General Mark Rutte "
        "was wrong.",
        [
            ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Spokesperson", "RUS", "Kremlin"),
            ("NATO Secretary General Mark Rutte", "Mark Rutte", "Secretary-General", None, "NATO"),
        ],
    ),
    Prose(
        "The prime minister declined to comment, while Israel's foreign minister, Gideon Saar, "
        "said the plan was dead.",
        [
            ("prime minister", None, "Prime Minister", None, None),
            (
                "Israel's foreign minister, Gideon Saar",
                "Gideon Saar",
                "Foreign Minister",
                "ISR",
                None,
            ),
        ],
    ),
    Prose(
        "EU foreign policy chief Kaja Kallas and U.N. Secretary-General Antonio Guterres spoke.",
        [
            (
                "EU foreign policy chief Kaja Kallas",
                "Kaja Kallas",
                "High Representative",
                None,
                "European Union",
            ),
            (
                "U.N. Secretary-General Antonio Guterres",
                "Antonio Guterres",
                "Secretary-General",
                None,
                "United Nations",
            ),
        ],
    ),
]

PROSE_AP = [
    Prose(
        "CAIRO (AP) — Egyptian Foreign Minister Badr Abdelatty met with a delegation led by "
        "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, officials said.",
        [
            (
                "Egyptian Foreign Minister Badr Abdelatty",
                "Badr Abdelatty",
                "Foreign Minister",
                "EGY",
                None,
            ),
            (
                "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani",
                "Mohammed bin Abdulrahman Al Thani",
                "Prime Minister",
                "QAT",
                None,
            ),
        ],
    ),
    Prose(
        "The statement came from the Egyptian Foreign Ministry.\n\nU.S. Special Envoy Steve "
        "Witkoff is expected in the region.",
        [("U.S. Special Envoy Steve Witkoff", "Steve Witkoff", "Special Envoy", "USA", None)],
    ),
    Prose(
        "General Motors and General Electric sponsored the Major League game on Presidents Day, "
        "and the Prime Minister's Office did not respond.",
        [],
    ),
    Prose(
        "In Astana, Kazakhstan's president received the envoy.",
        [("Kazakhstan's president", None, "President", "KAZ", None)],
    ),
    Prose(
        "prime minister Benjamin Netanyahu's office said former President Barack Obama called.",
        [
            (
                "prime minister Benjamin Netanyahu",
                "Benjamin Netanyahu",
                "Prime Minister",
                None,
                None,
            ),
            ("former President Barack Obama", "Barack Obama", "President", None, None),
        ],
    ),
]

PROSE_KYODO_TASS = [
    Prose(
        "Japanese Foreign Minister Takeshi Iwaya and his German counterpart Johann Wadephul "
        "agreed to cooperate.",
        [
            (
                "Japanese Foreign Minister Takeshi Iwaya",
                "Takeshi Iwaya",
                "Foreign Minister",
                "JPN",
                None,
            ),
            (
                "German counterpart Johann Wadephul",
                "Johann Wadephul",
                "Foreign Minister",
                "DEU",
                None,
            ),
        ],
    ),
    Prose(
        "Secretary of State Marco Rubio spoke first. His Russian counterpart, Sergey Lavrov, "
        "replied. A counterpart with no official before it names nobody.",
        [
            ("Secretary of State Marco Rubio", "Marco Rubio", "Secretary of State", "USA", None),
            (
                "Russian counterpart, Sergey Lavrov",
                "Sergey Lavrov",
                "Foreign Minister",
                "RUS",
                None,
            ),
        ],
    ),
    Prose(
        "Ukraine's Zelenskiy met U.S. Vice President JD Vance in Munich; Rubio and his Saudi "
        "counterpart Faisal bin Farhan met in Riyadh.",
        [
            ("U.S. Vice President JD Vance", "JD Vance", "Vice President", "USA", None),
            # Rubio's counterpart: who and where, but the office is not given here
            (
                "Saudi counterpart Faisal bin Farhan",
                "Faisal bin Farhan",
                "Counterpart",
                "SAU",
                None,
            ),
        ],
    ),
    Prose(
        "Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, took a call from the Egyptian president, "
        "Abdel Fattah el-Sisi, and from National Security Council spokesman John Kirby.",
        [
            (
                "Qatar's Emir, Sheikh Tamim bin Hamad Al Thani",
                "Tamim bin Hamad Al Thani",
                "Emir",
                "QAT",
                None,
            ),
            (
                "Egyptian president, Abdel Fattah el-Sisi",
                "Abdel Fattah el-Sisi",
                "President",
                "EGY",
                None,
            ),
            (
                "National Security Council spokesman John Kirby",
                "John Kirby",
                "Spokesperson",
                "USA",
                "National Security Council",
            ),
        ],
    ),
    Prose(
        "Iranian government spokesman Fatemeh Mohajerani and senior Hamas official Osama Hamdan "
        "spoke, as did Kremlin aide Yuri Ushakov. A U.S. official declined to comment.",
        [
            (
                "Iranian government spokesman Fatemeh Mohajerani",
                "Fatemeh Mohajerani",
                "Spokesperson",
                "IRN",
                None,
            ),
            ("Hamas official Osama Hamdan", "Osama Hamdan", "Official", None, "Hamas"),
            ("Kremlin aide Yuri Ushakov", "Yuri Ushakov", "Aide", "RUS", "Kremlin"),
        ],
    ),
]

PROSE_POSSESSIVES = [
    Prose(
        "Russian President Vladimir Putin's spokesman Dmitry Peskov said Trump's Middle East "
        "envoy Steve Witkoff would come, and Hamas’ political bureau chief Khalil al-Hayya "
        "disagreed.",
        [
            ("Russian President Vladimir Putin", "Vladimir Putin", "President", "RUS", None),
            ("spokesman Dmitry Peskov", "Dmitry Peskov", "Spokesperson", "RUS", None),
            ("Middle East envoy Steve Witkoff", "Steve Witkoff", "Envoy", None, None),
            (
                "Hamas’ political bureau chief Khalil al-Hayya",
                "Khalil al-Hayya",
                "Political Bureau Chief",
                None,
                "Hamas",
            ),
        ],
    ),
    Prose(
        "The UN’s top humanitarian official, Tom Fletcher, spoke after UN Secretary-General "
        "António Guterres’ spokesman Stéphane Dujarric.",
        [
            (
                "UN’s top humanitarian official, Tom Fletcher",
                "Tom Fletcher",
                "Official",
                None,
                "United Nations",
            ),
            (
                "UN Secretary-General António Guterres",
                "António Guterres",
                "Secretary-General",
                None,
                "United Nations",
            ),
            (
                "spokesman Stéphane Dujarric",
                "Stéphane Dujarric",
                "Spokesperson",
                None,
                "United Nations",
            ),
        ],
    ),
    Prose(
        "Saudi Arabia’s ambassador to the US, Princess Reema bint Bandar, attended.",
        [
            (
                "Saudi Arabia’s ambassador to the US, Princess Reema bint Bandar",
                "Reema bint Bandar",
                "Ambassador",
                "SAU",
                None,
            )
        ],
    ),
]

PROSE_CNN_WASHINGTON = [
    Prose(
        "Secretary of State and national security adviser Marco Rubio and Defense Secretary "
        "Pete Hegseth joined them. The President and First Lady Melania Trump hosted a dinner.",
        [
            (
                "Secretary of State and national security adviser Marco Rubio",
                "Marco Rubio",
                "Secretary of State",
                "USA",
                None,
            ),
            ("Defense Secretary Pete Hegseth", "Pete Hegseth", "Defense Secretary", None, None),
            ("President", None, "President", None, None),
            ("First Lady Melania Trump", "Melania Trump", "First Lady", None, None),
        ],
    ),
    Prose(
        "White House deputy chief of staff Stephen Miller and Joint Chiefs of Staff Chairman "
        "Gen. Dan Caine briefed Democratic Sen. Chris Murphy of Connecticut. The Iranian foreign "
        "minister was not told.",
        [
            (
                "White House deputy chief of staff Stephen Miller",
                "Stephen Miller",
                "Deputy Chief of Staff",
                "USA",
                "White House",
            ),
            (
                "Joint Chiefs of Staff Chairman Gen. Dan Caine",
                "Dan Caine",
                "Chairman of the Joint Chiefs of Staff",
                "USA",
                "Joint Chiefs of Staff",
            ),
            ("Sen. Chris Murphy", "Chris Murphy", "Senator", None, None),
            ("Iranian foreign minister", None, "Foreign Minister", "IRN", None),
        ],
    ),
]

PROSE_MILITARY_AND_MOVEMENTS = [
    Prose(
        "Hezbollah leader Naim Qassem spoke. Gaza's Health Ministry spokesman Khalil al-Deqran "
        "said. Israel’s military chief, Lt. Gen. Eyal Zamir, said.",
        [
            ("Hezbollah leader Naim Qassem", "Naim Qassem", "Leader", None, "Hezbollah"),
            (
                "Gaza's Health Ministry spokesman Khalil al-Deqran",
                "Khalil al-Deqran",
                "Spokesperson",
                "PSE",
                "Health Ministry",
            ),
            (
                "Israel’s military chief, Lt. Gen. Eyal Zamir",
                "Eyal Zamir",
                "Chief of Staff",
                "ISR",
                None,
            ),
        ],
    ),
    Prose(
        "The head of the International Atomic Energy Agency, Rafael Grossi, met "
        "Israel’s ambassador to the UN, Danny Danon.",
        [
            (
                "head of the International Atomic Energy Agency, Rafael Grossi",
                "Rafael Grossi",
                "Director General",
                None,
                "International Atomic Energy Agency",
            ),
            (
                "Israel’s ambassador to the UN, Danny Danon",
                "Danny Danon",
                "Ambassador to the United Nations",
                "ISR",
                "United Nations",
            ),
        ],
    ),
]

PROSE_NAME_FIRST = [
    Prose(
        "Antony Blinken, the U.S. secretary of state, met Wang Yi, China’s top diplomat, and "
        "Kallas, the EU's top diplomat, after Blinken, the top U.S. diplomat, arrived. "
        "Kassym-Jomart Tokayev, the president of Kazakhstan, was there.",
        [
            (
                "Antony Blinken, the U.S. secretary of state",
                "Antony Blinken",
                "Secretary of State",
                "USA",
                None,
            ),
            ("Wang Yi, China’s top diplomat", "Wang Yi", "Foreign Minister", "CHN", None),
            (
                "Kallas, the EU's top diplomat",
                "Kallas",
                "High Representative",
                None,
                "European Union",
            ),
            ("Blinken, the top U.S. diplomat", "Blinken", "Secretary of State", "USA", None),
            (
                "Kassym-Jomart Tokayev, the president of Kazakhstan",
                "Kassym-Jomart Tokayev",
                "President",
                "KAZ",
                None,
            ),
        ],
    ),
]

PROSE_GENERIC_TITLES = [
    Prose(
        "The company's chief executive said profits rose. Officials said the head of the "
        "delegation left early. The director of the film, Steven Spielberg, spoke. The "
        "chairman of the board, Bob Iger, resigned. The envoy arrived, and so did Qatar's envoy "
        "and the head of the IAEA.",
        [
            ("Qatar's envoy", None, "Envoy", "QAT", None),
            (
                "head of the IAEA",
                None,
                "Director General",
                None,
                "International Atomic Energy Agency",
            ),
        ],
    ),
    Prose(
        "The Secretary of State for Health and Social Care Wes Streeting spoke.",
        [
            (
                "Secretary of State for Health and Social Care Wes Streeting",
                "Wes Streeting",
                "Secretary of State for Health and Social Care",
                None,
                None,
            )
        ],
    ),
]

PROSE_HISTORIC = [
    Prose(
        "    WASHINGTON, March 9 - Secretary of State George Shultz will\ntravel to Moscow for "
        "talks with Soviet Foreign Minister\nEduard Shevardnadze, the State Department said.",
        [
            (
                "Secretary of State George Shultz",
                "George Shultz",
                "Secretary of State",
                "USA",
                None,
            ),
            (
                "Soviet Foreign Minister\nEduard Shevardnadze",
                "Eduard Shevardnadze",
                "Foreign Minister",
                "SUN",
                None,
            ),
        ],
    ),
]


# Running prose of the wider press (sentences written for these tests): counterparts that
# take the office of the other party, titles in apposition, offices owned by other offices,
# and lists that are several people.
PROSE_PRESS = [
    Prose(
        "Foreign Minister Arman Seitov met his Japanese counterpart Kenji Sato in Tokyo.",
        [
            (
                "Foreign Minister Arman Seitov",
                "Arman Seitov",
                "Foreign Minister",
                None,
                None,
            ),
            (
                "Japanese counterpart Kenji Sato",
                "Kenji Sato",
                "Foreign Minister",
                "JPN",
                None,
            ),
        ],
    ),
    Prose(
        "Ukraine's foreign minister spoke to his Indian counterpart, Vikram Rao, on Friday.",
        [
            ("Ukraine's foreign minister", None, "Foreign Minister", "UKR", None),
            (
                "Indian counterpart, Vikram Rao",
                "Vikram Rao",
                "External Affairs Minister",
                "IND",
                None,
            ),
        ],
    ),
    Prose(
        "Prime Minister Ana Ruiz and her Turkish colleague Ahmet Yilmazer spoke by phone.",
        [
            ("Prime Minister Ana Ruiz", "Ana Ruiz", "Prime Minister", None, None),
            (
                "Turkish colleague Ahmet Yilmazer",
                "Ahmet Yilmazer",
                "Prime Minister",
                "TUR",
                None,
            ),
        ],
    ),
    Prose(
        "Senator Tom Baker, the US special envoy for the Middle East, arrived in Cairo.",
        [
            (
                "Senator Tom Baker, the US special envoy for the Middle East",
                "Tom Baker",
                "Special Envoy",
                "USA",
                None,
            )
        ],
    ),
    Prose(
        "Olga Petrenko, a Russian Foreign Ministry spokeswoman, told reporters nothing.",
        [
            (
                "Olga Petrenko, a Russian Foreign Ministry spokeswoman",
                "Olga Petrenko",
                "Spokesperson",
                "RUS",
                "Foreign Ministry",
            )
        ],
    ),
    Prose(
        "The UN Secretary-General's special envoy for Syria, Hans Berg, flew to Damascus.",
        [
            (
                "UN Secretary-General's special envoy for Syria, Hans Berg",
                "Hans Berg",
                "Special Envoy",
                None,
                "United Nations",
            )
        ],
    ),
    Prose(
        "A spokesperson for the Israeli prime minister said the plan stood.",
        [("Israeli prime minister", None, "Prime Minister", "ISR", None)],
    ),
    Prose(
        "President Ana Ruiz, Vice President Tom Baker and Foreign Minister Li Wenming met.",
        [
            ("President Ana Ruiz", "Ana Ruiz", "President", None, None),
            ("Vice President Tom Baker", "Tom Baker", "Vice President", None, None),
            ("Foreign Minister Li Wenming", "Li Wenming", "Foreign Minister", None, None),
        ],
    ),
]


PROSE_WIDER_PRESS = [
    # a dash sets the name off like a comma; a superlative stands before the title
    Prose(
        "Before leaving, Imran Qadir \u2014 Pakistan's youngest foreign minister \u2014 said talks"
        " would go on.",
        [
            (
                "Imran Qadir \u2014 Pakistan's youngest foreign minister",
                "Imran Qadir",
                "Foreign Minister",
                "PAK",
                None,
            )
        ],
    ),
    # office words after a name's title are no name of their own
    Prose(
        "The delegation was received by Sheikh Rashid bin Saqr, Crown Prince of Fujairah and"
        " Deputy Supreme Commander of the Armed Forces.",
        [("Sheikh Rashid bin Saqr, Crown Prince", "Rashid bin Saqr", "Crown Prince", None, None)],
    ),
    # compound offices set off by commas keep both; a ruler of a city rules no state
    Prose(
        "Hammad Ali, Deputy Prime Minister and Foreign Minister of Qatar, said talks went well.",
        [
            (
                "Hammad Ali, Deputy Prime Minister and Foreign Minister of Qatar",
                "Hammad Ali",
                "Foreign Minister",
                "QAT",
                None,
            )
        ],
    ),
    Prose(
        "The envoy met Sheikh Saeed bin Khalid, Vice President and Ruler of Ajman, on Sunday.",
        [
            (
                "Sheikh Saeed bin Khalid, Vice President and Ruler of Ajman",
                "Saeed bin Khalid",
                "Vice President",
                "ARE",  # Ajman is an emirate of the UAE
                None,
            )
        ],
    ),
    Prose(
        "The Emir of Kano, Bello Sanusi, welcomed the visitors.",
        [("Emir of Kano, Bello Sanusi", "Bello Sanusi", "Emir", None, None)],
    ),
    # the family name after its article, even a word that is a verb elsewhere
    Prose(
        "Talal bin Nasser Al Said, the Sultanate of Oman's ambassador to Jordan, arrived.",
        [
            (
                "Talal bin Nasser Al Said, the Sultanate of Oman's ambassador to Jordan",
                "Talal bin Nasser Al Said",
                "Ambassador",
                "OMN",
                None,
            )
        ],
    ),
    # a counterpart set off by one comma only, and an adviser to another office
    Prose(
        "Minister Rosa Lima and her Angolan counterpart, H.E. Paulo Neto jointly opened the forum.",
        [
            ("Minister Rosa Lima", "Rosa Lima", "Minister", None, None),
            ("Angolan counterpart, H.E. Paulo Neto", "Paulo Neto", "Minister", "AGO", None),
        ],
    ),
    Prose(
        "They met the security adviser to the German Chancellor, Jonas Weber.",
        [
            (
                "security adviser to the German Chancellor, Jonas Weber",
                "Jonas Weber",
                "Adviser",
                "DEU",
                None,
            )
        ],
    ),
    # a plural title gives its office to every name of the list after it
    Prose(
        "Foreign Ministers Ana Ruiz of Peru and Tom Baker of Chile signed the accord.",
        [
            ("Foreign Ministers Ana Ruiz of Peru", "Ana Ruiz", "Foreign Minister", "PER", None),
            ("Tom Baker of Chile", "Tom Baker", "Foreign Minister", "CHL", None),
        ],
    ),
    Prose(
        "US Senators Ana Ruiz (D-NY), Tom Baker (R-TX) and Li Wei (R-OH) flew to Kyiv.",
        [
            ("US Senators Ana Ruiz", "Ana Ruiz", "Senator", "USA", None),
            ("Tom Baker", "Tom Baker", "Senator", "USA", None),
            ("Li Wei", "Li Wei", "Senator", "USA", None),
        ],
    ),
    Prose(
        "Presidents Ana Ruiz and Tom Baker, and Foreign Minister Li Wei met.",
        [
            ("Presidents Ana Ruiz", "Ana Ruiz", "President", None, None),
            ("Tom Baker", "Tom Baker", "President", None, None),
            ("Foreign Minister Li Wei", "Li Wei", "Foreign Minister", None, None),
        ],
    ),
    # a US party-and-state label after a name says the country
    Prose(
        "Senators Ana Ruiz (D-N.M.) and Tom Baker (R-Idaho) wrote to the envoy.",
        [
            ("Senators Ana Ruiz", "Ana Ruiz", "Senator", "USA", None),
            ("Tom Baker", "Tom Baker", "Senator", "USA", None),
        ],
    ),
    # a plural with no name after it is many people, no official
    Prose("The Council of Foreign Ministers met in Goa.", []),
    # a bank's name after "chairman of" is no place and no person
    Prose("The former chairman of Eastfield National Bank of Kent County pleaded guilty.", []),
    Prose(
        "General Arjun Mehra, Chief of Army Staff (COAS) visited the northern command on Monday.",
        [
            (
                "General Arjun Mehra, Chief of Army Staff (COAS)",
                "Arjun Mehra",
                "Chief of Army Staff",
                None,
                None,
            )
        ],
    ),
    Prose(
        "Lavrov met President of Peru's Congress Rosa Quispe in Moscow.",
        [("President of Peru's Congress Rosa Quispe", "Rosa Quispe", "Speaker", "PER", None)],
    ),
]


@pytest.mark.parametrize(
    "prose",
    PROSE_CNN
    + PROSE_REUTERS
    + PROSE_AP
    + PROSE_KYODO_TASS
    + PROSE_POSSESSIVES
    + PROSE_CNN_WASHINGTON
    + PROSE_MILITARY_AND_MOVEMENTS
    + PROSE_NAME_FIRST
    + PROSE_GENERIC_TITLES
    + PROSE_HISTORIC
    + PROSE_PRESS
    + PROSE_WIDER_PRESS,
    ids=lambda p: p.text[:40],
)
def test_find_officials(prose: Prose) -> None:
    from accordlib import find_officials

    found = find_officials(prose.text)
    got = [
        (
            prose.text[m.start : m.end],
            m.official.name,
            m.official.title.canonical if m.official.title else "",
            m.official.country.alpha3 if m.official.country else None,
            m.official.organization,
        )
        for m in found
    ]
    assert got == prose.mentions
    for mention in found:
        assert isinstance(mention, OfficialMention)
        assert mention.official.raw == prose.text[mention.start : mention.end]
