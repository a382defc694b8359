"""Event triggers and their PLOVER category, written from the PLOVER manual's definitions.

One table of (pattern, type, mode, kind). Patterns are regexes over the lower-cased sentence
(word forms spelled out, so no lemmatizer is needed to find candidates: the same table is the
cheap prefilter that decides which sentences go to the parser). `kind` says how a trigger may
be used:
  "verb"   an act stated by a clause ("stormed", "blamed ... for");
  "noun"   a nominal mention ("the attacks", "a car bomb"); definite ones are anaphora that
           join an earlier mention of the article rather than start a new event;
  "toll"   a casualty statement ("were killed", "death toll") that states an ASSAULT;
  "state"  a standing measure named by a noun phrase ("under a state of emergency").
Order matters only for overlapping matches: earlier rows win a span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.prefixes import StartIndex, finditer_at


# (regex, type, mode, kind)
LEXICON: list[tuple[str, str, str | None, str]] = [
    # --- SANCTION: break relations, close links, embargo, expel from alliances
    (r"\b(?:cut(?:s|ting)?|sever(?:s|ed|ing)?|br(?:eak|oke|eaking|eaks) off|suspend(?:s|ed|ing)?|"
     r"downgrad(?:e|ed|es|ing))\s+(?:\w+\s+){0,3}?(?:diplomatic\s+)?(?:ties|relations)\b",
     "SANCTION", "break relations", "verb"),
    (r"\brecall(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?ambassadors?\b", "SANCTION", "recall ambassador", "verb"),
    (r"\bwithdraw(?:s|n|ing)?\s+(?:\w+\s+){0,3}?diplomatic\s+(?:staff|missions?|personnel)\b|"
     r"\bwithdrawing\s+(?:their|its)\s+diplomatic", "SANCTION", "break relations", "verb"),
    (r"\b(?:clos(?:e|ed|es|ing)|seal(?:s|ed|ing)? off|halt(?:s|ed|ing)?|shut(?:s|ting)?(?: down)?)\s+"
     r"(?:\w+\s+){0,4}?(?:border|borders|airspace|seaports?|ports|land crossings|crossings|"
     r"air and sea|sea and air|air,? sea|routes|traffic|embassy)\b", "SANCTION", "close links", "verb"),
    (r"\bclosure of (?:\w+\s+){0,2}?(?:airspace|border|borders|ports|seaports)\b", "SANCTION",
     "close links", "verb"),
    (r"\b(?:impos(?:e|ed|es|ing)|slap(?:ped)?|tighten(?:ed)?|expand(?:ed)?)\s+(?:\w+\s+){0,3}?"
     r"(?:sanctions|embargo|tariffs)\b", "SANCTION", "sanctions", "verb"),
    (r"\bno longer welcome in\b|\bexpel(?:led|s)? \w+ from the (?:coalition|alliance)\b|"
     r"\bsuspend(?:ed|s)? \w+ from\b", "SANCTION", "expel from alliance", "verb"),
    (r"\bboycott(?:s|ed|ing)?\b", "SANCTION", "boycott", "verb"),
    (r"\b(?:suspen(?:d|ded|ds|ding|sion of)|halt(?:s|ed|ing)?|cut(?:s)? off|prohibit(?:s|ed)?|"
     r"reduc(?:e|ed|es)|end(?:s|ed)?|froze|freez(?:e|es|ing))\s+(?:\w+\s+){0,3}?(?:aid|assistance|"
     r"deliveries|air links|flights|mediation|cooperation|trade|loans|supplies|talks)\b|"
     r"\bcancel(?:l?ed|s)? (?:\w+\s+){0,2}?visit\b|\bdeny entry\b", "SANCTION", "cut aid or contact",
     "verb"),
    # --- CONCEDE: ease restrictions, release, ceasefire
    (r"\b(?:lift(?:s|ed|ing)?|eas(?:e|ed|es|ing)|relax(?:ed|es)?)\s+(?:\w+\s+){0,3}?"
     r"(?:curfew|ban|restrictions|blockade|siege|state of emergency|emergency measures|martial law)\b|"
     r"\b(?:curfew|ban|blockade)\s+(?:\w+\s+){0,5}?"
     r"(?:was|were|has been|had been)\s+lifted\b", "CONCEDE", "ease restrictions", "verb"),
    (r"\b(?:releas(?:e|ed|es|ing)|fre(?:e|ed|es|eing))\s+(?:\w+\s+){0,3}?(?:prisoners|hostages|"
     r"detainees|captives|soldiers)\b", "CONCEDE", "release", "verb"),
    (r"\b(?:allow(?:s|ed|ing)? (?:[\w'-]+\s+){0,6}?to (?:return|participate|enter|leave|visit|run|"
     r"hold|bring|operate|resume)|conced(?:e|ed|es|ing)|accept(?:s|ed|ing)? (?:\w+\s+){0,3}?demands|called off|"
     r"cancel(?:l?ed|s)? (?:\w+\s+){0,2}?restrictions|shorten(?:ed|s)? (?:\w+\s+){0,3}?curfew|"
     r"allow(?:s|ed|ing)? (?:\w+\s+){0,4}?to (?:participate|return|run|hold|bring|enter|leave))\b",
     "CONCEDE", "concede", "verb"),
    # --- RETREAT
    (r"\b(?:withdr(?:ew|awn|aw|awing|aws|awal)|evacuat(?:e|ed|es|ing) (?:all |the )?(?:\d+ )?"
     r"(?:settlements|troops|forces|positions|bases)|pull(?:s|ed|ing)? (?:out|back)|retreat(?:s|ed|ing)?|"
     r"redeploy(?:s|ed|ing)? from)\b", "RETREAT", "withdraw", "verb"),
    (r"\babandon(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:positions?|posts?|the border|bases?|checkpoints?)\b",
     "RETREAT", "withdraw", "verb"),
    (r"\bresign(?:s|ed|ing)?\b|\bstepped down\b", "RETREAT", "resign", "verb"),
    (r"\b(?:surrender(?:s|ed|ing)?|demobili[sz](?:e|ed|es|ing|ation)|disarm(?:ed|ing)?|"
     r"(?:declared|announced) (?:a |an )?(?:unilateral )?(?:ceasefire|cease-fire|truce)|"
     r"(?:lift(?:s|ed|ing)?|eas(?:e|ed|ing)) (?:\w+\s+){0,3}?blockade|"
     r"re-?open(?:s|ed|ing)? (?:\w+\s+){0,3}?(?:border|bridge|crossing|crossings|airport|port)|"
     r"paid compensation)\b", "RETREAT", "de-escalate", "verb"),
    # --- MOBILIZE
    (r"\b(?:deploy(?:s|ed|ing)?|send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?|rush(?:ed)?|mass(?:ed|ing))"
     r"\s+(?:\w+[\s,]+){0,4}?(?:troops|soldiers|personnel|forces|marines|police(?:men)?|warships|"
     r"jets|reinforcements|units|paratroopers|army)\b", "MOBILIZE", "deploy", "verb"),
    (r"\b(?:on|of) (?:high |heightened |maximum )?alert\b", "MOBILIZE", "alert", "verb"),
    (r"\bmobili[sz](?:e|ed|es|ing|ation)\b", "MOBILIZE", "mobilize", "verb"),
    (r"\b(?:strengthen(?:ed|s)?|reinforc(?:e|ed|es)|beef(?:ed)? up|boost(?:ed)?)\s+(?:\w+\s+){0,2}?"
     r"(?:forces|troops|presence|military|defen[cs]es)\b|\bordered patrols\b|\bpatrols? by\b|"
     r"\b(?:troops|forces) (?:were |have been )?(?:massed|deployed|stationed)\b", "MOBILIZE", "deploy", "verb"),
    (r"\b(?:extra|additional|more)\s+(?:\d[\d,]*\s+)?(?:troops|soldiers|police officers)\b",
     "MOBILIZE", "deploy", "verb"),
    # --- COERCE
    (r"\bstate of (?:emergency|siege)\b|\bmartial law\b", "COERCE", "state of emergency", "state"),
    (r"\bcurfews?\b", "COERCE", "curfew", "state"),
    (r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|round(?:ed|ing)? up|in custody|"
     r"taken into custody)\b", "COERCE", "arrest", "verb"),
    (r"\b(?:expel(?:s|led|ling)?|deport(?:s|ed|ing)?|eject(?:s|ed|ing)?|evict(?:s|ed|ing)?|"
     r"drive out|drove out|driven out|ordered (?:\w+\s+){0,3}?(?:out of|to leave))\b|"
     r"\b(?:hours|days|weeks) to (?:leave|return home)\b|\bto leave (?:the country|their countries|"
     r"\w+) (?:within|in the next)\b", "COERCE", "expel", "verb"),
    (r"\b(?:seiz(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|took over|take over|"
     r"taken over|took control|taken control|swept through|sweep through|occup(?:y|ied|ies|ying))\b",
     "COERCE", "seize", "verb"),
    (r"\bbann(?:ed|ing)\b|\bbans\b|\bban on\b", "COERCE", "ban", "verb"),
    (r"\b(?:blocked|blocking|shut down|cut off)\s+(?:\w+\s+){0,4}?(?:social media|internet|facebook|"
     r"whatsapp|websites|access)\b|\bsocial media ban\b|\b(?:social media|networks|apps)[\w\s,]{0,60}"
     r"(?:have been|were|was) blocked\b", "COERCE", "censor", "verb"),
    (r"\b(?:confiscat(?:e|ed|es|ing)|outlaw(?:s|ed)?|forc(?:ed|ing) (?:\w+\s+){0,4}?out|"
     r"hack(?:ed|ing)? into|defac(?:e|ed|ing)|(?:re)?impos(?:e|ed|es|ing) (?:\w+\s+){0,2}?blockades?|"
     r"human shields|suspend publication|indict(?:ed|s)?|jailed|sentenc(?:e|ed) \w+ to)\b",
     "COERCE", "coerce", "verb"),
    (r"\bborder checks\b|\bcheckpoints? (?:set up|established)\b", "COERCE", "border control", "verb"),
    (r"\bset (?:\w+\s+){0,4}?(?:on fire|ablaze|alight)\b|\b(?:torched|burn(?:ed|t) down|razed|"
     r"demolish(?:ed|ing)|blown up|blew up)\b|\bhouses (?:were )?burnt\b", "COERCE", "destroy property",
     "verb"),
    # --- ASSAULT
    (r"\b(?:suicide )?(?:car |truck |roadside |suicide )?bomb(?:s|ings?|ers?|ed)?\b|\bblasts?\b|"
     r"\bexplosions?\b|\bexplod(?:e|ed|es|ing)\b|\bdetonat(?:e|ed|ing|ion)\b|\bexplosive belts?\b|"
     r"\bsuicide vests?\b|\bblew (?:themselves|himself) up\b", "ASSAULT", "explosion", "noun"),
    (r"\b(?:air ?strikes?|airstrikes?|air raids?|bombard(?:ed|ment|ing)?|shell(?:ed|ing)|"
     r"missile strikes?|drone strikes?|shot down|warplanes?|fighter jets?|helicopter gunships?)\b",
     "ASSAULT", "aerial", "verb"),
    (r"\b(?:shot dead|gunned down|open(?:ed)? fire|fired (?:on|at|upon|back)|gunfire|"
     r"shootings?|sniper fire|live fire|live ammunition|firing tear gas and automatic)\b",
     "ASSAULT", "firearms", "verb"),
    (r"\b(?:rap(?:e|ed|es|ing)|sexually (?:abused|assaulted)|sexual violence|assassinat(?:e|ed|ion)|"
     r"ethnic cleansing|lynch(?:ed|ing)?)\b", "ASSAULT", "violence", "verb"),
    (r"\b(?:abduct(?:s|ed|ing|ion)?|kidnap(?:s|ped|ping)?|hostages?|hostage-taking|took hostage)\b",
     "ASSAULT", "abduction", "verb"),
    (r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|storm(?:s|ed|ing)|raid(?:s|ed|ing)?|"
     r"ambush(?:es|ed)?|massacre[ds]?|slaughter(?:s|ed)?|offensive|onslaught|clash(?:es|ed|ing)?|"
     r"fighting|fought|battles?|battled|crackdown|shot|shooting|stabb(?:ed|ing)|beat(?:en|ing)?|"
     r"kick(?:ed)?|tortur(?:e|ed)|behead(?:ed|ing)|execut(?:ed|ions?)|killings?|violence|"
     r"(?:petrol|molotov) (?:bombs|cocktails)|arson|broke up|dispers(?:e|ed|ing|al)|"
     r"swept in to clear|cleared of|overr(?:an|un|unning))\b", "ASSAULT", None, "noun"),
    (r"\b(?:kill(?:s|ed|ing)?|dead|died|deaths?|death toll|toll|murder(?:ed|s)?|wound(?:ed|ing)|"
     r"injur(?:ed|ing|ies)|lives|bodies|perished|casualties)\b", "ASSAULT", None, "toll"),
    # --- PROTEST
    (r"\b(?:protest(?:ed|ing)?|protests|demonstrat(?:ed|ing|ions?)|rall(?:ied|ies|ying)|marched|"
     r"took to the streets|regrouped|(?:are|were|have been) gathering|(?:general|hunger) strike|"
     r"riot(?:s|ed|ing)?|(?:went|go|are|were) on strike|open-ended strike|stopped work|walkout|"
     r"block(?:ed|ing|ade)? (?:\w+\s+){0,3}?(?:roads?|streets?|bridge|highway|transport|traffic|square))\b",
     "PROTEST", "demonstrate", "verb"),
    # --- THREATEN
    (r"\bthreaten(?:s|ed|ing)?\b|\bmade threats\b|\bwarn(?:s|ed|ing)? (?:\w+\s+){0,4}?(?:would|will|of)\b|"
     r"\bultimatum\b|\bvow(?:s|ed|ing)? (?:to|that)\b|\bor die\b|\b(?:hours|days) to convert\b|"
     r"\b(?:target list|list of targets|top target)\b|\bwould not live (?:peacefully|in peace)\b",
     "THREATEN", None, "verb"),
    # --- ACCUSE
    (r"\b(?:accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|condemn(?:s|ed|ing|ation)?|denounc(?:e|ed|es|ing)|"
     r"criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|slamm?(?:ed|s)?|lambast(?:ed|s)?|"
     r"decr(?:y|ied|ies)|regrett?(?:ed|s)?|outraged|held (?:\w+\s+){0,3}?responsible|"
     r"named (?:\w+\s+){0,4}?as being responsible|(?:is|was|were|are) behind|"
     r"violation of (?:its|their) sovereignty|no legitimate justification|unjustified|"
     r"(?:a|the) (?:historic|bad) mistake|described (?:\w+\s+){0,5}?as (?:a|an) (?:terrorist|historic)|"
     r"calling (?:\w+\s+){0,4}?(?:a|an) (?:massacre|act of war)|failed to heed|flawed|dangerous|"
     r"complain(?:s|ed|ing)?|lodged (?:\w+\s+){0,2}?protest|charg(?:ed|ing) (?:\w+\s+){0,3}?with|"
     r"su(?:e|ed|es|ing) (?:\w+\s+){0,3}?for|alleg(?:e|es|ing)|alleged that|summoned (?:\w+\s+){0,3}?ambassador)\b",
     "ACCUSE", None, "verb"),
    # --- REQUEST
    (r"\b(?:urg(?:e|ed|es|ing)|call(?:s|ed|ing)? (?:on|upon|for)|demand(?:s|ed|ing)?|"
     r"appeal(?:s|ed|ing)? (?:to|for)|request(?:s|ed|ing)?|ask(?:s|ed|ing)? (?:\w+\s+){0,4}?(?:to|for)|"
     r"plead(?:s|ed|ing)?|sought|seek(?:s|ing)?|push(?:ed|es|ing)? (?:hard )?for|"
     r"pressur(?:e|ed|es|ing) (?:\w+\s+){0,3}?to|ordered (?:\w+\s+){0,4}?to appear|"
     r"press(?:ed|es|ing)? (?:\w+\s+){0,3}?to)\b", "REQUEST", None, "verb"),
    # --- REJECT
    (r"\b(?:reject(?:s|ed|ing)?|refus(?:e|ed|es|ing)|rebuff(?:ed|s)?|turned down|veto(?:ed|es)?|"
     r"will not be bound|not be bound|declin(?:e|ed|es|ing) to|den(?:y|ied|ies) (?!\w+ (?:involvement|"
     r"responsibility|claims|reports))|reneg(?:e|ed)|failed to reach|dismiss(?:ed|es)|opposed to|"
     r"violat(?:e|ed) (?:a|the) ban|will not accept|would not (?:meet|accept)|out of the question)\b",
     "REJECT", None, "verb"),
    # --- AGREE
    (r"\b(?:agreement|deal|accord|treaty|truce|ceasefire|cease-fire)\s+(?:\w+\s+){0,3}?"
     r"(?:was |has been |had been )?(?:reached|struck|signed|sealed|agreed|hammered out)\b|"
     r"\b(?:reached|struck|signed|sealed|clinched) (?:a |an |the )?(?:\w+\s+){0,3}?"
     r"(?:agreement|deal|accord|treaty|truce|ceasefire)\b|\bagree(?:d|s)? (?:to|on|upon|in principle)\b|"
     r"\b(?:offer(?:s|ed|ing)? (?:to|its|their)|promis(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|"
     r"accept(?:s|ed|ing)? (?:a|an|the) (?:formula|offer|proposal|plan)|reached a consensus|"
     r"(?:is|are|was|were) (?:willing|ready|committed) to (?:negotiate|talk|cooperate|help|accept|"
     r"sign|meet|discuss|work|share|support|provide|resume))\b",
     "AGREE", None, "verb"),
    # --- CONSULT
    (r"\b(?:met|meets|meeting|talks|spoke|phone call|telephone|visit(?:s|ed|ing)?|hosted|"
     r"negotiat(?:e|ed|es|ing|ions)|conferred|summit|telephon(?:e|ed)|mediat(?:e|ed|ion|ing)|"
     r"arrived in|welcome to|gave (?:a |an )?(?:\w+ )?welcome|received (?:a|an) (?:delegation|mission|envoy))\b",
     "CONSULT", None, "verb"),
    # --- SUPPORT
    (r"\b(?:prais(?:e|ed|es|ing)|(?:will|would) support|support(?:s|ed|ing) (?:the |its |their |his |her )?"
     r"(?:efforts|resolution|plan|proposal|bid|right|call|decision|government|president|move|measures)|commend(?:s|ed|ing)?|endors(?:e|ed|es|ing)|"
     r"express(?:ed|es)? (?:\w+\s+){0,2}?(?:support|solidarity)|welcom(?:e|ed|es|ing) the|"
     r"apologi[sz](?:e|ed|es|ing)|forgiv(?:e|en|ing)|defend(?:ed|s)? the right|upgraded (?:\w+\s+){0,2}?ties|"
     r"establish(?:ed|es)? (?:diplomatic )?(?:ties|relations)|recogni[sz](?:e|ed) (?:the )?independence)\b",
     "SUPPORT", "praise", "verb"),
    # --- AID / COOPERATE
    (r"\b(?:humanitarian aid|aid convoys?|relief supplies|food aid|provid(?:e|ed|es|ing) "
     r"(?:\w+\s+){0,4}?(?:aid|assistance|weapons|arms|training|intelligence|photographs)|donat(?:e|ed|es)|"
     r"gave (?:\w+\s+){0,5}?(?:aid|grant|loan)|grant(?:ed|s)? (?:\w+\s+){0,2}?(?:asylum|aid|a grant)|"
     r"send (?:\w+\s+){0,2}?(?:arms|aid|weapons)|evacuat(?:e|ed|ing) the (?:wounded|injured)|"
     r"peacekeep(?:ing|ers)|handed over (?:\w+\s+){0,4}?(?:medicine|supplies|food))\b", "AID", None, "verb"),
    (r"\b(?:cooperat(?:e|ed|ion)|joint (?:operation|patrols?|exercises?)|share intelligence|"
     r"restor(?:e|ed) (?:diplomatic )?(?:ties|relations)|shar(?:e|ed|es|ing) (?:\w+\s+){0,2}?"
     r"(?:expertise|evidence|intelligence|information|data)|extradit(?:e|ed|es|ing)|war games)\b",
     "COOPERATE", None, "verb"),
]


@dataclass
class Trigger:
    start: int           # character offsets inside the sentence
    end: int
    type: str
    mode: str | None
    kind: str
    text: str


_COMPILED = [(re.compile(p, re.I), t, m, k) for p, t, m, k in LEXICON]
# per row, the word starts where it may match (nlp/prefixes: the rows' literal openings)
PREFILTER = re.compile("|".join(f"(?:{p})" for p, _, _, _ in LEXICON), re.I)

# phrases that contain a trigger word but never state a political event
NOT_EVENTS = re.compile(
    r"\b(?:heart attack|panic attack|asthma attack|attacking midfielder|attacking player|"
    r"shot at goal|photo ?shoot|bank deal|transfer deal|record deal|book deal|"
    r"(?:bull|bear) market|market rally|shares rall|stocks rall|ftse|dow jones|nasdaq|"
    r"talks? show|price war|war of words|deadline|riot police|riot gear|riot squad|"
    r"spoke on condition|spoke to (?:reporters|journalists|the media|the press)|"
    r"sought (?:medical|treatment|hospital|shelter)|"
    r"(?:medical|hospital) (?:treatment|assistance))\b", re.I)

# one gate index for the table rows and, as the last row, NOT_EVENTS
_STARTS = StartIndex([p for p, _, _, _ in LEXICON] + [NOT_EVENTS.pattern], re.I)
_UNGATED = frozenset(_STARTS.ungated)
_BLOCK_ROW = len(LEXICON)

_MAYBE_BLOCK = re.compile(r"attack|attacking|shot|deal|market|rall|ftse|dow|nasdaq|talk|war|deadline|"
                          r"riot|spoke|sought|medical|hospital", re.I)

# words whose presence marks sport, markets, food, entertainment: events there need a
# stronger cue (a political actor class) to survive
OFF_TOPIC = re.compile(
    r"\b(?:goals?|striker|midfielder|defender|transfer|signing|premier league|club|coach|"
    r"season|shares|stocks|investors|index|points|percent|oven|recipe|pasta|tablespoons?|"
    r"film|movie|actor|director|cast|audience|album|song|box office)\b", re.I)


def candidates(text: str) -> bool:
    """Cheap prefilter: could this sentence state an event at all?"""
    return bool(PREFILTER.search(text))


def find_triggers(text: str) -> list[Trigger]:
    """Every trigger in a sentence; where matches overlap, the earlier table row wins.
    Phrases of NOT_EVENTS block what they cover. (Row by row is faster here than one big
    alternation. Each row is tried only at the word starts that open one of its matches,
    see nlp/prefixes: same triggers, a fifth of the time.)"""
    starts = _STARTS.starts(text)
    if starts is None or _BLOCK_ROW in _UNGATED:
        blocked = [(m.start(), m.end()) for m in NOT_EVENTS.finditer(text)] if _MAYBE_BLOCK.search(text) else []
    else:
        blocked = [(m.start(), m.end()) for m in finditer_at(NOT_EVENTS, text, starts.get(_BLOCK_ROW, ()))]
    taken = blocked
    out: list[Trigger] = []
    for r, (rx, typ, mode, kind) in enumerate(_COMPILED):
        if starts is None or r in _UNGATED:
            matches = rx.finditer(text)
        elif r in starts:
            matches = finditer_at(rx, text, starts[r])
        else:
            continue
        for m in matches:
            a, b = m.start(), m.end()
            if taken and any(a < y and x < b for x, y in taken):
                continue
            taken = taken + [(a, b)]
            out.append(Trigger(a, b, typ, mode, kind, m.group(0)))
    out.sort(key=lambda t: t.start)
    return out

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "REJECT", "ACCUSE"}


def intent_type(typ: str, modal: str | None) -> str:
    """PLOVER codes a stated intention by its polarity: willingness to cooperate is AGREE,
    intent to take conflictual action is THREATEN, what another party "must" do is REQUEST."""
    if modal in ("must", "should"):
        return "REQUEST"
    if modal == "unless":
        return "THREATEN"
    if typ in COOPERATIVE:
        return "AGREE"
    if typ in CONFLICTUAL:
        return "THREATEN"
    return typ
