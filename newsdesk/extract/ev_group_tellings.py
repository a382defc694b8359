"""Which statements of one article tell one act, where names alone mislead (events.py,
ev_group.py).

Why: an article often puts two acts in one sentence ("the ambassador was shot in Ankara,
and three people were shot in Zurich"), gives the running toll of a whole war or a run of
earlier acts beside today's news ("Some 780 Palestinians have now been killed in the
fighting", "This followed weeks of protests"), or tells its act again without a shared
name ("jets resumed air raids" ... "aircraft resumed bombing"; "a second person was found
dead in ... the truck"). The first stay two acts, the backdrops are no act, the retellings
join their first telling.

Some words of a telling are not the act's: the attackers counted after their victims ("147
students and four militants"), the body that reports the toll ("after the doctors reported
that the toll stands at 108"), a place where nothing happened ("no explosion outside the
hotel"). Kept, they would swell the toll or set the telling apart from its act. And an act
named only as the time of another thing ("Aid came in following the attack") is no telling.
"""
from __future__ import annotations

import re

from .ev_group_parties import aimed_apart
from .grp_link import means as _means

try:
    from .geo.candidates import resolve as _resolve
except Exception:  # pragma: no cover - the geo layer is optional
    _resolve = None


def _country(name: str) -> str | None:
    if _resolve is None:
        return None
    try:
        loc = _resolve(name)
    except Exception:
        return None
    return getattr(loc, "country", None) if loc is not None else None


# where one clause of a sentence ends and the next begins ("..., and three people were shot")
_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas|as well as)\s|;\s|\s-{1,2}\s")


def _clause_places(c, text: str) -> list[str]:
    """The candidate's places named in the clause of its first trigger."""
    at = c.triggers[0].start if c.triggers else 0
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text)]
    lo = max(x for x in cuts if x <= at)
    hi = min(x for x in cuts if x > at) if any(x > at for x in cuts) else len(text)
    return [p for p in c.places if re.search(rf"\b{re.escape(p)}\b", text[lo:hi])]


def _clause_countries(c, text: str) -> set[str]:
    return {k for k in map(_country, _clause_places(c, text)) if k}


def _own_places(c, text: str) -> None:
    """A statement kept apart from another of its sentence is placed by its own clause:
    the other clause's places are the other act's."""
    c.places = _clause_places(c, text) or c.places


def apart(a, b, text: str | None) -> bool:
    """Two statements of one sentence whose clauses name places in different countries
    only: two acts, whatever type they share."""
    if not text or not a.places or not b.places:
        return False
    ka, kb = _clause_countries(a, text), _clause_countries(b, text)
    return bool(ka) and bool(kb) and not ka & kb


def merge_in_sentence(cands: list, text: str | None = None) -> list:
    """Triggers of one type in one sentence are one event unless they name different
    actors ("insurgents attacked the jail; gunmen killed 40 prisoners" is two), lie in
    different countries ("... in Ankara, and ... in Zurich") or aim a statement at different
    parties (ev_group_parties.aimed_apart)."""
    out: list = []
    for c in cands:
        same = [o for o in out if o.type == c.type and (c.type != "COERCE" or o.mode == c.mode)]
        target = next((o for o in same if not (o.actor and c.actor and o.actor != c.actor)
                       and not apart(o, c, text) and not aimed_apart(o, c)), None)
        if target is None:
            if text and any(apart(o, c, text) for o in same):
                for x in [c] + same:
                    _own_places(x, text)
            split = [o for o in same if aimed_apart(o, c)]
            for x in split + [c] * bool(split):     # each joins a telling only where its party is named
                x.aimed = True
            out.append(c)
            continue
        target.triggers += c.triggers
        target.actor = target.actor or c.actor
        target.recipient = target.recipient or c.recipient
        target.mode = target.mode or c.mode
        target.anaphoric = target.anaphoric and c.anaphoric
        target.weak = target.weak and c.weak
    return out


# a toll of the whole war: "have now been killed in the fighting", "Nearly half a million
# killed, and Syria civil war isn't over", "killed so far in the conflict"
_WAR = r"(?:civil war|war|conflict|fighting|uprising|insurgency|offensive)"
_WAR_TOTAL = re.compile(
    rf"\b(?:(?:ha(?:ve|s)|had) now been killed|killed (?:so far|to date|in all|in total))\b[^.;]{{0,40}}?"
    rf"\b(?:in|during|since) (?:the |this |its )?{_WAR}\b|\bcivil war\b", re.I)
