"""Trigger words used for something other than an act between parties, found by reading
unseen coverage: a source talking to a news outlet (no CONSULT: the press is no party); an
appeal to the public for blood or donations (no political REQUEST); a camera or footage that
"captures" a scene (no seizure); "demonstrated the ..." or "a demonstration of the ..." meaning
"showed" and a crowd gathering in hopes of leaving (no PROTEST); "close to the border" meaning
near (no closure); flights halted at an airport or by an airline (an operational or a company's
step, not a SANCTION by a state); blame laid for *other*, earlier attacks in a comparison; a pledge
told in the pluperfect as the setting; what an early report had said ("Initially it had been
reported that ..."); a private favour asked of the speaker ("he asked me to ...").

Each rule blocks only its group `t` (the trigger word; for an early report, the clause it
reported), so the other triggers of the sentence keep their own readings;
not_events.blocked_spans adds these spans to the table's.
"""
from __future__ import annotations

import re

_W = r"(?:[\w'’.,-]+\s+)"

# (lower-case keys, pattern): a rule's pattern runs only on a sentence that holds one of its keys
RULES = [(keys, re.compile(p, re.I)) for keys, p in (
    # the press as the other side of a talk ("spoke with the wire service", "spoke to Reuters")
    (('spok', 'spea'),
     r"\b(?P<t>sp(?:oke|oken|eaks?|eaking))\s+(?:to|with)\s+" + _W + r"{0,3}?"
     r"(?:wire(?:\s+services?)?|news\s+services?|(?:news|press|wire)\s+agenc(?:y|ies)|newspapers?|"
     r"magazines?|broadcasters?|news\s+outlets?|news\s+networks?|news\s+websites?|podcasts?|"
     r"reuters|associated\s+press|afp|agence\s+france-presse|xinhua|anadolu|interfax|bbc|cnn|al\s+jazeera)\b"),
    # an appeal to the public for blood, donors or volunteers
    (('blood', 'donor', 'donation', 'volunteer'),
     r"\b(?P<t>(?:ask|appeal|call|urg|plead)\w*)\s+(?:(?:for|on)\s+|(?:[\w'’-]+\s+){0,3}?(?:to\s+(?:give|donate)|for)\s+)"
     r"(?:[\w'’-]+\s+){0,3}?(?:blood|donors?|donations?|volunteers)\b"),
    # a recording that "captures" a scene
    (('captur',),
     r"\b(?:footage|videos?|clips?|cameras?|cctv|images?|photos?|photographs?|pictures?|recordings?|"
     r"livestreams?)\b\s+" + _W + r"{0,6}?(?:(?:appear|seem)(?:s|ed)?\s+to\s+|(?:has|have|had)\s+)?"
     r"(?P<t>captur(?:e|es|ed|ing))\b"),
    # "demonstrated that ...", "demonstrated the force of ...": showed
    (('demonstrat',),
     r"\b(?P<t>demonstrat(?:e|es|ed|ing))\s+(?:that|how|what|why|whether|"
     r"(?:the|a|an|his|her|its|this)\s+(?:[\w'’-]+\s+){0,3}?(?:of|to|in|that)\b)"),
    # "a demonstration of the ...": a showing, not a rally
    (('demonstration',),
     r"\b(?P<t>demonstrations?)\s+of\s+(?:the|its|his|her|their|how|what)\b"),
    # "close to the border": near it (the verb "close" takes its object without "to")
    (('close to',),
     r"\b(?P<t>close)(?<!will close)(?<!would close)(?<!to close)(?<!must close)(?<!could close)(?<!may close)"
     r"(?<!might close)(?<!can close)(?<!should close)\s+to\s+(?:the|a|an|its|his|her|their|\d)"),
    # flights stopped at or from an airport: an operational halt, not a measure against a party
    (('flights',),
     r"\b(?P<t>suspen(?:d|ded|ds|ding|sion\s+of)|halt(?:s|ed|ing)?)\s+" + _W + r"{0,3}?flights\s+"
     r"(?:at|from|out\s+of|in\s+and\s+out\s+of)\s+" + _W + r"{0,4}?(?:airports?|hubs?|terminals?)\b"),
    # a named airline's own timetable ("X Airways said it would suspend flights to Y"): a
    # company's step, not a state's measure (a state's order to its carrier names the state;
    # "airlines" at large halting flights tell the state's closure of its airspace)
    (('airways', 'airline', 'air lines'),
     r"\b(?-i:[A-Z][\w'’-]*\s+(?:Airways|Airlines?|Air\s+Lines))\b(?:,[^,.;]{0,60},)?(?:\s+(?!(?:was|were)\s+"
     r"(?:ordered|told|forced|asked))[\w'’-]+){0,8}?\s+(?P<t>suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|"
     r"stop(?:s|ped|ping)?)\s+(?:[\w'’-]+\s+){0,3}?(?:flights|flying)\b"),
    # blame for the other attacks of a comparison ("the third attack this year, with two others blamed on ...")
    (('blamed on',),
     r"\b(?:others?|another)\s+(?:(?:were|was|have\s+been|had\s+been|being|also)\s+){0,2}"
     r"(?P<t>blamed)\s+on\b"),
    # a crowd gathered to get away or be let in, not to protest ("gathering at the gates hoping to board")
    (('gathering',),
     r"\b(?:are|were|have\s+been|had\s+been)\s+(?P<t>gathering)\s+" + _W + r"{0,8}?(?:in\s+(?:the\s+)?hopes?\s+of|"
     r"hoping\s+to|waiting\s+(?:to|for)|to\s+(?:flee|leave|board|escape|catch|get\s+(?:on|out|into)))\b"),
    # a pledge told in the pluperfect of the sentence's own clause ("The government had vowed to
    # ..."): the setting before the story's act; reported speech ("said X had vowed", "X had
    # promised ..., a spokesman said") keeps it. "had agreed" is left alone: it often reports a deal
    (('pledged', 'promised', 'vowed'),
     r"^[\"“‘']?(?:(?!(?:said|says|say|told|tells|that|according|announced|reported|added)\b)[\w'’.-]+\s+){1,6}"
     r"had\s+(?:already\s+|previously\s+|earlier\s+|long\s+)?(?P<t>pledged|promised|vowed)\b"
     r"(?![^\n]*,\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|reported|added|announced|confirmed)\b)"),
    # an early report the story has moved past ("Initially it had been reported that ..."):
    # every trigger of what it reported
    (('it had been', 'it was'),
     r"^\W*(?:(?:initially|originally|at\s+first|earlier)\s*,?\s+it\s+(?:had\s+been|was)|it\s+had\s+been)\s+"
     r"(?:widely\s+|wrongly\s+|mistakenly\s+)?(?:reported|rumou?red|thought|believed)\s+that\b(?P<t>.+)$"),
    # a private favour asked of the speaker ("he asked me to call ..."), with its verb
    ((' me ',),
     r"\b(?P<t>(?:ask(?:s|ed|ing)?|begg(?:ed|ing)|beg|urg(?:e|ed|ing))\s+me\s+(?:to|for)"
     r"(?:\s+\w+(?:\s+(?:on|up|in|back))?)?)\b"),
)]


def aside_spans(text: str) -> list[tuple[int, int]]:
    """The trigger spans the aside rules block in a sentence (each rule's keys gate it)."""
    has = text.lower().__contains__
    return [(m.start("t"), m.end("t")) for keys, rx in RULES if any(map(has, keys))
            for m in rx.finditer(text)]
