r"""Trigger rows for acts the main table missed on real coverage (plover.py splices them in after
its ACCUSE rows, so an older row still wins a span it already covers).

Why each row is an event in PLOVER's terms:
- ACCUSE "labelled a crime": calling a deed (or a party's own statement about it) "an admission of
  a war crime", or saying it "amounts to" one, charges its author with a crime, as surely as
  "called it a war crime"; the older row allows no quote mark or "admission of" before the label.
- ACCUSE "called a fabrication": calling the other side's claim "a fabrication", "a hoax" or
  "fake news" accuses the claimant of lying (PLOVER ACCUSE: allege wrongdoing); after a denial the
  label only words the denial (REJECT).
- ACCUSE "hit out at": "hit out at" / "lashed out at" a party or its deed is public criticism
  (PLOVER ACCUSE: criticise, denounce).
- ACCUSE "drew criticism": a party that "faced a barrage of criticism for" or "came under fire for"
  a failure is the one accused; the critics go unnamed, the charge is still an act.
- ACCUSE "said it was organised by": a speaker saying an attack was organised, ordered or
  masterminded by a named party lays the blame on it; the span is the speech verb, so the attack
  keeps its own row. A bare "carried out by" only reports who the attackers were.
- ACCUSE "fingered X for": naming a party as the one behind a deed ("fingered the generals for
  leading the uprising") publicly assigns blame, as "pointed the finger at" does.
- PROTEST "heckle": a crowd booing, jeering or heckling officials, or throwing bottles or stones at
  them, is a demonstration against them (PLOVER PROTEST includes violent protest and riots).
- COOPERATE "works with the authorities": a party's investigators or officers working alongside
  another's authorities, or taking part in (joining) its investigation, is judicial / security
  cooperation (PLOVER COOPERATE: initiate or expand mutual judicial or security cooperation).
- REJECT "dismissed the claims as baseless": describing or dismissing allegations as baseless,
  groundless or lies denies them (PLOVER REJECT: deny an accusation); the older rows want the
  claims as the subject ("the claims are baseless") or "called it false".
- PROTEST "attended a rally": people attending, joining or staging a rally, march or sit-in
  demonstrate (PLOVER PROTEST: demonstrate or rally); the older row knows only the verb
  ("rallied") and the plural noun. A campaign or election rally is a candidate's event, and
  "held a rally" is mostly one, so it is left out.
"""
from __future__ import annotations

import re

from ..nlp import lemma_in
from .plover_more import QUOTE_MARK
from .plover_culprit import CULPRIT_ROWS, culprit_sayer

_W = r"[\w'’$€£.,-]+"
_NOT_CALL_ON = r"(?! (?:on|upon|for|off|in|up|back|out)\b)"
_CRIME = r"(?:war crimes?|crimes? against humanity|genocide|ethnic cleansing|collective punishment|state terrorism)"

