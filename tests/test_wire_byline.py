"""Bylines: example tables by agency, written for accordlib in each agency's style."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordlib import Byline, Credit, CreditRole, parse_byline, parse_story
from accordlib.wire import byline as byline_module
from accordlib.wire.byline import name_case
from accordlib.wire.outlet_words import DESK, outlet_worded


class Example(NamedTuple):
    text: str
    authors: tuple[str, ...]
    agency: str | None


# fmt: off
BYLINES_SPEC = [
    Example("By Tal Shalev, Jennifer Hansler, Betsy Klein, Alejandra Jaramillo, CNN", ("Tal Shalev", "Jennifer Hansler", "Betsy Klein", "Alejandra Jaramillo"), "CNN"),
    Example("By MATTHEW LEE and JOSEF FEDERMAN Associated Press", ("Matthew Lee", "Josef Federman"), "Associated Press"),
    Example("By KEVIN SACK, SHERI FINK, PAM BELLUCK and ADAM NOSSITER", ("Kevin Sack", "Sheri Fink", "Pam Belluck", "Adam Nossiter"), None),
    Example("Reuters Staff", (), "Reuters"),
    Example("By Byun Duk-kun", ("Byun Duk-kun",), None),
    Example("Alice & Bob", ("Alice", "Bob"), None),
    Example("By Seán Federico O'Murchú", ("Seán Federico O'Murchú",), None),
    Example("By Ursula von der Leyen", ("Ursula von der Leyen",), None),
    Example("Mohammed bin Salman", ("Mohammed bin Salman",), None),
]
# fmt: on

# fmt: off
BYLINES_AP = [
    Example("By SARAH MILLER and DAVID OKAFOR Associated Press", ("Sarah Miller", "David Okafor"), "Associated Press"),
    Example("By MATTHEW LEE, AP Diplomatic Writer", ("Matthew Lee",), "Associated Press"),
    Example("By KEVIN McDONALD\nAssociated Press", ("Kevin McDonald",), "Associated Press"),
    Example("By JUAN PABLO DE LA CRUZ and MARY O'NEIL", ("Juan Pablo de la Cruz", "Mary O'Neil"), None),
    Example("By The Associated Press", (), "Associated Press"),
    Example("By J.R. SMITH JR.", ("J.R. Smith Jr.",), None),
]
# fmt: on

# fmt: off
BYLINES_MODERN = [
    Example("By Anna Kowalski and Tomas Berger", ("Anna Kowalski", "Tomas Berger"), None),
    Example("By Dana Whitfield, Marcus Oyelaran, CNN", ("Dana Whitfield", "Marcus Oyelaran"), "CNN"),
    Example("By Lee Jun-hyun, Yonhap", ("Lee Jun-hyun",), "Yonhap"),
    Example("By Xinhua writers Liu Yang, Zhang Wei", ("Liu Yang", "Zhang Wei"), "Xinhua"),
    Example("By Jane Doe For Daily Mail Australia", ("Jane Doe",), None),
    Example("BY: Sarah Miller, Staff Writer", ("Sarah Miller",), None),
    Example("By Sarah Miller (sarah.miller@example.com)", ("Sarah Miller",), None),
    Example("By Mark Smith in Cairo", ("Mark Smith",), None),
    Example("By AFP", (), "Agence France-Presse"),
    Example("Words by Elif Demir | Anadolu Agency", ("Elif Demir",), "Anadolu Agency"),
    Example("By URSULA VON DER LEYEN", ("Ursula von der Leyen",), None),
    Example("By BASHAR AL-ASSAD", ("Bashar al-Assad",), None),
    Example("By Tal Shalev, Tal Shalev and Betsy Klein", ("Tal Shalev", "Betsy Klein"), None),
    Example("By Noor Haddad, Bloomberg News", ("Noor Haddad",), "Bloomberg"),
    Example("By Aigerim Sarsenova @aigerim_s", ("Aigerim Sarsenova",), None),
    Example("By Lucas Ropek, Gizmodo", ("Lucas Ropek",), "Gizmodo"),
    Example("From CNN's Jennifer Hansler", ("Jennifer Hansler",), "CNN"),
    Example("By Ann M. Simmons", ("Ann M. Simmons",), None),
    Example("By Sarah El Deeb and Bassem Mroue The Associated Press", ("Sarah El Deeb", "Bassem Mroue"), "Associated Press"),
    Example("Al Jazeera Staff", (), "Al Jazeera"),
    Example("By Jennifer Hansler, CNN Updated 3:04 PM EST, Thu November 6, 2025", ("Jennifer Hansler",), "CNN"),
    Example("Story by Mohammed Al-Sulami", ("Mohammed Al-Sulami",), None),
    Example("By Ivana Kottasová, CNN", ("Ivana Kottasová",), "CNN"),
    Example("By Dr. Jane Smith", ("Jane Smith",), None),
    Example("Compiled by Daily Sabah", (), "Daily Sabah"),
    Example("By AFP - Agence France Presse", (), "Agence France-Presse"),
    Example("By Bae Hyun-jung, Korea Herald", ("Bae Hyun-jung",), "Korea Herald"),
    Example("By Jon Gambrell | AP", ("Jon Gambrell",), "Associated Press"),
    Example("By Michael R. Gordon and Yaroslav Trofimov", ("Michael R. Gordon", "Yaroslav Trofimov"), None),
    Example("By Daily Mail Reporter", (), "Daily Mail"),
    Example("By Emily Post", ("Emily Post",), None),
    Example("By JOSH FUNK AP Business Writer", ("Josh Funk",), "Associated Press"),
    Example("By SCOTT McFETRIDGE", ("Scott McFetridge",), None),
    Example("By Nectar Gan and Simone McCarthy, CNN", ("Nectar Gan", "Simone McCarthy"), "CNN"),
    Example("By Aliya Uteuova / Astana Times", ("Aliya Uteuova",), "The Astana Times"),
]
# fmt: on

# Bylines as news sites print them (issue 14), written for these tests in those shapes.
# fmt: off
BYLINES_WEB = [
    Example("By Ana Ruiz, Tom B. Lee, and Kim Park", ("Ana Ruiz", "Tom B. Lee", "Kim Park"), None),  # Oxford comma
    Example("PTI | Istanbul | Updated: 29-03-2022 18:49 IST", (), "Press Trust of India"),  # agency | place | stamp
    Example("ANI | Mumbai | Updated: 02-05-2021 11:05 IST | Created: 02-05-2021 11:05 IST", (), "Asian News International"),
    Example("Reuters, Ankara", (), "Reuters"),
    Example("Uzbekistan, Tashkent / Trend", (), "Trend"),
    Example("IRNA | Tehran", (), "Islamic Republic News Agency"),
    Example("By Reuters/Jane Roe  May 22, 2016 | 11:45 pm PT", ("Jane Roe",), "Reuters"),
    Example("By Omar Said 10 seconds ago Thu 10th September 2020 | 08:23 PM", ("Omar Said",), None),
    Example("Maria Lopez June 4, 2014", ("Maria Lopez",), None),
    Example("Mark Dunn | Feb 2, 2020", ("Mark Dunn",), None),
    Example("Source: Xinhua | 2018-08-21 14:28:58 | Editor: Li Wei", ("Li Wei",), "Xinhua"),
    Example("Source: Anadolu Agency | 2020/5/3 12:00:00", (), "Anadolu Agency"),
    Example("Editor: Zhang Min", ("Zhang Min",), None),  # a labelled role: a person
    Example("By Ana Ruiz reporting from Brussels", ("Ana Ruiz",), None),
    Example("by Ana Ruiz (GOV)", ("Ana Ruiz",), None),
    Example('By Mohammed "Mo" Khan', ("Mohammed Khan",), None),  # a nickname in quotes
    Example("Lina Haddad reports from Beirut.", ("Lina Haddad",), None),
    Example("Jonas Berg Senior Fellow at the Nordic Institute", ("Jonas Berg",), None),
    Example("World Bulletin / News Desk", (), "World Bulletin"),  # a desk is no person
    Example("By : Jakarta Globe | on 7:40 AM March 3, 2015", (), "Jakarta Globe"),
    Example("Dawn Web Desk 3 March 2021, Last Updated at 9:44 am", (), "Dawn"),
    Example("By GT staff reporters | 2022/10/3 19:02:11", (), "Global Times"),
    Example("By 김민수", ("김민수",), None),  # Hangul, Cyrillic, Arabic and CJK names are people
    Example("By Иван Петров", ("Иван Петров",), None),
    Example("By أحمد علي", ("أحمد علي",), None),
    Example("By 王小明", ("王小明",), None),
    Example("By Li Wei and Wang Fang | 2022/10/3 19:02:11", ("Li Wei", "Wang Fang"), None),
    Example("Kaynak: Hürriyet", (), "Hürriyet"),  # "Source" in Turkish
    Example("Sumber: Kementerian Pertahanan | Editor: Budi", ("Budi",), None),  # a ministry is no outlet
    Example("Peter Hahn | Posted 03.11.2014 | World", ("Peter Hahn",), None),
    Example("The Daily Star | Kareem Nasser | Posted 03.11.2014 | World", ("Kareem Nasser",), "The Daily Star"),
    Example("Why Talks Keep Failing In The Caucasus Region Again | Dana Reed | Posted 01.02.2015 | Politics", ("Dana Reed",), None),  # a headline beside the byline
    Example("AP | SAMI HAMDAN | Posted 06.02.2015 | World", ("Sami Hamdan",), "Associated Press"),
    Example("Latest posts by Anadolu Agency (see all)", (), "Anadolu Agency"),
    Example("Published in The Express Tribune, March 3rd, 2016", (), "The Express Tribune"),
    Example("Copyright 2015 NPR", (), "NPR"),
    Example("(With IANS inputs)", (), "Indo-Asian News Service"),
    Example("(MENAFN- Gulf Times) QNA", (), "Qatar News Agency"),  # the wire source, not the aggregator's outlet
    Example("Based on reporting by Xinhua and TASS", (), "Xinhua"),
    Example("Continue reading this article at TRT World", (), "TRT World"),
    Example("May 3, 2020 - 09:10 By Yonhap", (), "Yonhap"),
    Example("XinhuaUpdated: May 3, 2020", (), "Xinhua"),  # glued words parted
    Example("Mark DunnMark DunnFebruary 2, 2020", ("Mark Dunn",), None),  # a name printed twice
    Example("2021-03-04 11:12:13 by Lina Haddad", ("Lina Haddad",), None),
    Example("The Nation, Posted on Mon, Feb. 2, 2009 By KAREN DOLE kdole@nation.example", ("Karen Dole",), "The Nation"),
    Example("(Yonhap)", (), "Yonhap"),
    Example("-- SPA", (), "Saudi Press Agency"),
    Example("PTI DKS", (), "Press Trust of India"),  # a desk's code after the agency
    Example("Mehr/IRNA", (), "Mehr News Agency"),  # two agencies: the first
    Example("www.trend.az", (), "Trend"),
    Example("press@aa.com.tr", (), "Anadolu Agency"),  # an address of an agency
    Example("Source: Saudi Gazette.", (), "Saudi Gazette"),
    Example("The content originally appeared on: Kenya Standard", (), "Kenya Standard"),
]

# Credit lines given to parse_byline: the people in printed order, their roles in credits.
# Shapes met on news sites of South Asia, the Gulf, Central Asia and Africa (issue 14); the
# names, outlets and times are invented.
BYLINES_WEB_MORE = [
    Example("Article By Rana Halim and Theo Marsh, Reuters", ("Rana Halim", "Theo Marsh"), "Reuters"),
    Example("By Ana Ruiz, Lakeside Digital", ("Ana Ruiz",), "Lakeside Digital"),
    Example("-Orbit Press", (), "Orbit Press"),
    Example("By LIU MEI and ZHOU HAN in Kunming(chinadaily.com.cn)", ("Liu Mei", "Zhou Han"), "China Daily"),
    Example("2021-05-04 10:12 Xinhua    Web Editor: Wen Jia", ("Wen Jia",), "Xinhua"),
    Example("Valleypost |  Dhaka", (), "Valleypost"),
    Example("Reuters, Mosul", (), "Reuters"),
    Example("Riverside Desk Politics 2022-02-03, 9:15am", (), "Riverside"),
    Example("Anadolu Agency ECONOMY", (), "Anadolu Agency"),
    Example("(With inputs from WAM)", (), "Emirates News Agency"),
    Example("News source: Harbour Daily", (), "Harbour Daily"),
    Example("Senior Correspondent Deltanews.com, Chittagong | 2022-06-07 08:30:00", (), "Deltanews.com"),
    Example("KTN Report 3 March, 2023, 11:05 am", (), "KTN"),
    Example("This article was republished from Lagos Evening Star.", (), "Lagos Evening Star"),
    Example("News ID 884213 Sara Tehrani", ("Sara Tehrani",), None),
    Example("KTV Editorial Staff", (), "KTV"),
    Example("(MENAFN)", (), "MENAFN"),
    Example("DOHA- Anadolu Agency", (), "Anadolu Agency"),
    # a third round: leads and labels in other languages, stamps glued to names, counts
    Example("Penulis: Rina Wulandari Putri", ("Rina Wulandari Putri",), None),
    Example("Autor: Carla Mendes", ("Carla Mendes",), None),
    Example("Por Lucía Ferrer", ("Lucía Ferrer",), None),
    Example("Ein Beitrag von Jonas Keller.", ("Jonas Keller",), None),
    Example("Lena Vogt14. März 2019", ("Lena Vogt",), None),  # a day glued to the name
    Example("By: Omar Haddad 3 12", ("Omar Haddad",), None),  # comment and share counts
    Example("dpa", (), "Deutsche Presse-Agentur"),  # a code in lower case at the foot
    Example("Oleh Marchenko", ("Oleh Marchenko",), None),  # a given name, not a lead
    Example("By Ana Ruiz, Valley News Service", ("Ana Ruiz",), "Valley News Service"),  # the agency's own name
    Example("Harbour News Desk", (), "Harbour"),  # a desk of the outlet
    Example("Posted 3 years ago by Lena Ortiz", ("Lena Ortiz",), None),
    Example("By Ana Ruiz 7:45 PM NPT", ("Ana Ruiz",), None),  # Nepal's time zone
    Example("Post by : Dr. Lena Ortiz", ("Lena Ortiz",), None),
    Example("By Akinyi Onyang' and Tom Lee", ("Akinyi Onyang'", "Tom Lee"), None),  # Luo spelling ends a name in ng'
    Example("By 'Ana Ruiz'", ("Ana Ruiz",), None),  # quotes around the name go
    # a fourth round: North American and Australian sites, wire reprints
    Example("CP | Lena Ortiz, The Canadian Press | Posted 03.14.2019 | Canada Politics", ("Lena Ortiz",), "Canadian Press"),
    Example("Omar Haddad | Posted 11.02.2018 | Japan Business", ("Omar Haddad",), None),  # a section named by a place
    Example("Written by Rana Halim for Reuters ->", ("Rana Halim",), "Reuters"),  # whom the person wrote for
    Example("By Theo Marsh special to The Associated Press", ("Theo Marsh",), "Associated Press"),
    Example("By Kim Park in Cairo", ("Kim Park",), None),  # a place names no agency
    Example("By CNN Foreign Affairs Reporter Lena Vogt", ("Lena Vogt",), "CNN"),  # outlet, beat, role, name
    Example("By Associated Press Diplomatic Writer Tom Lee", ("Tom Lee",), "Associated Press"),
    Example("By Staff Reuters", (), "Reuters"),
    Example("Mira Sato 12 June 2020 2840 words", ("Mira Sato",), None),
    Example("March 2, 2024 - 09:15 | Kim Park | Halifax Courier", ("Kim Park",), "Halifax Courier"),  # a paper's title word
    Example("Bo Chen | Riverton Citizen", ("Bo Chen",), "Riverton Citizen"),
    Example("March 2, 2024 | Ana Ruiz, Tom Lee | The Harbour and Mail", ("Ana Ruiz", "Tom Lee"), "The Harbour and Mail"),  # "and" inside a title
    Example("By Ana Ruiz, The Post and Courier", ("Ana Ruiz",), "The Post and Courier"),
    Example("The Star and Tom Lee", ("Tom Lee",), "The Star"),  # a name after "and" still parts
    Example("LENA VOGT: International Affairs May 3, 2018", ("Lena Vogt",), None),  # a columnist and the column's beat
    Example("TOM LEE: World", ("Tom Lee",), None),
    Example("Posted by Kim Park at March 3, 2011 09:12 PM", ("Kim Park",), None),  # a blog's author, the "at" of the stamp goes
    Example("Published by Harbour Times", (), "Harbour Times"),  # "published by" still names an outlet
    Example("Rana Maria B. Halim | Posted 02.11.2014 | Japan Politics", ("Rana Maria B. Halim",), None),
    Example("Theo A. Marsh", ("Theo A. Marsh",), None),  # "A." is an initial, not the article
]

# a fourth round of issue 14: outlets and places around the names, other languages' leads
BYLINES_WEB_FOURTH = [
    Example("ByNadia Okoro Mar 02, 2024 10:15 AM IST", ("Nadia Okoro",), None),  # "By" glued to the name
    Example("By CoastnewsBy Lina Haddad", ("Lina Haddad",), "Coastnews"),  # a second lead glued to the outlet
    Example("Lakeside Herald (Kisumu) By Omar Wekesa", ("Omar Wekesa",), "Lakeside Herald"),  # the outlet, its city, then the lead
    Example("Andes, editado por Lucía Pérez", ("Lucía Pérez",), "Andes"),  # a Spanish lead inside the segment
    Example("Por: Marta Gil Publicado: Lunes 3 de marzo de 2025 a las 10:00 hrs.", ("Marta Gil",), None),  # a second label inside
    Example("Source: Xinhua Editor: zhangyi 2024-05-06 10:20:30", (), "Xinhua"),  # an editor's handle is nobody
    Example("(Excerpts : Xinhua)", (), "Xinhua"),
    Example("🗞 Source: Kyodo", (), "Kyodo News"),  # a pictograph before the label
    Example("This story was first published in Gulf News", (), "Gulf News"),
    Example("(Prepared by Sami Aziz for the weekly digest – edited by Mona Saleh)", ("Sami Aziz", "Mona Saleh"), None),
    Example("MENAFN - The Peninsula) QNA", (), "Qatar News Agency"),  # a bracket closed alone
    Example("(MENAFN- Kuwait News Agency (KUNA))", (), "Kuwait News Agency"),  # nested brackets
    Example("By Valleynews Mar. 4, 2024", (), "Valleynews"),  # one word with "news"
    Example("PampaSur Argentina, 05.06.2024 Sofía Ruiz", ("Sofía Ruiz",), "PampaSur Argentina"),  # camel case before a country
    Example("Senior Correspondent Hari Thapa Rastriya Samachar Samiti", ("Hari Thapa",), "Rastriya Samachar Samiti"),  # a role, a name, the agency
    Example("Special Representative Hari Thapa", ("Hari Thapa",), None),
    Example("by Elena KOVALENKO 10:05, 2 May 2022, Bishkek - 24.kg news agency", ("Elena Kovalenko",), "24.kg"),  # a surname in capitals
    Example("BY TOMAS OKELLO The Standard", ("Tomas Okello",), "The Standard"),  # a name, then an outlet led by "The"
    Example("EFE.", (), "EFE"),  # an agency's code with a full stop at a story's foot
    Example("Jakarta Post Latest News - Mon, 2019-04-01 08:00", (), "Jakarta Post"),  # a section after the outlet
    Example("09 May 2023 - 00:00 Zanele Dube Digital Politics Editor", ("Zanele Dube",), None),
]

# a fifth round: German and Indonesian leads and labels, staff credits, marks after names
BYLINES_WEB_FIFTH = [
    Example("Von Lena Brandt, Jonas Keller und Mia Roth, dpa", ("Lena Brandt", "Jonas Keller", "Mia Roth"), "Deutsche Presse-Agentur"),  # a German lead and "und"
    Example("Von dpa | 12.03.2024, 09:15 Uhr", (), "Deutsche Presse-Agentur"),
    Example("Jonas Keller aus Wien", ("Jonas Keller",), None),  # "aus <place>" after the name
    Example("By Highland Courier Staff", (), "Highland Courier"),  # an outlet's staff is nobody
    Example("The Northern staff", (), "The Northern"),
    Example("LAPORAN: DEWI LESTARI", ("Dewi Lestari",), None),  # Indonesian "report:" label
    Example("Redaktur & Reporter : Budi Santoso", ("Budi Santoso",), None),
    Example("OPRAC.: Marek Nowak", ("Marek Nowak",), None),  # Polish "compiled by:"
    Example("Opinion by Rosa Mendes", ("Rosa Mendes",), None),
    Example("Con información de Sur Noticias", (), "Sur Noticias"),  # "with information from"
    Example("Tomas Vidal*", ("Tomas Vidal",), None),  # a mark after the name
    Example("Posted: March 3, 2021 By: Hillpost | @HillpostDaily", (), "Hillpost"),  # one word that starts the site's handle
    Example("By Rosa Mendes @RosaMendesNews", ("Rosa Mendes",), None),  # a person's own handle
    Example("Por CNN Uruguay 04.05.2016 / 10:12", (), "CNN Uruguay"),  # a brand's edition for a country
    Example("Reuters, Montevideo", (), "Reuters"),  # a city after the brand is a place
    Example("Ana Ruiz and Bo Chen (The Valley Post)", ("Ana Ruiz", "Bo Chen"), "The Valley Post"),  # the outlet in a bracket at the end
    Example("Ana Ruiz (The Hague)", ("Ana Ruiz",), None),  # a city led by "The" names no outlet
]

# a sixth round: empty form fields, rubrics, codes and titles between bars, agency + city
BYLINES_WEB_SIXTH = [
    Example("Reuters Montevideo", (), "Reuters"),  # an agency and a city, no comma: no person
    Example("AFP Kuala Lumpur", (), "Agence France-Presse"),
    Example("Tomas Vidal | KBN | 3 Mar 2021", ("Tomas Vidal",), "KBN"),  # a code alone between bars after a name
    Example("Tomas Vidal | USA | 3 Mar 2021", ("Tomas Vidal",), None),  # a country's code stays a place
    Example("Opinion | The Jamaican | 12 May 2019", (), "The Jamaican"),  # "The" and a nationality: a paper
    Example("Reuters | The Bahamas", (), "Reuters"),  # a country led by "The" stays a place
    Example("2 days ago | valleypost.com.fj | Ana Ruiz", ("Ana Ruiz",), "valleypost.com.fj"),  # a site under a country's code
    Example("EDITORIAL: Highland Courier", (), "Highland Courier"),  # the editorial's outlet
    Example("OBITUARY: By Rosa Mendes", ("Rosa Mendes",), None),  # a rubric in capitals is no outlet
    Example("Posted by Rosa Mendes on", ("Rosa Mendes",), None),  # the date after "on" went
    Example("Submitted by Valley Post Staff on", (), "Valley Post"),
    Example("Amman - PETRA:", (), "Petra"),  # an agency before a colon is no empty field
]

# a seventh round of issue 14: dates, desks, roles and outlets in more shapes and languages
BYLINES_WEB_SEVENTH = [
    Example("Marta Quintero vie 14 jun 2024 18:05", ("Marta Quintero",), None),  # a Spanish weekday and date
    Example("Rui Alves Sábado 3 de agosto 2019 10:15 hrs.", ("Rui Alves",), None),  # "de" inside the date, "hrs."
    Example("Dewi Lestari, Rabu, 12 Mar 2025 08:30 WIB", ("Dewi Lestari",), None),  # an Indonesian weekday
    Example("Aminath Shifa 12 March 2024, MVT 14:05", ("Aminath Shifa",), None),  # a zone before the time
    Example("By Tom Reyes42", ("Tom Reyes",), None),  # a count glued to the name
    Example("Redazione Notizie Lampo | 3 Min de Lectura", (), "Notizie Lampo"),  # the desk word before the outlet
    Example("Harbour Gazette report", (), "Harbour Gazette"),  # an outlet's own report
    Example("Kofi Mensah, Online Writer", ("Kofi Mensah",), None),  # a role after the name
    Example("By Lena Ostrova, UN Special Rapporteur on Housing", ("Lena Ostrova",), None),  # an office after the name
    Example("Hamid Saleh, for the Delta Institute", ("Hamid Saleh",), "Delta Institute"),  # the outlet the person wrote for
    Example("Translation by Irina Petcu", ("Irina Petcu",), None),
    Example("Source: Ministry Press Office (Ama Boateng)", ("Ama Boateng",), None),  # the writer in a bracket after the source
    Example("Staff Reuters", (), "Reuters"),
    Example("Pedro Nunes Por Pedro Nunes", ("Pedro Nunes",), None),  # the name printed twice
    Example("Georgi Vasilev ЕНД - 10:45", ("Georgi Vasilev",), "ЕНД"),  # an outlet's code after a name in name case
    Example("Aliyev ГУЛИЕВ", ("Aliyev Гулиев",), None),  # a surname in capitals in Cyrillic
    Example("By THE VALLEY HERALD Monday, May 4, 2020", (), "THE VALLEY HERALD"),  # an outlet led by THE
    Example("Source: valleynews.rs", (), "valleynews.rs"),  # a site's address after the label
    Example("Балканска информационна агенция", (), "Балканска информационна агенция"),  # an agency word in Bulgarian
    Example("By HarbourLIVE", (), "HarbourLIVE"),  # a long name in camel case
    Example("Lagune.bj", (), "Lagune.bj"),  # a site under any country's code
    Example("Avec APL.", (), "APL"),  # French "with" before an agency's code, and its full stop
    Example("Ines KOFFI Derniers articles par : Ines KOFFI (voir tous)", ("Ines Koffi",), None),  # an author box repeats the name
    Example("Tomás Ferreyra Más artículos de Tomás Ferreyra", ("Tomás Ferreyra",), None),
    Example("Recent posts by Halima Abdi (see all)", ("Halima Abdi",), None),
    Example("Publicado el 3 de mayo de 2024 | La Gaceta", (), "La Gaceta"),  # an article and one word: a paper's title
    Example("Fuente: La Razón Pedro Vaca", ("Pedro Vaca",), "La Razón"),  # a source, then its reporter, no mark between
    Example("Source: EFE Lucía Prado", ("Lucía Prado",), "EFE"),
    Example("Source: AFP Middle East", (), "AFP Middle East"),  # a region after the agency is no person
    Example("By Le Pen", ("Le Pen",), None),  # a short word after the article stays a name
    Example("SOURCE – HARBOUR COURIER-", (), "HARBOUR COURIER"),  # a source label closed by a dash
    Example("Fuente — El Heraldo", (), "El Heraldo"),
    Example("Estimated reading time: 3 minutes | Dara Ngo", ("Dara Ngo",), None),
]

BYLINES_WEB_EIGHTH = [
    Example("Tendai Moyo Gazette Reporter", ("Tendai Moyo",), "Gazette"),  # a name, then the paper's reporter
    Example("By Ruth Akoth CNN Radio", ("Ruth Akoth",), "CNN Radio"),  # a known agency leads the outlet
    Example("By Wanjiru Kamau NAIROBI", ("Wanjiru Kamau",), None),  # the dateline's city glued to the byline
    Example("Curated By: Priya Harbour.com", ("Priya",), "Harbour.com"),  # one name, then the site
    Example("Kwame Asante: Ghana Evening Telegraph: 4 June 2023:", ("Kwame Asante",), "Ghana Evening Telegraph"),  # parts closed by colons
    Example("Ghana Evening Telegraph: 4 June 2023:", (), "Ghana Evening Telegraph"),
    Example("12 May 2022 Ghana News Service (Accra)", (), "Ghana News Service"),  # a state's news body, its city
    Example("By Meera Pillai, Kovalam, India", ("Meera Pillai",), None),  # the town and country filed from
    Example("Harbour Times time12-03-2024 • World • Harbour Times", (), "Harbour Times"),  # a label glued to its date
    Example("Yesterday Read more: Harbour Monitor", (), "Harbour Monitor"),
    Example("Forrás: Harbour.hu", (), "Harbour.hu"),  # "Source:" in Hungarian
    Example("Źródło: Harbour Dziennik", (), "Harbour Dziennik"),  # and in Polish
    Example("Bron Smith", ("Bron Smith",), None),
    Example("(وام)", (), "Emirates News Agency"),  # an agency's name in Arabic
    Example("–(كونا)", (), "Kuwait News Agency"),
    Example("হারবার বার্তা/রহিম", ("রহিম",), "হারবার বার্তা"),  # a Bangladeshi foot credit: outlet/writer
    Example("হারবার-বার্তা/১২ মে ২০২০/করিম", ("করিম",), "হারবার-বার্তা"),  # and a date between
    Example("हार्बर न्यूज़ नेटवर्क", (), "हार्बर न्यूज़ नेटवर्क"),  # English media words in Devanagari
    Example("Kojo Mensah / Harbour Today", ("Kojo Mensah",), "Harbour Today"),  # "Today" ends an outlet's name
    Example("By Lina Haddad, NILE TODAY. May 3/09", ("Lina Haddad",), "NILE TODAY"),
    Example("Copyright (C) HARBOUR NEWS SERVICE(HNS) All Rights Reserved.", (), "HARBOUR NEWS SERVICE"),
    Example("© 2021 Harbour Times. Tous droits réservés.", (), "Harbour Times"),  # the notice in French
    Example("Comment by Rania Aziz (cairo) • Inter Press Service", ("Rania Aziz",), "Inter Press Service"),
    Example("2 comments / Posted on by All Africa", (), "AllAfrica"),  # an aggregator, no person
    Example("suite de l'article sur Harbour Hebdo", (), "Harbour Hebdo"),  # "read the rest at" in French
    Example("Continue Reading on Harbour Times Top Stories", (), "Harbour Times"),  # a section after the outlet
    Example("harbourpost.tj » 2023-5-6 10:00", (), "harbourpost.tj"),  # a breadcrumb's separator  # a source word that labels only before its colon (Dutch "Bron:")
]

BYLINES_CREDITS = [
    Example("Reporting by Ana Ruiz; Editing by Tom Lee", ("Ana Ruiz", "Tom Lee"), "Reuters"),
    Example("Reporting by Ana Ruiz and Kim Park; Additional reporting by Bo Chen; Editing by Tom Lee", ("Ana Ruiz", "Kim Park", "Bo Chen", "Tom Lee"), "Reuters"),
    Example("Reporting By Ana Ruiz, editing by Tom Lee", ("Ana Ruiz", "Tom Lee"), "Reuters"),
    Example("(Reporting by Ana Ruiz Writing by Kim Park Editing by Tom Lee)", ("Ana Ruiz", "Kim Park", "Tom Lee"), "Reuters"),
    Example("Reporting by Ana Ruiz, writing by Kim Park,; Editing by Tom Lee", ("Ana Ruiz", "Kim Park", "Tom Lee"), "Reuters"),
    Example("--With assistance from Kim Park.", ("Kim Park",), None),
    Example("Kim Park contributed to this report.", ("Kim Park",), None),
    Example("-Reporting by Ana Ruiz in Ottawa; editing by Tom Lee", ("Ana Ruiz", "Tom Lee"), "Reuters"),  # a rule before it
    Example("— Reporting by Ana Ruiz; Editing by Tom Lee", ("Ana Ruiz", "Tom Lee"), "Reuters"),
]
# fmt: on

NOT_BYLINES = [
    "gen_report.py",  # a script's name, not a site under a country's code
    "run_all_tests.md",
    "",
    "Signed on 6 May 2012.",  # a preposition before a stamp stays after one word
    "WASHINGTON: The talks",  # a colon after capitals that no beat follows
    "Ana Ruiz: Politics",  # a name not in capitals before a colon: a headline's shape
    "First Published: 3 Jan 2021 | 09:15 AM IST",  # a stamp's label with "First"
    "Published at 08:10 am May 2nd, 2019 Last updated at 09:30 am May 2nd, 2019",
    "Published in World Monday, 3 June 2024 10:00",  # a section after "Published in"
    "By Digital Content",  # a site's content desk
    "কক/খখখ",  # initials joined by a slash, no outlet of two words
    "By Staff and wire reports",
    "By 2025, the accords had grown.",
    "Staff Writer",
    "updated 3 hours ago",
    "1234",
    "By admin",
    "by: - May 3, 2021",
    "BY - Wed, 13 Mar 2019 - 09:22 GMT",
    "SOURCE: Agencies",
    "Source: Ministry of Foreign Affairs of Japan",
    "Author`s name Editorial Team",
    "New Delhi",  # a place, not a person
    "Editor 3 hours ago",  # a role and a time, nobody named
    "Author: নিউজ ডেস্ক",  # "News Desk" in Bengali
    "Kazakhstan",
    "THE",
    "Tim Redaksi",  # "editorial team" in Indonesian
    "La Redacción",
    "admin",
    "Byadmin May 2, 2021",  # "By" glued to the site's account
    "nan",  # a lower-case word that is some agency's code in capitals
    "Smarch 99",  # one word and a number: no name, no count
    "Published in: Europe, Asia, Qatar, Politics",  # a site's sections, no outlet
    "May 2, 2024 at 8:00 am | Published in: Asia, Japan, News, Politics",
    "Agencias 4 may 2023 09:10 AM",  # "Agencies" in Spanish names nobody
    "Kaynak: Haber Merkezi",  # "news desk" in Turkish
    "HarbourReporting by Feb 29(END)on SaturdayHarbour",  # hostile: a lead left without a name
    "By 3 March, 2019April 4th, 2021No Comments",  # a blog's dates and comment count
    "Redaktur & Reporter : Tim Redaksi",  # Indonesian labels before the desk
    "Writer : Posted date : 2021-04-02 10:00:00",  # a form's fields left empty
    "Date :Friday, June 4th, 2021 | Time : 09:12 |ID: 55123 | Print",
    "LIMA: Peru's foreign minister",  # a place before a colon is no rubric
    "The Dutch and Belgian prime ministers met.",  # an adjective in a sentence is no paper
    "/ab/KR/lm",  # a desk's initials joined by slashes
    "Publish dateFriday 5 May 2023 - 09:00 Story Code : 512233",  # a site's fields
    "Reporter Name / 12 Views",  # a template left unfilled
    "Staff Harbourline",  # an outlet's staff, no person
    "t r/h a d",
]

ALL = (
    BYLINES_SPEC + BYLINES_AP + BYLINES_MODERN + BYLINES_WEB + BYLINES_WEB_MORE
    + BYLINES_WEB_FOURTH + BYLINES_WEB_FIFTH + BYLINES_WEB_SIXTH + BYLINES_WEB_SEVENTH
    + BYLINES_WEB_EIGHTH + BYLINES_CREDITS
)  # fmt: skip


@pytest.mark.parametrize("example", ALL, ids=[e.text for e in ALL])
def test_bylines(example: Example) -> None:
    found = parse_byline(example.text)
    assert found is not None
    assert (found.authors, found.agency) == (example.authors, example.agency)
    assert found.raw == example.text.strip()


def test_credit_lines_keep_their_roles_as_the_story_parser_reads_them() -> None:
    text = "Reporting by Ana Ruiz and Kim Park; Editing by Tom Lee"
    found = parse_byline(text)
    assert found is not None
    assert [(c.role, c.names) for c in found.credits] == [
        (CreditRole.REPORTING, ("Ana Ruiz", "Kim Park")),
        (CreditRole.EDITING, ("Tom Lee",)),
    ]
    story = parse_story(f"Talks resume\n\nDOHA (Reuters) - Talks resumed.\n\n({text})\n")
    assert story.credits == (
        found.credits[0],
        Credit(CreditRole.EDITING, ("Tom Lee",), "Editing by Tom Lee"),
    )
    assert parse_byline("By Ana Ruiz").credits == ()  # a byline has no roles


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_not_bylines(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("KEVIN SACK", "Kevin Sack"),
        ("McDONALD", "McDonald"),
        ("MCDONALD", "McDonald"),
        ("JEAN-PIERRE DUPONT", "Jean-Pierre Dupont"),
        ("MOHAMMED BIN SALMAN", "Mohammed bin Salman"),
        ("KING ABDULLAH II", "King Abdullah II"),
        ("Kevin Sack", "Kevin Sack"),
        ("van Gogh", "van Gogh"),
        ("ИВАН ПЕТРОВ", "Иван Петров"),  # Cyrillic vowels tell a surname from initials
        ("LEYLA ƏLİYEVA", "Leyla Əliyeva"),
    ],
)
def test_name_case(printed: str, expected: str) -> None:
    assert name_case(printed) == expected


def test_result_type() -> None:
    assert parse_byline("By Ann Lee") == Byline(
        authors=("Ann Lee",), agency=None, raw="By Ann Lee"
    )
    with pytest.raises(TypeError, match="decode it first"):
        parse_byline(b"By Ann Lee")  # type: ignore[arg-type]


def test_hostile_inputs() -> None:
    assert parse_byline("By " * 100000) is None  # longer than any byline
    parse_byline("(" * 300)
    parse_byline("By " * 100)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_total_and_people_only(text: str) -> None:
    found = parse_byline(text)
    if found is not None:
        assert found.authors or found.agency
        assert len(set(found.authors)) == len(found.authors)
        assert all("@" not in author for author in found.authors)


# ---------------------------------------------------------------------------- the fast path
# Two or three plain capitalised words are taken as one person without the full reading;
# for every text the fast path accepts, the full reading must say the same.

_WORDS = ("Anna", "Kowalski", "Reuters", "Staff", "Writer", "By", "From", "Daily", "Herald",
          "Press", "Associated", "Omar", "Khalil", "Http", "Www", "Mira", "Updated", "Korea",
          "Times", "Kim", "Ode", "News", "Desk", "Cnn", "Xinhua", "Agency", "Words", "Von")  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True),
                min_size=1, max_size=4))  # fmt: skip
def test_plain_name_fast_path_agrees_with_the_full_reading(words: list[str]) -> None:
    text = " ".join(words)
    if byline_module._plain_credit(text):
        assert byline_module._read_byline(text) == Byline(authors=(text,), agency=None, raw=text)
    assert byline_module._parse_byline(text) == byline_module._read_byline(text)


# The outlet and desk words come from byline_words.tsv (kinds outlet, outlet_stem,
# outlet_tail, outlet_name, desk, desk_qualifier, desk_last, desk_first).
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Harbour Town Herald", True),  # outlet, any case
        ("Karadeniz Haber Ajansı", True),  # outlet_stem
        ("Lakeside Today", True),  # outlet_tail, printed case
        ("Lakeside today", False),
        ("Prairie Sentinel", True),  # outlet_name, printed case
        ("Maria Lopez", False),
    ],
)
def test_outlet_words_come_from_the_table(text: str, outlet: bool) -> None:
    assert outlet_worded(text) is outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Harbour Post Sports Desk", "Harbour Post"),  # desk_qualifier + desk
        ("Riverside Content", "Riverside"),
        ("Ege Haber Merkezi", "Ege"),  # desk_last
        ("Redazione di Notizie Alpine", "Notizie Alpine"),  # desk_first
        ("Tim Redaksi Kabar Pagi", "Kabar Pagi"),
    ],
)
def test_desk_words_come_from_the_table(text: str, outlet: str) -> None:
    match = DESK.get().fullmatch(text)
    assert match is not None
    assert match.group("outlet") == outlet


def test_desk_words_leave_people_alone() -> None:
    assert DESK.get().fullmatch("Anna Deskova") is None


# A body's code in capitals and its country's name: an outlet, no person.
@pytest.mark.parametrize(
    ("text", "authors", "agency"),
    [
        ("KBI Tanzania – 4 March 2024", (), "KBI Tanzania"),
        ("By Lena Okafor, NTA Nigeria", ("Lena Okafor",), "NTA Nigeria"),
        ("AJ Jordan", ("AJ Jordan",), None),  # initials, not a code
        ("ISR PSE", ("Isr Pse",), None),  # two codes, no country's name
    ],
)
def test_code_and_country_is_an_outlet(
    text: str, authors: tuple[str, ...], agency: str | None
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)


# A place before a role is the beat, not part of the name.
@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("By Tomas Berg and Fiji reporter Mere Tuilagi in Suva", ("Tomas Berg", "Mere Tuilagi")),
        ("By Nairobi correspondent Amina Odhiambo", ("Amina Odhiambo",)),
    ],
)
def test_place_before_a_role(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors


# Photo credits read like bylines: the photographer is a person, a picture agency the
# agency; a photo word alone (a site's section, a credit whose name went) names no one.
@pytest.mark.parametrize(
    ("text", "authors", "agency"),
    [
        ("Photo: Ines K. Varga", ("Ines K. Varga",), None),
        ("Foto: Ines Varga, EFE", ("Ines Varga",), "EFE"),
        ("Bild: LUMINA", (), "LUMINA"),
        ("Photo Editor: Ines Varga", ("Ines Varga",), None),
    ],
)
def test_photo_credits(text: str, authors: tuple[str, ...], agency: str | None) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)


@pytest.mark.parametrize("text", ["Pictures | Mon Jun 3, 2019 | 9:40am EDT", "Photos"])
def test_a_photo_word_alone_names_no_one(text: str) -> None:
    assert parse_byline(text) is None


# A spelled-out source label of other languages, a one-word site before a spaced dash and
# a date, the place after an agency that follows the people, and Bengali time stamps.
@pytest.mark.parametrize(
    ("text", "authors", "agency"),
    [
        ("Fuente de esta noticia Radio Litoral Norte", (), "Radio Litoral Norte"),
        ("Lakeviewpost - 3 hours 10 min ago", (), "Lakeviewpost"),
        ("Lakeviewpost - Tue, 03/07/2023 - 10:05", (), "Lakeviewpost"),
        ("Ana Ruiz - 2 days 4 hours ago", ("Ana Ruiz",), None),
        ("Tomas Mwale BBC, Zomba", ("Tomas Mwale",), "BBC"),
        ("By Ana Ruiz and Tom Lee, AP, Mzuzu", ("Ana Ruiz", "Tom Lee"), "Associated Press"),
        ("By 정주원, Yonhap, 김철", ("정주원", "김철"), "Yonhap"),
    ],
)
def test_web_chrome_round_three(text: str, authors: tuple[str, ...], agency: str | None) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)


def test_bengali_stamp_and_meridiem_go() -> None:
    # "Published: 9:15 am, <month> 3, 2019": a stamp with no one named
    assert parse_byline("প্রকাশিত: ৯:১৫ পূর্বাহ্ণ, মার্চ ৩, ২০১৯") is None


# The sixth round's classes: a name printed three times, a Spanish lead glued to the name
# before it, a lead closed by a colon, a dash glued to the lead, a Luganda lead from the
# table, an outlet's code and its bureau's city, a code and its rubric, a section before
# the writer, people after "Published on by"/"Published By:", "Last Updated:" and "Foto:"
# inside a byline, a one-word site before a numeric date.
@pytest.mark.parametrize(
    ("text", "authors", "agency"),
    [
        ("Marta Olsen Marta Olsen Marta Olsen", ("Marta Olsen",), None),
        ("Lucía BravoPor Lucía Bravo", ("Lucía Bravo",), None),
        ("By Xinhua:", (), "Xinhua"),
        ("OPINION –By Tomas Brandt", ("Tomas Brandt",), None),
        ("BYA ROSE NAKATO", ("Rose Nakato",), None),
        ("Bya Rose Nakato", ("Rose Nakato",), None),
        ("Von Jana Keller, HNZ Berlin", ("Jana Keller",), "HNZ"),
        ("AIR COMMENTARY - By Ravi Menon", ("Ravi Menon",), "AIR"),
        ("Politics Maria Costa", ("Maria Costa",), None),
        ("Published on by Tara Quinn", ("Tara Quinn",), None),
        (
            "Published By: Tara Quinn AFP Last Updated: May 2, 2024, 10:05 IST",
            ("Tara Quinn",),
            "Agence France-Presse",
        ),
        ("Published by Daily Sabah", (), "Daily Sabah"),
        ("Martes 4 de marzo de 2025 Por: El Heraldo Foto: Archivo", (), "El Heraldo"),
        ("Vesti 12.03.2024", (), "Vesti"),
        ("Ana Ruiz 12.03.2024", ("Ana Ruiz",), None),
    ],
)
def test_web_chrome_round_six(text: str, authors: tuple[str, ...], agency: str | None) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)


@pytest.mark.parametrize(
    "text",
    [
        "(Ric)",  # a desk's initials in brackets at a story's foot
        (
            "(Apart from the title, this report was not edited by our staff and comes from a "
            "syndicated feed.)"
        ),
        "February 3, 2024 9:10 pm | Updated 9:12 pm IST - NEW DELHI",
    ],
)
def test_round_six_names_no_one(text: str) -> None:
    assert parse_byline(text) is None


# Relative times of other languages go like dates (byline_words.tsv kinds ago_unit,
# ago_after, ago_before); a connector before a trailing agency goes with it.
@pytest.mark.parametrize(
    ("text", "authors", "agency"),
    [
        ("Forrás: Index.hu 3 napja", (), "Index.hu"),
        ("Tomas Brandt vor 2 Stunden", ("Tomas Brandt",), None),
        ("Lucía Bravo hace 5 horas", ("Lucía Bravo",), None),
        ("Rina Wati 3 jam lalu", ("Rina Wati",), None),
        ("Lucía Bravo da CNN", ("Lucía Bravo",), "CNN"),
        ("Maria Almeida AP", ("Maria Almeida",), "Associated Press"),
    ],
)
def test_other_languages_round_six(
    text: str, authors: tuple[str, ...], agency: str | None
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)


# A newsroom's own credit names no one, in several languages (kinds desk_possessive,
# desk_role, desk_link); a person named Na keeps the name.
@pytest.mark.parametrize(
    "text",
    ["By Our Correspondent", "Our Staff Reporter", "Na Mwandishi Wetu", "De notre correspondant"],
)
def test_possessive_desks_name_no_one(text: str) -> None:
    assert parse_byline(text) is None


def test_a_surname_that_reads_as_a_link_stays() -> None:
    byline = parse_byline("Na Kyung Won")
    assert byline is not None
    assert byline.authors == ("Na Kyung Won",)


# Round seven (English-language sites): the reporter's station after the name, photo
# credits led by an outlet or naming a picture agency, an agency's photo service, the
# credit's kind before an inner "by", and "via", "Credit:" and "This story was posted by".
@pytest.mark.parametrize(
    ("text", "authors", "agency"),
    [
        ("Meera Iyer Kuala Lumpur", ("Meera Iyer",), None),
        ("R. SUBRAMANIAN MUMBAI", ("R. Subramanian",), None),
        ("Tom Okafor Photos by Grace Mensah", ("Tom Okafor", "Grace Mensah"), None),
        ("| via Daniel Osei", ("Daniel Osei",), None),
        ("Credit: Lena Park/Getty Images", ("Lena Park",), "Getty Images"),
        ("(Sipho Dlamini/Gallo Images)", ("Sipho Dlamini",), "Gallo Images"),
        ("Dawn photo: Imran Qadir", ("Imran Qadir",), "Dawn"),
        ("(AFP Photo/Omar Haidari)", ("Omar Haidari",), "Agence France-Presse"),
        ("Reuters Pictures", (), "Reuters"),
        ("This story was posted by AP News.", (), "Associated Press"),
    ],
)
def test_english_sites_round_seven(
    text: str, authors: tuple[str, ...], agency: str | None
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)


# What looks close and stays as it was: a one-word city in name case may be a surname,
# and so may a city after a name in capitals without an initial; "File photo:" is no
# outlet.
@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Ana Maria Lima", ("Ana Maria Lima",)),
        ("ANA MARIA LIMA", ("Ana Maria Lima",)),
        ("Carlos Santos Victoria", ("Carlos Santos Victoria",)),
    ],
)
def test_round_seven_keeps_surnames(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors


# The picture's kind before a photo label (kind photo_qualifier) is no person and no
# outlet, in either case and when the segmenter cut the label from it.
@pytest.mark.parametrize(
    ("text", "authors", "agency"),
    [
        ("File photo: Rukhsana Bibi", ("Rukhsana Bibi",), None),
        ("Handout photo: Tomasz Wrona", ("Tomasz Wrona",), None),
        ("File Photo: Reuters", (), "Reuters"),
    ],
)
def test_picture_kind_before_photo_label(
    text: str, authors: tuple[str, ...], agency: str | None
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)