# a day of its own ("killed in clashes on Monday as the civil war ...") is today's act
_DAY = re.compile(r"\b(?:\w+day|today|tonight|last night|this morning|hours)\b", re.I)


# "the worst violence since its civil war ended": a comparison, not the war's toll
_COMPARED = re.compile(r"\b(?:worst|deadliest|bloodiest|largest|biggest|since)\b", re.I)


# "have been killed in the conflict over the last six years": a running total
_RUNNING = re.compile(rf"\b{_WAR}\b[^.;]{{0,40}}?\b(?:over|in|during) the (?:past|last) (?:[\w-]+ )?"
                      r"(?:years|months|decades)\b", re.I)


def war_total(c, text: str) -> bool:
    """An attack statement that only tells the running toll of a whole war: no act today,
    so it neither opens an event nor lends its figure to one."""
    if c.type != "ASSAULT" or c.dead is None or any(t.kind == "verb" for t in c.triggers):
        return False
    if _RUNNING.search(text) and not _DAY.search(text):
        return True
    return any(not _COMPARED.search(text[max(0, m.start() - 90):m.start()])
               and not (m.group(0).lower() == "civil war" and _DAY.search(text))
               for m in _WAR_TOTAL.finditer(text))


def drop_war_totals(art, cands: list) -> list:
    return [c for c in cands if not war_total(c, art.sentences[c.sent].text)]


# "resumed bombing", "shelling resumed", "jets resuming air raids": the act of the day is
# the resumption, however each sentence names the weapon
def faceless_same_word(g, c) -> bool:
    """A statement naming no party, told in the word of a statement the group holds that
    names none either ("Joint condemnation of Russia issued by the UK, the US, ..." / "as it
    faced a wall of international condemnation"): an article's summary line and its body
    tell one act; with no names to tell them apart, the shared word is the link."""
    if c.actor or c.recipient or g.actor or g.recipient:
        return False
    words = {t.text.lower() for o in g.cands for t in o.triggers}
    return any(t.text.lower() in words for t in c.triggers)


_RESUMED = re.compile(r"\bresum(?:e|es|ed|ing|ption)\b", re.I)


def mark_resumed(art, cands: list) -> None:
    """Scratch flag: the attack statement tells a resumption (one act per article)."""
    for c in cands:
        c.resumed = c.type == "ASSAULT" and bool(_RESUMED.search(art.sentences[c.sent].text))


def both_resumed(g, c) -> bool:
    return getattr(c, "resumed", False) and any(getattr(o, "resumed", False) for o in g.cands)


# "the truck", "the market": a definite noun naming a thing the article told before
_DEFINITE = re.compile(r"\bthe ([a-z]{4,})\b")
_VAGUE = {"attack", "attacks", "city", "country", "police", "government", "area", "people",
          "incident", "scene", "victims", "victim", "time", "same", "first", "second", "last",
          "state", "region", "town", "capital", "army", "military", "group", "case", "world"}


def named_before(art, groups: list, c) -> object | None:
    """A bare death ("A second person was found dead in ... the truck") joins the tolled
    group whose sentences introduced the thing it names with "the", not the toll told last."""
    words = set(_DEFINITE.findall(art.sentences[c.sent].text)) - _VAGUE
    if not words:
        return None
    hits = [g for g in groups if any(re.search(rf"\b{w}\b", art.sentences[o.sent].text, re.I)
                                     for o in g.cands for w in words)]
    return hits[0] if len(hits) == 1 else None


# a run of earlier acts told as the backdrop: "after a series of attacks on its soil",
# "This followed weeks of protests", "the target of multiple attacks ... in recent months"
_SERIES = r"(?:a (?:series|string|spate|wave|number)|weeks|months|years|days)\s+of\s+(?:[\w-]+\s+){0,2}?"
_AFTER_SERIES = re.compile(rf"\b(?:after|following|followed|amid)\s+{_SERIES}$", re.I)
_MANY = re.compile(rf"\b(?:multiple|several|numerous|repeated|{_SERIES})\s*(?:[\w-]+\s+)?$", re.I)
_RECENT = re.compile(r"^[^.;]{0,60}?\b(?:in recent (?:days|weeks|months|years)|this year|before)\b", re.I)


