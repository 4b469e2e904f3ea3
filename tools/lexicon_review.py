"""The review of the CAMEO verb dictionary's codes and readings, for tools/gen_lexicon.py.

:data:`KIND_OF_CODE` is the reviewed CAMEO → ``EventKind`` map every code goes through.

The dictionary (PETRARCH-2's CAMEO.2.0.txt) gives every verb a code of its own, the code
of its block, which applies when none of the block's patterns matches; PETRARCH only
coded a verb between two known actors, so a generous bare code did little harm there.
Read over news copy that mentions companies, markets and sports as much as states,
many of them code nothing of the kind: "the impact of higher prices" is no support,
"leads to" no intention, "the offices were hit by" no war. Three reviewed tables, each
entry with its reason:

* :data:`BARE_CODES` — a new bare code for a block's verbs (``"BLOCK"``) or one verb
  (``"BLOCK:lemma"``, the lemma as the verbs table writes it); ``""`` means the verb
  codes only through its patterns (which still apply);
* :data:`LEFT_OUT_VERBS` — verbs left out of the lexicon with their patterns (a form
  that is almost always another word: "according", "loan", "issues");
* :data:`LEFT_OUT_PATTERNS` — patterns left out (by their id ``BLOCK.n``): ones that ask
  only for a preposition and were written for one verb of a large block ("come to",
  "lead to", "struggle with"), and ones whose code is wrong for every verb of the block;
* :data:`REPORTING_BLOCKS` — blocks of reporting verbs ("said", "announced") whose
  patterns code only the attitudes they express ("expressed solidarity", "voiced
  anger"): a reported act ("said it would release", "announced sanctions") is coded at
  the act's own word, so its pattern on the reporting verb gives no event.
"""

from __future__ import annotations

__all__ = [
    "BARE_CODES",
    "INTENT_ROOT",
    "KIND_OF_CODE",
    "LEFT_OUT_PATTERNS",
    "LEFT_OUT_VERBS",
    "REPORTED_CODES",
    "REPORTING_BLOCKS",
    "REVERSED_CODES",
]

