"""Phrases that hold a trigger word but never state a political event ("heart attack",
"war of words", "press release"), kept apart from the trigger table in plover.py: they block
the spans they cover before any row may claim them, so one table answers "is this an event
word here?" and this one "is this phrase something else?".
"""
from __future__ import annotations

import re

from ..nlp.prefixes import finditer_at
from .not_events_aside import aside_spans

# phrases that contain a trigger word but never state a political event
NOT_EVENTS = re.compile(
    r"\b(?:heart attack|panic attack|asthma attack|attacking midfielder|attacking player|"
    r"shot at goal|photo ?shoot|bank deal|transfer deal|record deal|book deal|"
    r"(?:bull|bear) market|market rally|shares rall|stocks rall|ftse|dow jones|nasdaq|"
    r"rall(?:y|ies|ied|ying)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:country|nation|public|support|"
    r"supporters|allies|behind|around)\b|"
    r"talks? show|price war|war of words|deadline|riot police|riot gear|riot squad|"
    # squads and kit named after the threat they meet ("bomb squad members in blast suits")
    r"bomb[- ](?:squads?|disposal|technicians?|sniffing|suits?|shelters?|proof)|blast[- ](?:suits?|walls?|proof)|"
    r"spoke on condition|(?:spoke|spoken) to (?:reporters|journalists|the media|the press)|(?:spoke|spoken) (?:of|about)\b|"
    r"sought (?:medical|treatment|hospital|shelter)|"
    r"(?:medical|hospital) (?:treatment|assistance)|"
    r"(?:forecasts?|outlook|recipes?|budget|bill|law|plan|design|schedule|policy|rules?|guidelines|blueprint)"
    r"(?:['’]s)? (?:[\w'’-]+\s+){0,2}?calls? for|"
    r"(?:flights?|games?|matches|races?|concerts?|shows?|events?|classes|trains?|services|festivals?|parades?|"
    r"ceremon(?:y|ies)|trips?|tours?|sailings)\s+(?:[\w'’$€£.,-]+\s+){0,4}?called off|"
    r"preparations? for (?:[\w'’-]+\s+){0,2}?(?:attacks?|war|battle|strikes?|assault)|"
    r"storm(?:s|ed|ing)? (?:out|off)\b|in protest (?:at|against|over|of|to)\b|"
    r"(?:for|on|at|to|attend(?:s|ed|ing)?) (?:a|an|the|his|her|their|its) (?:[\w'’-]+ )?retreats?\b"
    r"(?! (?:of|from|by|to|into|across|toward|towards)\b)|\bretreat (?:centre|center|house)s?|"
    r"(?:take|takes|took|taking|taken) (?:a |another )?(?:[\w-]+ )?(?:shot|swipe|jab) at|(?:parting|cheap) shot|"
    r"plead(?:s|ed|ing)? (?:not )?guilty|pled (?:not )?guilty|plead(?:s|ed|ing)? no contest|"
    r"withdr(?:aw|aws|ew|awn|awing) (?:[\w'’$€£.,-]+\s+){0,3}?(?:statement|remarks?|comments?|claims?|allegations?|"
    r"application|candidacy|nomination|lawsuit|complaint|bill|name|tweet|post|apology)s?|"
    r"(?:nuclear|atomic|hydrogen|thermonuclear) (?:bombs?|weapons?|warheads?|arsenal)(?! tests?)|"
    r"(?:pulled|pulling|dragged|rescued) (?:out of|from) (?:the |a )?(?:water|river|sea|lake|rubble|wreckage|"
    r"debris|car|vehicle|mud|snow)|"
    r"(?:be|been|being|was|were|is|are) met with|(?:is|are|was|were|been|being) used (?:as|for|to) "
    r"(?:[\w'’$€£.,-]+\s+){0,2}?[\w'’-]+|"
    r"(?:statement|video|report|footage|recording|message|audio|images?|photos?|figures|data|sketch|letter|"
    r"transcript|poll|survey|documents?|emails?|records|memo|tapes?|sheet|list|details|results|findings|"
    r"names|pictures?|book|album|film|version|guidelines|cables?|study)\s+"
    r"(?:[\w'’$€£.,-]+\s+){0,4}?released|"
    r"(?:captured|caught) (?:live )?on (?:[\w'’-]+\s+){0,2}?(?:camera|video|film|tape|television|tv|cctv)|"
    r"(?:met|meet|meets|meeting) (?:the |its |their )?(?:criteria|targets?|deadline|demands?|requirements|goals?|"
    r"standards?|expectations|needs|obligations|costs?)|"
    # a law named after an act is no act ("the extradition bill", "anti-extradition protesters")
    r"(?:anti-)?extradition (?:bill|law|legislation|amendments?|ordinance)\b|anti-extradition\b|"
    # a standing campaign told as background ("the army is fighting a Maoist insurgency")
    r"(?:is|are|was|were|been) (?:fighting|battling|combating|combatting) (?:a|an) (?:[\w'’-]+\s+){0,3}?"
    r"(?:insurgency|insurgencies|rebellion|separatist campaign)\b|"
    # a press conference is no meeting between parties ("met the press", "meeting reporters"),
    # and tape ringing a crime scene is no siege ("Police tape surrounded the scene")
    r"(?:met|meet|meets|meeting) (?:with )?(?:the )?(?:press|reporters|journalists|media|news media)\b|"
    r"(?:police|crime[- ]scene|yellow|cordon) tape (?:[\w'’-]+\s+){0,1}?surround(?:s|ed|ing)?\b|"
    r"(?:declin|refus)(?:e|es|ed|ing) to (?:comment|elaborate|speculate|discuss|be (?:named|identified)|"
    r"give (?:his|her|their) (?:full |last )?names?|confirm or deny)|"
    r"pull(?:s|ed|ing)? out (?:his|her|their|the|what (?:appeared|looked|seemed) to be (?:a|an)) "
    r"(?:gun|weapon|pistol|handgun|knife|rifle|firearm)|"
    # an object drawn out ("pulled out a [weapon]"): a withdrawal takes no indefinite object
    # ("pulled out of the town", "pulled out its troops")
    r"pull(?:s|ed|ing)? out (?:a|an) [\w'’-]+|"
    r"(?:was|is|were|are|lies|lay|came|come|got|get|very|too|so|dangerously) close to|"
    r"(?:non-)?life[- ]threatening|"
    # a risk told with "threaten" whose object is a state of affairs, not a party ("the fighting
    # threatens a new famine", "threatened to derail the truce"): no party warns anyone
    r"threaten(?:s|ed|ing)? (?:to (?:trigger|spark|cause|unleash|derail|undermine|wreck|worsen|deepen) )?"
    r"(?:another |a |an |the |new |fresh |further )?(?:[\w'’-]+ ){0,2}?(?:crisis|crises|catastrophe|disaster|"
    r"collapse|exodus|famine|shortages?|stability|peace process|economy|livelihoods|recovery)|verbal(?:ly)? (?:assault|attack|abus)\w*|rape culture|"
    r"call(?:ed|s|ing)? off (?:their|his|her|the|our) (?:wedding|engagement|marriage|honeymoon|date|holiday|vacation)|"
    r"(?:accidentally )?shot (?:himself|herself|themselves) (?:\w+ ){0,2}?(?:by accident|accidentally)|"
    r"accidentally shot (?:himself|herself|themselves)|"
    r"fight(?:s|ing)? for (?:its|their|his|her|our|my) (?:survival|lives|life|political life)|"
    r"(?:condolences|sympath(?:y|ies)|prayers|thoughts)\s+(?:are |were |is |was )?(?:offered|extended)|"
    r"offer(?:s|ed|ing)? (?:his |her |their |our |its )?(?:deepest |heartfelt |sincere )?(?:condolences|sympath(?:y|ies)|prayers)|"
    r"(?:legal|court|courtroom|political|high-stakes|custody|bidding|budget|election|electoral|uphill|ratings|"
    r"verbal|public relations|pr|price|turf|tug-of|bitter) (?:battles?|fights?|wars?)|"
    r"(?:battle|fight)s? (?:over|for) (?:[\w'’$€£.,-]+\s+){0,5}?(?:votes|ballots|seats|custody|the nomination|"
    r"market share|customers|viewers)|"
    r"sp(?:oke|eaks|eak|eaking) (?:to|with) (?:[\w'’.-]+\s+){0,2}?(?:[\w-]*-TV|TV|television|radio|newspaper|"
    r"station|channel|news agency|reporters|journalists)|"
    r"(?:fight(?:s|ing)?|battl(?:e|es|ed|ing)|combat(?:s|ing)?) (?:against |with )?(?:the )?(?:root causes|poverty|"
    r"corruption|epidemic|pandemic|virus|disease|ebola|covid(?:-19)?|coronavirus|climate change|inflation|"
    r"crime|hunger|cancer|wildfires?|fires?|blaze|flames|obesity|malaria|aids|hiv|unemployment))\b", re.I)

