"""Triggers whose PLOVER type the words next to them change (plover.retype reads these after
the vow rule): a promise of harm is a threat (the harm named after the verb, or before its
participle: "the force promised by"), damage told of a blast is the blast, a raid that
only detains is a detention, denouncing the reports is a denial, a summons to explain a
request. Kept apart so plover.py stays a table and under the size cap."""
from __future__ import annotations

import re
from dataclasses import replace

# a promise whose content is harm to someone is a threat (manual: THREATEN), not an AGREE:
# "promised that Iran would pay a big price", "promising to hunt down the perpetrators",
# "promised to end the siege", "pledged to bring those responsible to justice"
PROMISE = re.compile(r"(?:promis|pledg)", re.I)
PROMISED_HARM = re.compile(r"^[^.;:]{0,60}?\b(?:pay (?:a |the )?(?:[\w-]+ )?price|pay dearly|make (?:[\w'’-]+ ){1,6}?pay\b|"
                           r"hunt(?:s|ed|ing)? (?:[\w'’-]+ )?down|retaliat\w*|aveng\w*|reveng\w*|punish\w*|crush\w*|"
                           r"wipe (?:[\w'’-]+ )?out|annihilat\w*|strike back|hit back|defeat\w*|"
                           r"bring (?:[\w'’-]+ ){0,5}?to (?:account|justice|book)|"
                           r"(?:end|break|crush) (?:the|this|a) (?:siege|stand-?off|occupation|rebellion|insurgency))",
                           re.I)
# a promise told by its participle names what was promised before it ("met with the force
# promised by the president"): harm named there makes it a threat as well
PROMISED_BY = re.compile(r"^\s+by\b", re.I)
HARM_BEFORE = re.compile(r"\b(?:force|retaliation|revenge|vengeance|retribution|reprisals?|punishment|response|"
                         r"crackdown|war|attacks?|strikes?|offensive)\W{0,3}$", re.I)
# damage told of a blast is the blast's (ASSAULT), unless a party between them did it ("after the
# blast, rioters set cars on fire")
BLAST_BEFORE = re.compile(r"\b(?:explosions?|blasts?|bomb(?:s|ings?)?|detonations?|shelling|shells|missiles?|rockets?|"
                          r"air ?strikes?)\b(?![^.;]*\b(?:protesters|demonstrators|rioters|mobs?|crowds?|militants|"
                          r"soldiers|troops|police|settlers|gunmen|fighters)\b)[^.;]*$", re.I)
# a raid that ends in arrests and harms no one is a detention (manual: COERCE), not an assault
DETENTION = re.compile(r"\b(?:arrest(?:s|ed)?|detain(?:s|ed)?|detention|in custody|taken into custody)\b", re.I)
# denouncing the reports or claims against a party rejects them (manual: REJECT "deny
# accusations"): "strongly denounced the reports, calling them baseless allegations"
DENOUNCING = re.compile(r"(?:denounc|condemn|decr|slam|dismiss)", re.I)
CHARGES = re.compile(r"^\s+(?:the|these|those|such|all|any)\s+(?:[\w'’-]+\s+)?(?:reports?|claims?|allegations?|"
                     r"accusations?|charges|rumou?rs)\b", re.I)
# putting lives at risk is the harm done, not a warning of harm to come ("threatening the lives of
# citizens" told of an attack)
LIVES_AT_RISK = re.compile(r"^\s+(?:the\s+)?(?:lives|safety)\s+of\b", re.I)
# vessels that block a channel or traffic are a state's blockade (manual: COERCE), not a protest,
# unless the sentence tells of protesters
SHIPS_BLOCKING = re.compile(r"^(?!.*\b(?:protest\w*|demonstrat\w*|activists|strik(?:e|ers|ing)|fishermen|farmers|"
                            r"truckers|drivers)\b).*\b(?:ships?|vessels?|warships?|boats?|navy|naval)\b[^.;]{0,80}"
                            r"\bblock(?:ed|ing|ade)?\b", re.I)
# a crowd gathered to condemn something protests (manual: PROTEST "demonstrate"), the
# condemnation is its purpose: "protesters gathered in Istanbul to condemn the attacks"
GATHERED_TO = re.compile(r"\b(?:protesters|demonstrators|crowds?|thousands|hundreds|people|residents|activists|"
                         r"students|mourners)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:gathered|rallied|marched|"
                         r"assembled|took\s+to\s+the\s+streets|poured\s+into\s+the\s+streets)\b[^.;]{0,80}?"
                         r"\bto\s+$|\b(?:protests?|rall(?:y|ies)|demonstrations?|marches|vigils?)\s+$", re.I)
# troops ringing a place while a gunfight goes on are part of the armed operation (the dev
# gold cites "soldiers surrounded the building" as a mention of the assault), not a siege
SURROUNDING = re.compile(r"surround", re.I)
FIGHT = re.compile(r"\b(?:shoot\w*|shot|gunfire|gunfight|gun battle|firefight|storm(?:ed|ing)?|fighting|"
                   r"exchanged fire|opened fire|gunmen|attackers|assault)\b", re.I)
# a party saying its own men did it claims the act (a telling of the attack), not an accusation:
# "a spokesman confirmed that his group was responsible for the attack"
OWN_DOERS = re.compile(r"\b(?:his|its|their|our)\s+(?:own\s+)?(?:group|organi[sz]ation|movement|men|fighters|militants|"
                       r"forces|members)\s+$", re.I)