#: CAMEO code (or prefix) -> (EventKind name, reason). The longest listed prefix of a
#: code decides; "" means no kind: the code gives no event. Codes of root 03 (stated
#: intentions) map to the kind of the intended act and are marked ``intent``: an event
#: of that kind ANNOUNCED has exactly their CAMEO code (033 is PROVIDE_AID announced).
KIND_OF_CODE: dict[str, tuple[str, str]] = {
    "01": ("", "statements and comments (01x) are not events of the model"),
    "02": ("APPEAL", "appeals and requests (02x), PLOVER REQUEST"),
    "03": (
        "EXPRESS_INTENT",
        "a stated intention to cooperate (03x, PLOVER AGREE) without a kind of its own",
    ),
    "031": ("COOPERATE", "intent to cooperate materially: COOPERATE announced is 031"),
    "033": ("PROVIDE_AID", "intent to provide aid: PROVIDE_AID announced is 033"),
    "035": ("CONCEDE", "intent to yield: CONCEDE announced is 035"),
    "0353": ("RELEASE", "intent to release: RELEASE announced is 0353"),
    "0354": ("EASE_SANCTIONS", "intent to ease sanctions: EASE_SANCTIONS announced is 0354"),
    "0356": (
        "DECLARE_CEASEFIRE",
        "intent to de-escalate, in the dictionary mostly agreeing to a truce: DECLARE_CEASEFIRE announced is 0356",
    ),
    "036": (
        "MEET",
        "intent to meet or negotiate: MEET announced is 036 (a planned trip or visit, VISIT announced, is also 036: the curated plan_visit codes it)",
    ),
    "039": ("MEDIATE", "intent to mediate: MEDIATE announced is 039"),
    "040": ("MEET", "consult (040)"),
    "041": ("PHONE_CALL", "discuss by telephone (041)"),
    "042": ("VISIT", "make a visit (042): the visitor is the actor"),
    "043": ("VISIT", "host a visit (043) is the visit seen from the host: roles reversed"),
    "044": ("MEET", "a meeting at a third location (044) is a meeting"),
    "045": ("MEDIATE", "engage in mediation (045)"),
    "046": ("NEGOTIATE", "engage in negotiation (046)"),
    "050": (
        "PRAISE",
        "diplomatic cooperation, not specified (050, PLOVER SUPPORT): the nearest kind of root 05 is endorsement (051)",
    ),
    "051": ("PRAISE", "praise or endorse (051)"),
    "052": ("PRAISE", "defending a party verbally (052) is support, PLOVER SUPPORT"),
    "053": ("PRAISE", "rallying support on behalf of a party (053) is support, PLOVER SUPPORT"),
    "054": (
        "RECOGNIZE",
        "grant diplomatic recognition (054); the dictionary's 054 patterns that establish relations, open embassies or admit members are corrected by curated rows (establish_ties, open_embassy, admit_member)",
    ),
    "055": ("APOLOGIZE", "apologize (055)"),
    "056": ("PRAISE", "forgiving (056) is a gesture of support, PLOVER SUPPORT"),
    "057": ("SIGN_AGREEMENT", "sign formal agreement (057)"),
    "06": ("COOPERATE", "material cooperation (06x: economic, military, judicial, intelligence)"),
    "07": ("PROVIDE_AID", "aid (07x), asylum included (075, PLOVER AID)"),
    "08": (
        "CONCEDE",
        "yielding (08x) not listed below: easing restrictions, acceding to demands, allowing international involvement",
    ),
    "084": ("RELEASE", "return or release persons or property (084)"),
    "085": ("EASE_SANCTIONS", "ease economic sanctions, boycott or embargo (085)"),
    "087": ("WITHDRAW", "de-escalating: withdrawing, demobilising, retreating (087, 0872-0874)"),
    "0871": ("DECLARE_CEASEFIRE", "declare truce, ceasefire (0871)"),
    "09": ("INVESTIGATE", "investigate (09x)"),
    "10": ("DEMAND", "demands (10x)"),
    "110": ("CRITICIZE", "disapprove (110)"),
    "111": ("CRITICIZE", "criticize or denounce (111)"),
    "112": ("ACCUSE", "accusations (112x)"),
    "113": ("CRITICIZE", "rallying opposition against a party (113) is disapproval"),
    "114": ("CRITICIZE", "an official complaint (114) is disapproval"),
    "115": ("ACCUSE", "a lawsuit (115) is a formal accusation"),
    "116": ("ACCUSE", "finding a party guilty (116) is an accusation made good"),
    "12": ("REJECT", "rejections, refusals, defiance and vetoes (12x)"),
    "13": ("THREATEN", "threats (13x) and ultimatums"),
    "14": ("PROTEST", "political dissent (14x): demonstrations, strikes, riots"),
    "15": ("MOBILIZE", "exhibiting military or police power (15x)"),
    "160": (
        "SEVER_RELATIONS",
        "reducing relations, not specified (160): the nearest kind is reducing or breaking diplomatic relations (161), PLOVER SANCTION either way",
    ),
    "161": ("SEVER_RELATIONS", "reduce or break diplomatic relations (161)"),
    "162": ("CUT_AID", "reduce or stop aid (162x)"),
    "163": ("SANCTION", "embargo, boycott or sanctions (163)"),
    "164": ("HALT_NEGOTIATIONS", "halt negotiations (164)"),
    "165": ("HALT_NEGOTIATIONS", "halting mediation (165) halts the talks"),
    "166": (
        "EXPEL_DIPLOMATS",
        "expelling or withdrawing peacekeepers, inspectors or aid agencies (166) is, like expelling diplomats, a reduction of international presence (PLOVER SANCTION, mode expel)",
    ),
    "17": (
        "COERCE",
        "coercion (17x): seizures, bans, curfews, deportations, repression, cyber attacks",
    ),
    "173": ("ARREST", "arrest, detain (173)"),
    "18": (
        "ASSAULT",
        "unconventional violence (18x): bombings, abductions, assassinations, killings",
    ),
    "19": ("FIGHT", "conventional military force (19x)"),
    "191": (
        "COERCE",
        "a blockade (191) restricts movement: PLOVER COERCE (mode restrict), not ASSAULT",
    ),
    "192": (
        "COERCE",
        "occupying territory (192) is a seizure: PLOVER COERCE (mode seize), not ASSAULT",
    ),
    "20": ("ASSAULT", "mass violence (20x)"),
}

#: Codes whose triggers state an intention (the kind's act is intended, not done).
INTENT_ROOT = "03"
#: Codes whose direction is the reverse of the kind's (hosting is a visit received).
REVERSED_CODES = ("043",)


_THINK = "thinking, hearing, introducing and notifying are no meeting (the dictionary's 040)"
_TRAVEL = (
    "going, leaving, travelling and arriving are no meeting (the dictionary's 040): a visit is"
    " the patterns' ('went on a visit', 'arrived for talks') and the curated arrive_in's"
)
_GATHER = (
    "gathering, massing and joining are no meeting ('thousands gathered', 'joined the relief"
    " drive'); the patterns and the curated join and convene rows code the meetings"
)
_CORPORATE = "a corporate or market act alone ('combined company', 'bought shares'); patterns name a state's"
_GENERIC = "too general to be an event alone; the block's patterns code it with its object"