def _backdrop(tr, text: str) -> bool:
    if not tr.text.lower().endswith("s"):
        return False        # a plural: "weeks of protests" (whatever kind the table gives)
    before, after = text[:tr.start], text[tr.end:]
    return bool(_AFTER_SERIES.search(before)) or \
        bool(_MANY.search(before) and _RECENT.search(after))


# a class of acts, not one: "have carried out bomb attacks", "crippled by the recent violence"
# (a finite perfect: "believed to have used hostages" tells the day's act)
# a report of acts, or the start of a campaign ("has launched air strikes"): acts
_SAID = r"(?!(?:reported|announced|confirmed|described|warned|launched|started|begun)\b)"
_PERFECT = re.compile(rf"(?<!\bto\s)\b(?:has|have|had)\s+{_SAID}(?:been\s+)?{_SAID}(?:[a-z]+\s+)?"
                      r"[a-z]+(?:ed|en|out)\s+(?:[a-z-]+\s+){0,4}$", re.I)
_DEFINITE_NP = re.compile(r"\b(?:the|these|those|this|that|its|their|\w+day['\u2019]s)\s+"
                          r"(?:[a-z-]+\s+)?$", re.I)
_RECENT_NP = re.compile(r"\b(?:recent|past|previous|earlier)\s+$", re.I)
_MASS = {"violence", "unrest", "bloodshed", "fighting"}


def _indefinite_plural(tr, text: str, triggers: list) -> bool:
    before = text[:tr.start]
    if any(o.start > tr.end and not text[tr.end:o.start].strip() for o in triggers):
        return True             # "bomb" of "bomb attacks": its noun decides
    if not (tr.text.lower().endswith("s") or tr.text.lower() in _MASS):
        return False
    return bool(_RECENT_NP.search(before)) or not _DEFINITE_NP.search(before)


def _run_of_acts(c, text: str) -> bool:
    """A statement naming only a class of acts in the perfect ("militants have carried out
    bomb attacks in Turkey"), with no toll, no actor and no day: the country's record told
    as backdrop, which a new act's place would otherwise draw in."""
    if c.type != "ASSAULT" or c.dead or c.injured or c.actor or not c.triggers or _DAY.search(text):
        return False
    first = min(t.start for t in c.triggers)
    return bool(_PERFECT.search(text[:first])) and \
        all(_indefinite_plural(t, text, c.triggers) for t in c.triggers)


# an act going on since a past time: "forces have been fighting separatists ... since early
# 2014"; a class of acts: "measures to defend ourselves against this type of attack"
_ONGOING_BEFORE = re.compile(r"\b(?:has|have|had)\s+been\s+$", re.I)
_SINCE_YEAR = re.compile(r"^[^.;]{0,100}?\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end)\s+of)\s+)?"
                         r"(?:\w+\s+)?(?:19|20)\d\d\b", re.I)
_CLASS_OF = re.compile(r"\b(?:type|kind|sort|form)s?\s+of\s+(?:[\w-]+\s+)?$", re.I)


def _standing(tr, text: str) -> bool:
    """The trigger names a standing conflict or a class of acts, not one act of the news."""
    before, after = text[:tr.start], text[tr.end:]
    return bool(_ONGOING_BEFORE.search(before) and _SINCE_YEAR.search(after)) or \
        bool(_CLASS_OF.search(before))


def drop_backdrops(art, cands: list) -> list:
    """Statements that only name a run of earlier acts as the news's backdrop: no act of
    the day, so they join none (the coup's weeks of protests, a country's recent attacks,
    a war going on since a past year, a type of attack)."""
    return [c for c in cands if not c.triggers or not (
        all(_backdrop(t, art.sentences[c.sent].text) or _standing(t, art.sentences[c.sent].text)
            for t in c.triggers)
        or _run_of_acts(c, art.sentences[c.sent].text))]


# an act named only as the time of something else: "Aid ... came in following the attack",
# "the unrest following the March 3rd air raids on ..." (a noun phrase, not a
# clause: "after gunmen stormed the hall" tells the act)
_ANCHOR = re.compile(r"\b(?:after|following|in the wake of|in the (?:[\w-]+\s+)?aftermath of|"
                     r"(?:at|to|near|from|visited) the (?:site|scene) of)\s+(?:the|this|that|these|those|"
                     r"\w+day['\u2019]s|last \w+['\u2019]s)\s+(?:[\w.'\u2019-]+\s+){0,4}?$", re.I)