RESPONSIBLE = re.compile(r"responsible", re.I)
# "the group said it was behind Friday's bombing": a party saying it did the deed claims it (the
# claim is a source of the attack, its claimant the actor), it accuses no one
BEHIND = re.compile(r"^(?:is|was|are|were)\s+behind$", re.I)
SELF_TOLD = re.compile(r"\b(?:said|says|claimed|claims|announced|stated|admitted)\s+(?:that\s+)?(?:it|they|we)\s+$", re.I)
# an envoy summoned to explain is asked for something (manual: REQUEST), not denounced:
# "summoned the ambassador to demand an explanation"
SUMMONED = re.compile(r"summon", re.I)
TO_EXPLAIN = re.compile(r"^\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:ask|demand|seek|request|get|obtain)\s+(?:for\s+)?"
                        r"(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+)?(?:explanations?|clarifications?|information|answers?)\b",
                        re.I)
# a controlled blast set off to get into a building is a forced entry (manual: COERCE, a raid on a
# party's property), not an attack: "set off a controlled explosion to enter the flat"
CONTROLLED = re.compile(r"\bcontrolled\s+$", re.I)
FORCED_ENTRY = re.compile(r"^[^.;]{0,60}?\b(?:to (?:enter|get into|force (?:entry|its way|their way))|to gain (?:access|entry)|"
                          r"at (?:a|the|his|her|their) (?:[\w-]+ ){0,3}?(?:house|home|flat|property|address|premises))\b", re.I)
ENTERED_BEFORE = re.compile(r"\b(?:house|home|flat|property|address|premises)\b[^.;]{0,60}?\bwhere\b[^.;]*$", re.I)
HARM = re.compile(r"\b(?:kill\w*|dead|died|deaths?|shot|shoot\w*|wound\w*|injur\w*|gunfire|fire[ds]?|clash\w*|"
                  r"beat(?:en|ing)?|tortur\w*)\b", re.I)

# a boycott of courts, classes or polls is a protest by those who stay away (manual: PROTEST,
# mode boycott; CAMEO 143), not a cut in relations between parties (SANCTION)
STAYED_AWAY = re.compile(r"^\W*(?:of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:courts?|classes|schools?|exams?|"
                         r"elections?|polls?|work|lectures?|hearings?|sessions?|parliament)\b", re.I)


def retyped_by_words(text: str, tr):
    """A trigger whose type the words next to it change: a harmful promise, a blast's damage,
    a raid that only detains, denounced charges, lives put at risk, ships that block."""
    after = text[tr.end:tr.end + 100]
    if tr.type == "AGREE" and PROMISE.match(tr.text) and (PROMISED_HARM.search(after) or (
            PROMISED_BY.match(after) and HARM_BEFORE.search(text[:tr.start].rstrip()))):
        return replace(tr, type="THREATEN", mode=None)
    if tr.type == "ACCUSE" and DENOUNCING.match(tr.text) and CHARGES.match(after):
        return replace(tr, type="REJECT", mode="deny")
    if tr.type == "ACCUSE" and DENOUNCING.match(tr.text) and GATHERED_TO.search(text[max(0, tr.start - 140):tr.start]):
        return replace(tr, type="PROTEST", mode="demonstrate")
    if tr.type == "SANCTION" and tr.mode == "boycott" and STAYED_AWAY.match(after):
        return replace(tr, type="PROTEST", mode="boycott")
    if tr.type == "THREATEN" and tr.text.lower().startswith("threaten") and LIVES_AT_RISK.match(after):
        return replace(tr, type="ASSAULT", mode=None)
    if tr.type == "PROTEST" and tr.mode == "blockade" and SHIPS_BLOCKING.search(text[:tr.end]):
        return replace(tr, type="COERCE", mode="block")
    if tr.type == "COERCE" and tr.mode == "destroy property" and BLAST_BEFORE.search(text[:tr.start]):
        return replace(tr, type="ASSAULT", mode="explosion")
    if tr.type == "COERCE" and tr.mode == "block" and SURROUNDING.search(tr.text) and FIGHT.search(text):
        return replace(tr, type="ASSAULT", mode=None)
    if tr.type == "ACCUSE" and SUMMONED.match(tr.text) and TO_EXPLAIN.match(after):
        return replace(tr, type="REQUEST", mode=None)
    if tr.type == "ACCUSE" and BEHIND.match(tr.text) and SELF_TOLD.search(text[:tr.start]):
        return replace(tr, type="ASSAULT", mode=None)
    if tr.type == "ACCUSE" and RESPONSIBLE.search(tr.text) and OWN_DOERS.search(text[:tr.start]):
        return replace(tr, type="ASSAULT", mode=None)
    if tr.type == "ASSAULT" and CONTROLLED.search(text[:tr.start]) and (
            FORCED_ENTRY.match(after) or ENTERED_BEFORE.search(text[:tr.start])):
        return replace(tr, type="COERCE", mode="search")
    if tr.type == "ASSAULT" and tr.text.lower().startswith("raid") and DETENTION.search(text) and \
            not HARM.search(text):
        return replace(tr, type="COERCE", mode="arrest")
    return None