#: Block or BLOCK:lemma -> (bare code, reason). "" means: only the patterns code.
BARE_CODES: dict[str, tuple[str, str]] = {
    "CONSIDER": ("", _THINK),
    "HEAR": ("", _THINK),
    "INTRODUCE": ("", _THINK),
    "NOTIFY": ("", _THINK),
    "CABLE": ("", _THINK),
    "ARRIVE": ("", _TRAVEL),
    "GO_SOMEWHERE": ("", _TRAVEL),
    "ASSEMBLE": ("", _GATHER),
    "MEET_PEOPLE:brave": ("", "braving something is no meeting"),
    "MEET_PEOPLE:confront": ("", "confronting a problem is no meeting"),
    "MEET_PEOPLE:encounter": ("", "encountering resistance is no meeting"),
    "MEET_PEOPLE:face": ("", "facing charges or a crisis is no meeting"),
    "MEET_PEOPLE:run into": ("", "running into problems is no meeting"),
    "MOBILIZE:mobilise": ("150", "mobilising is military mobilisation (150), not the block's 040"),
    "MOBILIZE:mobilize": ("150", "mobilising is military mobilisation (150), not the block's 040"),
    "MOBILIZE:call up": ("150", "calling up reservists mobilises them (150)"),
    "MOBILIZE:muster": ("150", "mustering troops mobilises them (150)"),
    "MOBILIZE:marshal": ("150", "marshalling forces mobilises them (150)"),
    "MOBILIZE:drum up": ("", "drumming up support is no meeting; the patterns code support"),
    "MOBILIZE:garner": ("", "garnering support is no meeting; the patterns code support"),
    "MOBILIZE:pull together": ("", "pulling together is no meeting"),
    "MOBILIZE:rally": ("", "rallying is markets ('shares rallied') or support (patterns)"),
    "MOBILIZE:summon": (
        "",
        "summoning an envoy is a protest (curated summon_envoy), not a meeting",
    ),
    "BARGAIN:bargain": ("046", "bargaining is negotiating (046), not support (050)"),
    "BARGAIN:barter": ("046", "bartering is negotiating (046), not support (050)"),
    "BARGAIN:haggle": ("046", "haggling is negotiating (046), not support (050)"),
    "BARGAIN:broker": ("045", "brokering a deal or a truce between parties is mediation (045)"),
    "BARGAIN:deal": ("", "'dealt with' is no support"),
    "COORDINATE": (
        "",
        "organising, integrating, conforming are no support ('a conference organized by')",
    ),
    "DISCLOSE": ("", "revealing, admitting, unveiling are statements (01x), not support"),
    "INFLUENCE": ("", "affecting and impacting are no support ('the impact of higher prices')"),
    "REJOICE": ("", "rejoicing or triumphing is no act towards a party"),
    "SUPPORT:advertise": ("", "advertising is no support"),
    "SUPPORT:advertize": ("", "advertising is no support"),
    "ACCLAIM:celebrate": ("", "celebrating a holiday is no praise of a party"),
    "ACCLAIM:commemorate": ("", "commemorating is no praise of a party"),
    "ACCLAIM:toast": ("", "toasting is no praise of a party"),
    "ACCLAIM:clap": ("", "clapping is no praise of a party"),
    "ACCLAIM:reward": ("", "rewarding is no praise ('would reward the regime')"),
    "ACCLAIM:respect": ("", "'with respect to', 'respected' are no praise"),
    "ACCLAIM:greet": ("", "greeting a visitor is part of the visit, not praise"),
    "FAVOR:prefer": ("", "preferring is no praise ('preferred shares')"),
    "RESPECT": ("", "esteeming, valuing ('the value of') are no praise"),
    "AID:benefit": ("", "benefiting is no cooperation"),
    "AID:serve": ("", "serving is no cooperation ('the carrier began serving Milan')"),
    "AID:aid": ("070", "aiding a party is aid (070), as helping is"),
    "AID:assist": ("070", "assisting a party is aid (070), as helping is"),
    "ALLOCATE": ("", "allocating and assigning are no cooperation alone"),
    "BOOST": (
        "",
        "boosting, expanding, increasing code only for ties, trade or cooperation (the patterns); alone they are prices and profits",
    ),
    "ENACT": (
        "",
        "enacting, establishing, founding are domestic acts; 'establish ties' is curated",
    ),
    "ENLIST": ("", _GENERIC),
    "FACILITATE": (
        "",
        "easing, improving, facilitating code only with their objects (patterns, curated ease rows)",
    ),
    "GRANT": (
        "",
        "giving, providing, supplying are aid only with what is given (the patterns, the curated send rows)",
    ),
    "GRANT:grant": ("070", "granting a party money, a loan or asylum is aid (070)"),
    "GRANT:lend": ("070", "lending to a party is aid (070)"),
    "GRANT:donate": ("070", "donating is aid (070)"),
    "GRANT:contribute": (
        "",
        "'contributed to the loss' is no aid; contributing troops or funds is the patterns'",
    ),
    "LINK": ("", "linking and connecting are no cooperation ('linked to al-Qaeda')"),
    "COLLABORATE:ally": (
        "",
        "'its allies', 'a key ally' are nouns, no support; allying with a party is rare",
    ),
    "TARGET:aim": ("", "'aimed at', 'aims to' state a purpose, not a pledge (030)"),
    "MERGE": ("", _CORPORATE),
    "OVERSEE_MANAGE": (
        "",
        "leading, managing, controlling, ordering are no cooperation ('managing director', 'led to')",
    ),
    "OVERSEE_MANAGE:monitor": (
        "090",
        "monitoring a ceasefire, a facility or an election is inspection (090)",
    ),
    "TRADE": (
        "",
        "trading and exchanging are markets; prisoner swaps and shared intelligence are curated",
    ),
    "FINANCE": ("", _CORPORATE),
    "IMPORT": ("", _CORPORATE),
    "PURCHASE": ("", _CORPORATE),
    "ARM": ("", "furnishing, outfitting, stocking are no military aid ('its gearing ratio')"),
    "ARM:arm": ("072", "arming a party is military aid (072)"),
    "ARM:equip": ("072", "equipping a party is military aid (072)"),
    "EVACUATE:defect": ("", "a defection is no rejection by a state (120)"),
    "STABILISE": ("", "stabilising a currency is no aid"),
    "DEFEND:look after": ("", _GENERIC),
    "DEFEND:tend": ("", "'tend to' is no protection"),
    "DEFEND:ward": ("", _GENERIC),
    "DEFEND:guard": ("", "'the palace guard' is no protection"),
    "DEFEND:shelter": ("", "'sheltered by tax losses' is no protection"),
    "ALLOW:go by": ("", _GENERIC),
    "ALLOW:go through": ("", _GENERIC),
    "ALLOW:clear": ("", "'it is not clear' is no concession"),
    "ALLOW:empower": ("", _GENERIC),
    "ALLOW:enable": ("", _GENERIC),
    "ALLOW:legislate": ("", "legislating is a domestic act"),
    "ALLOW:pass": ("", "'passed legislation', 'the pass of' are no concession"),
    "ALLOW:verify": ("", "verifying is no concession"),
    "COMPROMISE:arbitrate": ("045", "arbitrating between parties is mediation (045)"),
    "COMPROMISE:intercede": ("045", "interceding between parties is mediation (045)"),
    "COMPROMISE:intermediate": ("045", "intermediating between parties is mediation (045)"),
    "COMPROMISE:conciliate": ("045", "conciliating between parties is mediation (045)"),
    "COMPROMISE:hash out": ("046", "hashing out a deal is negotiating (046)"),
    "COMPROMISE:talk over": ("046", "talking a matter over is negotiating (046)"),
    "COMPROMISE:settle on": ("046", "settling on terms is negotiating (046)"),
    "COMPROMISE:resettle": ("", "resettling refugees is no concession"),
    "COMPROMISE:resolve": ("", "'resolved to', 'to resolve the crisis' are no concession"),
    "COMPROMISE:settle": ("", "'settled in', 'settle claims' are no concession"),
    "RELEASE:set free": ("0841", "setting people free is a release (0841), not yielding (080)"),
    "RELEASE:emancipate": ("0841", "emancipating people is a release (0841)"),
    "RELEASE:unloose": ("0841", "unloosing is a release (0841)"),
    "RETREAT:withdraw": ("087", "withdrawing is de-escalation (087), not a concession (080)"),
    "RETREAT:pull back": ("087", "pulling back is de-escalation (087)"),
    "RETREAT:draw back": ("087", "drawing back is de-escalation (087)"),
    "RETREAT:retreat": ("087", "retreating is de-escalation (087)"),
    "RETREAT:disengage": ("087", "disengaging is de-escalation (087)"),
    "RETREAT:pull out": (
        "087",
        "pulling out is de-escalation (087); of talks it is curated quit_talks",
    ),
    "RETREAT:detach": ("", _GENERIC),
    "RETREAT:disconnect": ("", _GENERIC),
    "RETREAT:recede": ("", "'fears receded' is no concession"),
    "RETREAT:retire": ("", "retiring is no concession"),
    "RETREAT:get out": ("", _GENERIC),
    "SUBMIT:fill": ("", "'new products fill the pipeline' is no concession"),
    "SUBMIT:bide": ("", _GENERIC),
    "YIELD:drop out": ("", "dropping out of a race is no concession to a party"),
    "YIELD:renounce": (
        "080",
        "renouncing violence, a claim or a weapon is yielding (080), not criticism (110)",
    ),
    "INSPECT:look over": ("", _GENERIC),
    "INSPECT:analyse": ("", "analysing is no investigation of a party"),
    "INSPECT:ascertain": ("", _GENERIC),
    "INSPECT:check": ("", "'checked luggage' is no investigation"),
    "INSPECT:explore": ("", "exploring options is no investigation"),
    "INSPECT:research": ("", "research is no investigation of a party"),
    "INSPECT:study": ("", "studying a proposal is no investigation"),
    "PROBE": ("", "combing, digging, mining, scanning are no investigation ('mine' is a noun)"),
    "PROBE:probe": ("090", "probing is investigating (090)"),
    "SEARCH": ("", "'in search of' is no investigation; police searches are the patterns'"),
    "DEMAND:campaign": ("", "campaigning is no demand on a party"),
    "DEMAND:crusade": ("", "crusading is no demand on a party"),
    "DEMAND:bid": ("", "a bid is a market word ('5.50 dlrs bid')"),
    "DEMAND:need": ("", "needing is no demand"),
    "DEMAND:necessitate": ("", "necessitating is no demand"),
    "DISMAY": ("", "disappointing or discouraging is no criticism ('results disappointed')"),
    "DISTRUST:suspect": ("", "'suspected of', 'the suspects' are no criticism"),
    "DISTRUST:oppugn": ("", _GENERIC),
    "LAMENT:cry": ("", "crying is no criticism"),
    "LAMENT:wail": ("", "wailing is no criticism"),
    "LAMENT:weep": ("", "weeping is no criticism"),
    "LAMENT:whine": ("", "whining is no criticism"),
    "LAMENT:grieve": ("", "grieving is no criticism"),
    "LAMENT:mourn": ("", "mourning is no criticism"),
    "VERBAL_CONFLICT:compete": ("", "competing is markets and sports, no criticism"),
    "VERBAL_CONFLICT:contend": ("", "'contending with the effects' is no criticism"),
    "VERBAL_CONFLICT:contrast": ("", "contrasting is no criticism"),
    "VERBAL_CONFLICT:counter": ("", "'over the counter' is no criticism"),
    "VERBAL_CONFLICT:counterbalance": ("", "counterbalancing is no criticism"),
    "VERBAL_CONFLICT:debate": ("", "debating is no criticism"),
    "VERBAL_CONFLICT:differ": ("", "differing is no criticism"),
    "VERBAL_CONFLICT:argue": ("", "arguing that is a statement (01x)"),
    "DELAY:remit": ("", _GENERIC),
    "DELAY:retard": ("", _GENERIC),
    "DELAY:inhibit": ("", _GENERIC),
    "DELAY:defer": ("", "'deferred taxes' is no rejection"),
    "DELAY:table": ("", "'table' is a noun"),
    "DELAY:forestall": ("", "forestalling violence or unrest is no rejection of a party"),
    "FAIL": ("", "failing is no rejection alone; 'failed to X' is the curated decline_to"),
    "ENDANGER:risk": ("", "'risk' is a noun"),
    "DISTURB": ("", "annoying, bothering, upsetting are no protest"),
    "PROVOKE": ("", "provoking is no protest"),
    "DISRUPT": ("", "disrupting is no reduction of relations"),
    "UNDERMINE": ("", "undermining is no reduction of relations"),
    "BLACKLIST": ("163", "blacklisting a party is a sanction (163)"),
    "CONFINE:contain": ("", "'containing the operation' is no coercion"),
    "CONFINE:enclose": ("", _GENERIC),
    "CONFINE:restrict": ("", "restricting codes with what is restricted (patterns, curated rows)"),
    "CONFINE:withhold": ("", "withholding codes with what is withheld (curated cut_aid)"),
    "CONFINE:detain": ("173", "detaining is an arrest (173)"),
    "CONFINE:imprison": ("173", "imprisoning is an arrest (173)"),
    "CONFINE:incarcerate": ("173", "incarcerating is an arrest (173)"),
    "CONFINE:jail": ("173", "jailing is an arrest (173)"),
    "EXCLUDE:bar": ("", "'barring a disaster' is no coercion"),
    "EXCLUDE:block": ("", "blocking codes with what is blocked (patterns)"),
    "EXCLUDE:exclude": ("", "'excludes losses' is no coercion"),
    "EXCLUDE:shun": ("", "'investors shunned the sector' is no coercion"),
    "EXCLUDE:segregate": ("", _GENERIC),
    "EXCLUDE:boycott": ("163", "a boycott is a sanction (163)"),
    "EXCLUDE:embargo": ("163", "an embargo is a sanction (163)"),
    "EXCLUDE:blacklist": ("163", "blacklisting a party is a sanction (163)"),
    "IMPEL:force": ("", "'was forced to' is no coercion of a party"),
    "IMPEL:reinforce": ("", "reinforcing forces is curated (154)"),
    "IMPEL:enforce": ("", "enforcing a law is no coercion of a party"),
    "IMPOSE": (
        "",
        "imposing codes with what is imposed (the patterns, curated sanctions and curfews)",
    ),
    "SUPPRESS:curb": ("", "'curbs on imports' is no repression"),
    "SUPPRESS:moderate": ("", "'moderate growth' is no repression"),
    "SUPPRESS:constrain": ("", _GENERIC),
    "SUPPRESS:restrain": ("", "'restraint' is appealed for, not repression"),
    "APPREHEND:catch": ("", _GENERIC),
    "APPREHEND:grab": ("", "'grab the attention' is no seizure"),
    "APPREHEND:snatch": ("", _GENERIC),
    "APPREHEND:take": ("", "taking is no seizure alone"),
    "EXTRACT": ("", "pulling or extracting is no seizure ('pulled turnover down')"),
    "TAKE_CONTROL:take over": ("", "a takeover is corporate as often as a seizure"),
    "TAKE_CONTROL:overturn": ("", "overturning a ruling is no coercion"),
    "TAKE_CONTROL:subvert": ("", _GENERIC),
    "TAKE_CONTROL:revolutionise": ("", _GENERIC),
    "TAKE_CONTROL:revolutionize": ("", _GENERIC),
    "PROHIBIT:veto": ("120", "a veto rejects a proposal (120; issue 13: 'including a veto')"),
    "HURT": ("", "damaging, hurting, spoiling are no assault ('results were hurt by costs')"),
    "HURT:injure": ("180", "injuring people is an assault (180)"),
    "HURT:wound": ("180", "wounding people is an assault (180)"),
    "PHYSICAL_CONFLICT:match": ("", "matching an estimate is no fight"),
    "PHYSICAL_CONFLICT:hit": (
        "",
        (
            "'hit hard by the floods', 'hit by the slowdown' are no fight; weapons, aircraft"
            " and forces that hit, and the military targets they hit, are the block's patterns"
        ),
    ),
    "PHYSICAL_CONFLICT:pit": ("", _GENERIC),
    "PHYSICAL_CONFLICT:struggle": ("", "'struggling with losses' is no fight"),
    "PHYSICAL_CONFLICT:wrestle": ("", "wrestling with a problem is no fight"),
    "PHYSICAL_CONFLICT:grapple": ("", "grappling with a problem is no fight"),
    "PHYSICAL_CONFLICT:quarrel": ("", "a quarrel is verbal"),
    "PHYSICAL_CONFLICT:conflict": ("", "'the conflict' is the setting, not an act"),
    "PHYSICAL_CONFLICT:combat": ("", "'to combat inflation' is no fight"),
    "PHYSICAL_CONFLICT:duel": ("", _GENERIC),
    "DESTROY:best": ("", "'the best' is no fight"),
    "DESTROY:break": ("", "'broke the record' is no fight; breaking ties is curated"),
    "DESTROY:bust": ("", _GENERIC),
    "DESTROY:master": ("", _GENERIC),
    "DESTROY:overcome": ("", "overcoming a hurdle is no fight"),
    "DESTROY:overtake": ("", "overtaking a rival is no fight"),
    "REVIVE": (
        "",
        "reviving an economy or a market is no stated intention; talks and ties are curated",
    ),
    "DESTROY:devastate": (
        "",
        (
            "'a devastating earthquake', 'devastated by the floods' are no attack; destroying"
            " a target is the block's patterns"
        ),
    ),
    "DESTROY:overshadow": ("", _GENERIC),
    "DESTROY:dominate": ("", "dominating a market is no fight"),
    "DESTROY:surmount": ("", "surmounting a hurdle is no fight"),
    "DESTROY:defeat": ("", "'conceded defeat', elections and sports are no military force"),
    "DESTROY:ruin": ("", _GENERIC),
    "DESTROY:shatter": ("", "'shattered records' is no fight"),
    "DESTROY:smash": ("", "'smashed records' is no fight"),
    "DESTROY:disarm": (
        "087",
        "disarming is de-escalation (087, PLOVER RETREAT disarm), not force",
    ),
    "DIE": ("", "dying is no act of a party; the killing or the clash is the trigger"),
    "ENGAGE": (
        "",
        "engaging is no fighting ('engaged in activities'); 'engage in combat' is the patterns'",
    ),
    "ENCIRCLE:circle": ("", _GENERIC),
    "ENCIRCLE:ring": ("", "'ring' is a noun"),
    "POUND:ram": ("", _GENERIC),
    "POUND:thump": ("", _GENERIC),
    "RANSACK:foray": ("", "'forays' into markets are no raid"),
    "INVADE:overrun": (
        "190",
        "troops that overrun a position or a garrison take it in battle (19x), no seizure (17x)",
    ),
    "INVADE:inhabit": ("", "inhabiting is no occupation"),
    "INVADE:reside": ("", "residing is no occupation"),
    "INVADE:infest": ("", _GENERIC),
    "OFFEND:stun": ("", "'stunning results' is no criticism"),
    "OFFEND:stupefy": ("", _GENERIC),
    "CANCEL:call off": ("", "calling something off is no break of relations; talks are curated"),
    "LOOSEN:untie": ("", "'untied loan' is no concession"),
    "LOOSEN:undo": ("", _GENERIC),
    "LOOSEN:tease": ("", _GENERIC),
    "LOOSEN:disentangle": ("", _GENERIC),
    "ACQUIT:vindicate": ("", "'vindicated by' is no concession"),
    "INTEND:mean": ("", "'means' and 'meant' are no intention to cooperate"),
    "PREPARE:train": ("", "training is no stated intention"),
    "PREPARE:groom": ("", _GENERIC),
    "PROMISE:ensure": ("", "ensuring is no pledge"),
    "PROMISE:certify": ("", _GENERIC),
    "PROMISE:guarantee": ("", "'credit guarantees' is no pledge"),
    "PROMISE:vouch": ("", _GENERIC),
    "HOPE": ("", "hoping is no appeal to a party ('in the hope of')"),
    "PLEDGE:subscribe": ("", _GENERIC),
    "EXPLAIN_VERBAL": ("", "reporting verbs report: what they report is coded at its own word"),
}