_VERB_FORM = re.compile(r"(?:ed|ing)\b", re.I)
_ONE_MODIFIER = re.compile(r"\b(?:the|this|that|these|those)\s+([a-z-]+\s+)$", re.I)
# ... unless the act is the subject of a clause: "six hours after the attack began"
_GOES_ON = re.compile(r"^\s+(?:\w+ly\s+)?(?:began|begun|started|ended|happened|occurred|took|was|"
                      r"were|had|has|broke|erupted|unfolded|struck|hit)\b", re.I)


# a verb between the determiner and the act makes a clause: "after the latter threw Molotov
# cocktails at the building" tells the act
_PAST = re.compile(r"\b(?:\w+ed|threw|hit|set|shot|took|made|drove|blew|broke|struck|fought|led|"
                   r"began|fled|left|got|put|held|opened|fired|stormed)\s", re.I)


def _anchored(tr, text: str) -> bool:
    """(A gerund the anchor's determiner opens is a noun: "after the shooting".)"""
    word = tr.text.split()[0]
    if tr.kind == "toll" or (tr.kind != "noun" and _VERB_FORM.search(word)
                             and not word.lower().endswith("ing")):
        return False
    m = _ANCHOR.search(text[max(0, tr.start - 80):tr.start])
    if not m:
        return False
    head = m.group(0)       # one word between "the" and the act modifies it: "the suspected attack"
    one = _ONE_MODIFIER.search(head)
    head = head[:one.start(1)] if one else head
    return not _PAST.search(head.split(None, 2)[-1]) and not _GOES_ON.match(text[tr.end:])


# a sentence about a plotted act: "could not say how far along the plot was"
_PLOT = re.compile(r"\b(?:plot|plots|plotted|plotting)\b", re.I)
_THE = re.compile(r"\bthe\s+$", re.I)


def _plotted_act(art, c) -> bool:
    """"The attack targeted ..." right after a sentence about a plot, with no toll: the
    plotted attack, not the act the article reports."""
    if c.type != "ASSAULT" or c.dead is not None or c.injured is not None or c.sent == 0:
        return False
    text = art.sentences[c.sent].text
    return all(t.kind == "noun" and _THE.search(text[:t.start]) for t in c.triggers) and \
        bool(_PLOT.search(art.sentences[c.sent - 1].text))


def drop_anchors(art, cands: list) -> list:
    """Attack statements that name an act only as the time of another thing (aid, an
    escalation, arrests) with no toll or actor, or that go on about a plotted attack: they
    tell that thing, not the act, so they join no act (a later aside, an earlier act named
    as the backdrop, an act that never happened)."""
    return [c for c in cands if not _plotted_act(art, c) and not (
        c.type == "ASSAULT" and c.triggers and c.dead is None and c.injured is None and not c.actor
        and all(_anchored(t, art.sentences[c.sent].text) for t in c.triggers))]


# a sentence whose subject is the act already told: "This attack is the deadliest ...",
# "The attack by ISIS-K has complicated ..." (one adjective allowed: "The deadly blast")
_OPENS_ON_ACT = re.compile(r"^\W*(?:the|this|that)\s+(?:[a-z-]+\s+)?$", re.I)
# a word for one attack; not "violence", "unrest" or "clashes", which may span many acts
_ATTACK_WORD = re.compile(r"^(?:attack|bombing|blast|explosion|shooting|raid|assault|massacre|"
                          r"stabbing|ambush)$", re.I)


def opens_on_act(art, c) -> bool:
    """The sentence opens on a singular definite name of the act and gives no toll of its own:
    it goes on about the article's main attack, whatever it tells beside it (a ranking, a
    consequence), so its country or its aside opens no attack of its own."""
    text = art.sentences[c.sent].text
    return c.type == "ASSAULT" and c.dead is None and c.injured is None and any(
        t.kind == "noun" and _ATTACK_WORD.match(t.text) and _OPENS_ON_ACT.search(text[:t.start])
        for t in c.triggers)


# the instrument of a death, not an act of its own: "wounded from live ammunition"
_MEANS_OF = re.compile(r"\b(?:from|by|with)\s+(?:[a-z-]+\s+)?$", re.I)