RECALL_ROWS: list[tuple[str, str, str | None, str]] = [
    # "calling it an “admission of a war crime”", "branded the raid a “clear case of genocide”"
    (r"\b(?:called|calling|branded|branding|labell?ed|labell?ing|termed|describ(?:ed|ing))" + _NOT_CALL_ON +
     r"(?= (?:" + _W + r"\s+){0,6}?(?:as )?" + QUOTE_MARK + r"(?:(?:a|an|the) )?" + QUOTE_MARK +
     r"(?:[\w'’-]+ )?(?:[\w'’-]+ )?of (?:a |an )?(?:" + _CRIME + r"|crimes?)\b)", "ACCUSE", None, "verb"),
    # "which amounts to an admission of a war crime", "the siege constitutes collective punishment"
    (r"\b(?:amounts?|amounted|amounting) to (?:an? )?(?:[\w'’-]+ of (?:an? )?)?" + _CRIME + r"\b|"
     r"\bconstitut(?:e|es|ed|ing) (?:an? )?" + _CRIME + r"\b", "ACCUSE", None, "verb"),
    # "called the allegations a “fabrication”" (after a denial it is the denial's wording: recall_why)
    (r"\b(?:called|calling|branded|branding|labell?ed|termed)" + _NOT_CALL_ON +
     r"(?= (?:" + _W + r"\s+){0,7}?(?:as )?(?:(?:a|an|the) )?(?:[\w'’-]+ )?" + QUOTE_MARK +
     r"(?:(?:a|an|the) )?(?:fabrications?|fabricated|hoax|fake news|fakes?)\b)",
     "ACCUSE", "fabrication", "verb"),
    # "hit out at the violence", "lashed out at Washington"
    (r"\b(?:hit|hits|hitting|lash(?:ed|es|ing)?) out at\b", "ACCUSE", None, "verb"),
    # "the police faced a barrage of criticism for failing", "came under fire for its handling"
    (r"\b(?:fac(?:e|ed|es|ing)|dr(?:ew|aw|aws|awn|awing)|attract(?:s|ed|ing)?|c(?:a|o)me under)"
     r" (?:[\w'’-]+ ){0,3}?(?:criticism|condemnation|censure)\b(?= (?:for|over)\b)|"
     r"\bc(?:a|o)me under (?:heavy |intense |growing |sharp |fierce )?fire for\b", "ACCUSE", "criticised", "verb"),
    # "Hollande said the attacks had been organised from abroad by Islamic State"
    (r"\b(?:sa(?:id|ys|ying)|claim(?:s|ed|ing)?|insist(?:s|ed|ing)?|stat(?:ed|es|ing)|declar(?:ed|es|ing))"
     r"(?= (?:that )?(?:the |these |those |this |that |last \w+['’]s )?(?:[\w-]+ )?(?:attacks?|bombings?|blasts?|"
     r"massacres?|killings?|shootings?|assaults?|coup(?: attempt)?|plot)\b (?:had |has |have )?(?:been |was |were )"
     r"(?:[\w-]+ly )?(?:organi[sz]ed|orchestrated|masterminded|planned|ordered|directed|sponsored)\b"
     r"[^.;:]{0,40}?\bby\b)", "ACCUSE", None, "verb"),
    # "fingered two colonels for planning the revolt", "fingered X as the culprit"
    (r"\bfinger(?:ed|s|ing)\b(?= (?:[\w'’$€£.,-]+\s+){1,6}?(?:for|as)\b)", "ACCUSE", None, "verb"),
    # "people booed and threw bottles at government ministers"
    (r"\b(?:boo(?:ed|ing)|jeer(?:ed|ing)|heckl(?:ed|ing))\b|"
     r"\b(?:thr(?:ew|own|owing)|hurl(?:ed|ing)) (?:[\w'’$€£.,-]+\s+){0,2}?(?:stones|rocks|bottles|eggs|shoes|"
     r"tomatoes|objects) at\b(?!\s+(?:the\s+|other\s+)?(?:passers-?by|bystanders|pedestrians|commuters|passengers|"
     r"shoppers|civilians|residents|worshippers|children|students)\b)",   # a mob pelting bystanders assaults them
     "PROTEST", "demonstrate", "verb"),
    # "investigators were in the capital working with local authorities", "arrived to take part in the probe"
    (r"\bwork(?:s|ed|ing)? (?:closely |together |jointly )?(?:with|alongside) (?:the )?(?:[\w'’-]+ ){0,2}?"
     r"(?:authorities|police|investigators|prosecutors|detectives)\b|"
     r"\b(?:t(?:ake|akes|ook|aking|aken) part in|join(?:s|ed|ing)?) (?:the |a )?(?:joint )?(?:investigation|probe|inquiry)\b|"
     r"\bjoint (?:investigation|probe|inquiry)\b", "COOPERATE", "judicial", "verb"),
    # "described the allegations as “baseless”", "dismissed the reports as lies"
    (r"\b(?:describ(?:ed|es|ing)|dismiss(?:ed|es|ing)|call(?:ed|s|ing)|brand(?:ed|s|ing)|labell?(?:ed|s|ing)|"
     r"term(?:ed|s|ing))\s+(?:the|these|those|such|his|her|their|its|all)?\s*(?:[\w'’-]+\s+)?(?:allegations?|"
     r"accusations?|claims?|charges?|reports?)\s+(?:as\s+)?" + QUOTE_MARK + r"(?:completely |totally |utterly |entirely |"
     r"simply )?(?:baseless|unfounded|groundless|false|untrue|absurd|ridiculous|lies|nonsense|a lie)\b", "REJECT", "deny", "verb"),
    # "thousands attended a rally in the capital", "students are staging a sit-in"
    (r"\b(?:attend(?:ed|s|ing)?|join(?:ed|s|ing)?|stag(?:ed|es|ing))\s+(?:a|an|the)\s+(?!campaign\b)"
     r"(?:[\w'’-]+\s+){0,2}?(?<!campaign )(?<!election )(?:rally|march|sit-in)\b", "PROTEST", "demonstrate", "verb"),
    *CULPRIT_ROWS,      # blame told as who the evidence points to, the suspect, the insult (plover_culprit.py)
]


# "they must be held accountable", "should be held responsible for the massacre": a modal that
# blames now, not a hypothetical act (the holder is the speaker, who alleges the wrongdoing today)
_IF = re.compile(r"\b(?:if|unless|once|whether)\b", re.I)
_OWED_ACCOUNT = re.compile(r"\b(?:must|should|ought to|have to|has to|need to|needs to)\s+(?:all\s+|also\s+)?be\s+$",
                           re.I)


def blame_by_duty(text: str, tr) -> bool:
    """An ACCUSE "held accountable/responsible" trigger under a modal of duty ("must be held
    accountable"): the modal states the speaker's blame, so it is no unrealised act."""
    return tr.type == "ACCUSE" and tr.text.lower().startswith("held") and \
        bool(_OWED_ACCOUNT.search(text[max(0, tr.start - 30):tr.start])) and not _IF.search(text[:tr.start])


# "denounced the reports, calling them lies": the label words the rejection (REJECT), no new act
_DENIAL = re.compile(r"\b(?:den(?:y|ied|ies|ying)|reject(?:s|ed|ing)?|denounc(?:e|ed|es|ing)|dismiss(?:ed|es|ing)?|"
                     r"refut(?:e|ed|es|ing))\b", re.I)


def recall_why(text: str, tr, why: str | None) -> str | None:
    """The exclusion reason of a trigger after this module's checks: blame under a modal of duty is
    stated now (why None); a claim called a fabrication after a denial words that denial."""
    if why in ("future", "hypothetical") and blame_by_duty(text, tr):
        return None
    if tr.mode == "fabrication" and _DENIAL.search(text[:tr.start]):
        return "a denial's wording"
    return why


_SAY = {"say", "tell", "claim", "insist", "state", "add", "announce", "declare", "allege", "charge", "write"}


def recall_sayer(tr, tok):
    """Who levels the blame of "X singled out the regime, saying it must be held accountable": the
    subject of the nearest speech verb above the trigger (or of the clause a "saying ..." hangs
    from); else None."""
    if (tr.mode or "").startswith("culprit"):
        return culprit_sayer(tr, tok)
    if tok is None or not (tr.type == "ACCUSE" and tr.text.lower().startswith("held")):
        return None
    node, seen = tok, 0
    while node.head.i != node.i and seen < 6:
        node, seen = node.head, seen + 1
        if lemma_in(node, _SAY):
            if node.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in node.children):
                node = node.head
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None