#: Verbs left out with their patterns: "BLOCK:lemma" -> reason.
LEFT_OUT_VERBS: dict[str, str] = {
    "GRANT:accord": "'according to' carries every GRANT pattern ('according to first call')",
    "GRANT:issue": "'issues' is a noun in most copy; issuing visas or statements is no grant",
    "GRANT:loan": "'loan' is a noun in most copy ('loan loss provisions'); lending is GRANT:lend",
    "GRANT:add": "'adding revenue of $900 million' is no aid",
    "START:pioneer": "'pioneer' is a name or a noun in most copy",
    "MOVE:act": "'act' is a noun in most copy ('the act threatens to block')",
    "OBTAIN:earn": "earning is income, never an act between parties ('earns on loans')",
    "INTERVENE:step in": "'a further step in' is a noun phrase in most copy",
    "EXPLAIN_VERBAL:state": "'states' is a noun in most copy ('the United States', 'member states')",
    "EXPLAIN_VERBAL:report": "'report' and 'reports' are nouns in most copy",
    "EXPLAIN_VERBAL:comment": "'comment' and 'comments' are nouns in most copy",
    "EXPLAIN_VERBAL:detail": "'details' is a noun in most copy",
    "EXPLAIN_VERBAL:remark": "'remarks' is a noun in most copy",
    "BOOST:exaggerate": "exaggerating a report is no build-up of force ('had exaggerated battle"
    " reports'); in reported speech it is the speaker's accusation (curated 'misconduct')",
}