def first_toll(art, groups: list, c, near: int) -> object | None:
    """A toll told with no place, actor or act of its own ("at least one person was killed
    and dozens more wounded from live ammunition") right after the article's only attack,
    told without a figure: it is that attack's toll, not an act of its own."""
    text = art.sentences[c.sent].text
    if c.type != "ASSAULT" or (c.dead is None and c.injured is None) or c.places or c.actor or \
            not all(t.kind == "toll" or _MEANS_OF.search(text[:t.start]) for t in c.triggers):
        return None                     # "died ... in recent fighting": an act of its own
    same = [g for g in groups if g.type == c.type]
    if len(same) != 1 or same[0].dead or same[0].tolls("injured") or \
            c.sent - same[0].cands[-1].sent > near:
        return None
    return same[0]


# a toll told as rising: "the death toll rose to 72", "Toll climbs past 40" (an update of a
# figure, so of an act the reader already knows)
_RISING_TOLL = re.compile(r"\btoll\b[^.;]{0,60}?\b(?:rises|rose|risen|rising|climbs|climbed|"
                          r"jumps|jumped|mounts|mounted|reaches|reached|increases|increased|"
                          r"soars|soared)\s+(?:to|past|above)\b", re.I)


def toll_update(art, c) -> bool:
    """An attack statement that tells its toll rising, naming no attacker: a follow-up of the
    act the article reports (a headline "Market bombing: toll rises to 30" after the lede),
    not an act of its own, even with no shared name."""
    return c.type == "ASSAULT" and not c.actor and c.dead is not None and \
        bool(_RISING_TOLL.search(art.sentences[c.sent].text))


# an act named by a noun phrase ("an unprecedented attack", "the strikes"), not told by a verb
_NOUN_PHRASE = re.compile(r"\b(?:an?|the|this|that|its|their|these|those)\s+(?:[\w-]+\s+)?$", re.I)


def headline_again(art, groups: list, later, fits) -> list:
    """The article's first attack as the host of a faceless later one, when no attack told
    has a toll or a place to tell the main one by (`names_act_again`)."""
    attacks = [h for h in groups if h.type == "ASSAULT"]
    if not attacks or any(h.dead or h.places for h in attacks) or \
            not names_act_again(art, attacks[0], later) or not fits(attacks[0]):
        return []
    return attacks[:1]


def names_act_again(art, first, later) -> bool:
    """In an article whose attacks have no toll and no place, a later attack group that only
    names an act by a noun phrase, with no other means than the first group's, is that first
    (headline) attack named again (a speaker's "X has launched an attack"), not a new act;
    one told by a verb ("rebels ambushed a convoy") or "separately" stays its own."""
    if first is later or first.type != "ASSAULT" or \
            any(o.sent >= c.sent for o in first.cands for c in later.cands[:1]):
        return False
    for c in later.cands:
        text = art.sentences[c.sent].text
        if re.search(r"\bseparate(?:ly)?\b", text, re.I) or not c.triggers or \
                not all(_NOUN_PHRASE.search(text[max(0, t.start - 40):t.start]) for t in c.triggers):
            return False
    mine = set().union(*(_means(c) for c in later.cands))
    theirs = set().union(*(_means(c) for c in first.cands))
    return not (mine and theirs and not mine & theirs)


# the attackers counted after their victims: "147 students and four militants were killed"
# (not "three militants and one soldier", the toll of the forces' fight with them)
_KILLER = r"(?:gunm[ae]n|attackers?|assailants?|terrorists?|militants?|bombers?|shooters?|jihadists?)"
_KILLERS_TOO = re.compile(rf"\s+and\s+(?:the\s+)?(?:[\w-]+\s+){{1,2}}?{_KILLER}\b", re.I)


def victims_text(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The sentence with the attackers cut out of a death figure that adds them to their
    victims, or None: the attackers' end is no toll of the attack they carried out, and the
    sum outranks every other outlet's count of the victims."""
    for lo, hi in spans:
        m = _KILLERS_TOO.search(text, lo, min(len(text), hi + 30))
        if m and m.start() < hi:
            return text[:m.start()] + text[m.end():]
    return None


# the body that reports a toll: "after the Doctors' Committee reported that the death toll
# stands at 108", "Health officials said at least 20 ..."
_TOLL_SAID = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:reported|said|says|announced|stated|confirmed)\s+"
                        r"(?:that\s+)?(?:the\s+(?:death\s+)?toll|the\s+number\s+of|\d|(?:at\s+least|"
                        r"more\s+than|over|no\s+more\s+than|nearly|some)\s+\d)", re.I)