# a cheap gate: every NOT_EVENTS match holds one of these pieces, so a sentence without any
# of them skips the long alternation (used where the word-start index cannot bound the table)
MAYBE_BLOCK = re.compile(r"captured|caught|verbal|retreat|storm|plead|calls? for|called off|preparation|pled|withdr|nuclear|atomic|hydrogen|thermonuclear|appeared|looked|seemed|rape|accident|call|attack|attacking|shot|deal|market|rall|ftse|dow|nasdaq|talk|war|deadline|declin|refus|"
                         r"close|threat|speak|spea|spok|condolence|sympath|prayer|thought|offer|battle|fight|"
                         r"riot|spoke|sought|medical|hospital|met|meet|fight|battl|combat|used|statement|video|report|footage|"
                         r"recording|message|audio|image|photo|figures|data|sketch|letter|transcript|poll|survey|document|"
                         r"email|records|memo|tape|pull|dragg|rescued|sheet|list|details|results|findings|names|picture|book|album|"
                         r"film|version|guidelines|cable|study", re.I)

# words whose presence marks sport, markets, food, entertainment: events there need a
# stronger cue (a political actor class) to survive
OFF_TOPIC = re.compile(
    r"\b(?:goals?|striker|midfielder|defender|transfer|signing|premier league|club|coach|"
    r"season|shares|stocks|investors|index|points|percent|oven|recipe|pasta|tablespoons?|"
    r"film|movie|actor|director|cast|audience|album|song|box office)\b", re.I)