_ONE_VERB = "asks only for a preposition and was written for one verb of a large block"

#: An object that only says where a party's troops went: the verb's own code stands.
_OWN_CODE = (
    "a post, a town or a base taken keeps its verb's code: troops that overran it fought"
    " (190), troops that invaded or occupied it took territory (192)"
)

#: Patterns left out: "BLOCK.n" -> reason.
LEFT_OUT_PATTERNS: dict[str, str] = {
    "INVADE.3": _OWN_CODE,
    "INVADE.4": _OWN_CODE,
    "INVADE.5": _OWN_CODE,
    "INVADE.6": _OWN_CODE,
    "INVADE.7": _OWN_CODE,
    "INVADE.8": _OWN_CODE,
    "ARRIVE.2": f"'come to' (040) {_ONE_VERB}: 'comes to its conclusion'",
    "OVERSEE_MANAGE.12": f"'lead to' (030) {_ONE_VERB}: 'led to' is causation",
    "OVERSEE_MANAGE.21": f"'head back' (040) {_ONE_VERB}",
    "OVERSEE_MANAGE.25": f"'head for' (042) {_ONE_VERB}: 'head of state ... for'; arrive_in has 'head to'",
    "OVERSEE_MANAGE.27": f"'head to' (042) {_ONE_VERB}; the curated arrive_in has it",
    "OVERSEE_MANAGE.56": "'conduct activities' (090) is no investigation ('conducting oil activities')",
    "ACCLAIM.20": f"'welcome to' (043) {_ONE_VERB}: 'with respect to'",
    "DEMAND.99": f"'* on' (190) {_ONE_VERB}",
    "PHYSICAL_CONFLICT.67": f"'* for' (111) {_ONE_VERB}",
    "PHYSICAL_CONFLICT.21": f"'* off' (046) {_ONE_VERB}",
    "PHYSICAL_CONFLICT.46": "'hit * results' (111) is markets ('weak margins hit results')",
    "PHYSICAL_CONFLICT.63": "'combat * demand' (111) is markets ('to combat wilting demand')",
    "CONTINUE.21": f"'continue across' (190) {_ONE_VERB}",
    "CONTINUE.26": f"'continue into' (190) {_ONE_VERB}: 'expected to continue into this year'",
    "CONTINUE.6": "'continue efforts' (060) is no cooperation",
    "EXPLOSIVE_DESTRUCTION.28": f"'* for' (111) {_ONE_VERB}",
    "COMPROMISE.5": f"'* with' (050) {_ONE_VERB}: 'negotiating with the government' is no support",
    "DEFEND.10": f"'* from' (052) {_ONE_VERB}",
    "EXCLUDE.22": f"'* from' (160) {_ONE_VERB}: 'excludes loss from'",
    "SUE.2": f"'* for' (173) {_ONE_VERB}: 'sue for peace'",
    "MOBILIZE.5": f"'* before' (090) {_ONE_VERB}",
    "ESTIMATE.1": f"'* on' (020) {_ONE_VERB}",
    "CONCERN.2": f"'* for' (060) {_ONE_VERB}",
    "LINK.2": f"'* with' (0311) {_ONE_VERB}: 'linked with'",
    "IMPORT.1": f"'* from' (061) {_ONE_VERB}",
    "DESPATCH.10": f"'* to' (061) {_ONE_VERB}: 'exports to' is markets",
    "CRASH.18": f"'* for' (111) {_ONE_VERB}",
    "ACQUIT.1": f"'* by' (080) {_ONE_VERB}: 'vindicated by'",
    "MEET_PEOPLE.9": "'meet at' (036) is a meeting, not the intention of one",
    "REPEAT.13": "'echo +' (111): echoing someone's words is no criticism",
    "CONFINE.9": "'hold elections' (0341) is a domestic act",
    "CONFINE.17": "'hold a meeting' (046) is a meeting, not a negotiation: the curated hold_meeting",
    "CONFINE.30": "'hold * approval' (110) reads 'approval at meetings to be held'",
    "CANCEL.9": "'discontinued operations' (080) is accounting",
    "INTEND.6": "'plans for an emergency meeting' (033) is no aid",
    "SELECT.7": "'decided to withdraw' (0356): the withdrawal is coded at 'withdraw' (087)",
    "OFFER.41": "'offered to withdraw' (0356): the withdrawal is coded at 'withdraw' (087)",
    "GRANT.15": "'grant * call' (020) reads 'according to first call'",
    "DEMAND.66": "'press * release' (1053) reads 'a press release'; 'demanded the release' is DEMAND's 100",
    "VISIT.3": "'visit * for talks' (046) is a visit; the talks are coded at 'talks'",
    "HOST.10": "'host a conference' (053) is hosting (043), not support",
    "PHYSICAL_CONFLICT.98": f"'* with' (190) {_ONE_VERB}: 'struggling with losses'; curated clash_with",
    "PHYSICAL_CONFLICT.99": f"'* with' (190) {_ONE_VERB}; curated clash_with",
    "ALLOW.39": "'approved the deal' (051) is a ratification or a company's decision, not praise",
    "DELAY.22": "'postponed the meeting' (161) is no break of relations",
    "INTEND.18": "'the planned deal' (036) is a company's as often; a state's deal is coded at its own word",
    "CONTINUE.3": "'advanced talks' (046): the talks are coded at 'talks' (continue is a support verb)",
    "OBTAIN.5": "'received a call from' is the curated call_from's, with the caller as the source",
    "DOCK.1": "'* ' (042) matches any 'dock' ('dock workers'); a ship's visit is the patterns'",
    "GO_SOMEWHERE.19": f"'* for' (042) {_ONE_VERB} ('attending a conference for ministers'); the curated leave_for",
    "GO_SOMEWHERE.17": "'* meeting' (042): 'left the meeting' is no visit; attending one is the curated attend_meeting (040)",
    "BOOST.27": "'step up * patrols' (130) is no threat: more patrols show force, the curated step_up_patrols (150)",
    "OBTAIN.45": "'receive * dollars' (071) reads 'shareholders would receive $60 a share'; money received from a party is OBTAIN.44",
    "SELL.1": "'sell * products' (061) is a company's trade, no cooperation between states",
    "DEFEND.2": "'shelter * tax' (0211) reads 'the gain will be sheltered by tax losses'",
    "FINANCE.12": "'pay * dollars' (061) reads debt service and purchases ('paid 44 billion dollars to its creditors'); funding a party is the GRANT patterns'",
    "CANCEL.39": "'work *' (160) reads 'months of work ... curbed': the word before the verb is no object",
    "STABILISE.1": "'stabilise the economy' (071) is no aid: a loan or a grant that does it is coded at its own word",
    "SEND.10": "'send a team' (036) is no meeting: rescue and medical teams are the curated send_rescue_team (aid), delegations send_delegation (a visit)",
    "OVERSEE_MANAGE.50": "'lead * rights' (0833) reads 'a leading human rights activist'",
    "COLLABORATE.4": "'ally * against' (110) reads 'a key ally in the war against terrorism'",
    "EXPLAIN_VERBAL.55": "'said * proposal' (020) reads 'said the proposal was unacceptable'; an appeal is coded at its own word",
    "EXPLAIN_VERBAL.80": "'said * support' (051) takes in 'said it will support', which is a promise: 'support' codes itself",
    "EXPLAIN_VERBAL.98": "'said * opposition' (110) reads 'said the opposition would boycott'; expressed opposition is the curated express_concern",
    "EXPLAIN_VERBAL.108": "'said * fears' (110) reads 'said fears of a recession eased': fears are no criticism of a party",
}

#: Blocks of reporting verbs: their patterns keep only the codes in REPORTED_CODES.
REPORTING_BLOCKS: dict[str, str] = {
    "EXPLAIN_VERBAL": (
        "saying, announcing, stating report: an act they report ('said it would release',"
        " 'announced sanctions') is coded at the act's own word, within 4 words of 'said'"
        " a pattern would take any noun; the attitudes they express are theirs"
    ),
}
#: Codes (prefixes) a reporting verb's pattern keeps: appeals, praise, apology, criticism.
REPORTED_CODES = ("02", "051", "055", "11")