def toll_reporters(art, cands: list) -> None:
    """An attack statement whose actor is named only as the one reporting its toll keeps no
    actor: doctors or a ministry counting the dead are no party to the attack, and as its
    actor they would keep the statement from the forces' report of the same attack."""
    for c in cands:
        if c.type != "ASSAULT" or not c.actor:
            continue
        text = art.sentences[c.sent].text
        ends = [m.end() for m in re.finditer(re.escape(c.actor), text)]
        if ends and all(_TOLL_SAID.match(text[e:]) for e in ends):
            c.actor = None


_NEGATION = re.compile(r"\b(?:no|not|never)\s")


def _denied_at(place: str, text: str) -> bool:
    if not _NEGATION.search(text):
        return False        # no negation, nothing denied: no pattern to build for the place
    return bool(re.search(rf"\b(?:no|not|never)\s+(?:[a-z-]+\s+){{0,2}}?(?:at|in|outside|near|inside|on)"
                          rf"\s+(?:the\s+)?{re.escape(place)}\b", text))


def drop_denied_places(art, cands: list) -> None:
    """A place named only as where nothing happened ("one bomber at the perimeter and no
    explosion outside the Baron hotel") is not the act's place: kept, it would set the
    statement apart from the act it goes on about."""
    for c in cands:
        text = art.sentences[c.sent].text
        if c.type == "ASSAULT" and any(_denied_at(p, text) for p in c.places):
            c.places = [p for p in c.places if not _denied_at(p, text)]


# an act named only as what a claim is about: "called the allegations of a chemical attack
# a fabrication", "bears responsibility for the alleged attacks", "to show that all reports
# of chemical attacks were fake"
_CLAIM_OF = re.compile(r"\b(?:allegations?|accusations?|claims?|reports?|responsibility|blame|denials?|"
                       r"blam(?:e|es|ed|ing)\s+(?:[\w-]+\s+)?[\w-]+)[\"\u201d\u2019']?\s+"
                       r"(?:of|for|over|about)\s+(?:(?:a|an|the|any|all|these|those|such|its|their)\s+)?"
                       r"(?:[\w-]+\s+){0,3}?$", re.I)


# ... but a claim of responsibility names the attacker: a telling of the act
_OWNED = re.compile(r"\b(?:claim\w*|t[ao]ok|takes?|taking|accept\w*|admit\w*)\s+(?:[\w-]+\s+){0,2}?"
                    r"responsibility\s+\w+\s+(?:[\w-]+\s+){0,4}?$", re.I)


def _claim_topic(tr, text: str) -> bool:
    before = text[max(0, tr.start - 90):tr.start]
    return tr.kind == "noun" and bool(_CLAIM_OF.search(before)) and not _OWNED.search(before)


def drop_claim_topics(art, cands: list) -> list:
    """Attack statements whose act is named only as the topic of a claim (an allegation, a
    report, a responsibility), with no toll or actor: the sentence's own act is the denial,
    the accusation or the plan about it, so it tells the attack nothing and joins no record."""
    return [c for c in cands if not (
        c.type == "ASSAULT" and c.triggers and c.dead is None and c.injured is None and not c.actor
        and all(_claim_topic(t, art.sentences[c.sent].text) for t in c.triggers))]


# an earlier act dated back from today: "a cruise missile attack ... following the Khan
# Sheikhoun attack a year ago", "the bombing last year"
_AGO = re.compile(r"^[^,;.]{0,70}?\b(?:(?:a|an|one|two|three|four|five|six|several|\d+)\s+"
                  r"(?:years?|months?)\s+ago|last\s+year)\b", re.I)


def _dated_back(tr, text: str) -> bool:
    return tr.kind == "noun" and bool(_AGO.search(text[tr.end:]))


def drop_dated_back(art, cands: list) -> list:
    """Attack statements with no toll, actor or day of their own whose every act is dated
    months or years back: an earlier act told as background, no telling of today's."""
    return [c for c in cands if not (
        c.type == "ASSAULT" and c.triggers and c.dead is None and c.injured is None and not c.actor
        and not _DAY.search(art.sentences[c.sent].text)
        and all(_dated_back(t, art.sentences[c.sent].text) for t in c.triggers))]