# a retreat that is the target or the place of an attack ("gunmen stormed the hillside retreat"):
# one storms a place, never a withdrawal. Only the noun is blocked (group 1), so the attack verb
# keeps its own trigger
TARGET_RETREAT = re.compile(
    r"\b(?:storm(?:s|ed|ing)?|raid(?:s|ed|ing)?|attack(?:s|ed|ing)?|bomb(?:s|ed|ing)?|shell(?:s|ed|ing)?|"
    r"target(?:s|ed|ing)?|besieg(?:e|es|ed|ing)|(?:fired|opened fire) (?:on|at)) (?:into |inside )?"
    r"(?:a|an|the|his|her|their|its) (?:[\w'’-]+ ){0,3}?(retreats?)\b"
    r"(?! (?:of|from|by|to|into|across|toward|towards)\b)", re.I)


def _target_retreats(text: str) -> list[tuple[int, int]]:
    """The spans of retreat nouns named as an attack's target (a cheap gate first: rare word)."""
    if "retreat" not in text.lower():
        return []
    return [(m.start(1), m.end(1)) for m in TARGET_RETREAT.finditer(text)]


def blocked_spans(text: str, starts: list[int] | None) -> list[tuple[int, int]]:
    """The spans NOT_EVENTS covers in a sentence. `starts` are the word starts where a match
    may open (nlp/prefixes), or None when the index cannot bound the table: then the gate
    decides whether the whole sentence is searched."""
    if starts is None:
        spans = [(m.start(), m.end()) for m in NOT_EVENTS.finditer(text)] if MAYBE_BLOCK.search(text) else []
    else:
        spans = [(m.start(), m.end()) for m in finditer_at(NOT_EVENTS, text, starts)]
    return spans + ungated_spans(text)


def ungated_spans(text: str) -> list[tuple[int, int]]:
    """The blocks that run on every sentence, outside the word-start gate."""
    return _target_retreats(text) + aside_spans(text)
