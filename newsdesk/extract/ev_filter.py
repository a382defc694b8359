"""Sentences and triggers that state no live event between parties, found by reading unseen
coverage (Multi-News validation clusters): photo captions and credits (their dates are the
photo's, their wording repeats the story), background told with a past time ("in January",
"in 2011", "on 3 March" weeks before the article) or remembered ("the anniversary of the
massacre"), running tolls of a whole conflict ("9,000 killed since the crackdown began"),
accidents and natural hazards (a storm's toll is no ASSAULT, "snow is blamed" no ACCUSE),
agentless blame, and trigger words that are part of a name ("Organisation of Islamic
Cooperation").

Kept apart from events.py so each rule can be read and tested on its own; the article's
anchor day (published, else the page head, else a date in the lede) decides "past", so the
rules also hold for scraped text that carries no publication date.
"""
from __future__ import annotations

import re
from datetime import date

from ..nlp import pos
from ..nlp.folded import folded
from . import ev_context as X
from .ev_own_deeds import own_deed
from .ev_recalled import habitual, quoted_trigger, recalled_time, recalled_when
from .ev_wording import unreal_wording
from .past import relative_tail, told_as_past
from .ev_measures import absorb_measure, grounded, imposed_in_lift
from .ev_layout import credit_run, link_line, subhead


def live_triggers(art, text: str, trigs: list) -> list:
    """The triggers of a sentence that may state a live event between parties: none in a
    caption or in background told with a past time; no casualty or blast in an accident or
    natural hazard; no toll that is only a participle describing someone."""
    if not trigs or caption(text) or credit_run(text) or subhead(art, text) or link_line(text) or \
            past_event(art, text) or question(text):
        return []
    if within_quotation(art, text):
        trigs = [t for t in trigs if own_deed(text, t)]     # "we have detained two men" (ev_own_deeds)
    story = hazard_story(art) and not VIOLENCE.search(text)     # a bare toll in a storm story
    main = len(main_part(art, text))      # acts told in a past closing relative clause are history
    crash = not rammed_crowd(art, text)       # a truck driven into a crowd in an attack story is no accident
    return absorb_measure(imposed_in_lift([t for t in trigs if t.start < main and not (crash and hazard_trigger(text, t))
            and not attributive_toll(text, t)
            and not (story and t.type == "ASSAULT") and not remembered(text, t.start, t.text)
            and not agentless_blame(text, t) and not unreal_wording(text, t)
            and not recalled_when(text, t.start) and not recalled_time(text, t)
            and not (quoted_trigger(art, text, t) and not own_deed(text, t))
            and not habitual(text, t) and grounded(text, t)]))



_QUESTION = re.compile(r"^\W*(?:How|What|Who|Whom|Whose|Why|When|Where|Which|Is|Are|Was|Were|Did|Do|Does|"
                       r"Can|Could|Will|Would|Has|Have|Had|Should)\b[^.!]*\?[\"\u201d\u2019']?\s*$")


def _quotation_spans(art) -> list[tuple[int, int]]:
    """The article's closed double quotations that run over more than one sentence,
    (start, end) of their text; read once per article."""
    got = art.layers.get("ev_quotation_spans")
    if got is None:
        from .quote_marks import line_doubles
        got = [(pos + m.text_start, pos + m.text_end) for pos, para, m in line_doubles(art.text or "")
               if m.closed and re.search(r"[.!?]\s+\S", para[m.text_start:m.text_end])]
        art.layers["ev_quotation_spans"] = got
    return got


def within_quotation(art, text: str) -> bool:
    """A sentence wholly inside a longer quotation ("… This is a promise I made to the dead
    and wounded. This is a national commitment," he added) is the speaker's words, which
    state no event of their own, like the quoted triggers of a single sentence."""
    at = (art.text or "").find(text)
    return at >= 0 and any(a <= at and at + len(text) <= b for a, b in _quotation_spans(art))


def question(text: str) -> bool:
    """A direct question ("How many people were killed?", a Q&A subhead) asks about an
    event; it states none, so it is no source of one."""
    return bool(_QUESTION.match(text))


# "the attacks, most of which were being blamed on suicide bombers": the reporter's
# attribution of who did it, with no party blaming anyone (an agent, "by X", keeps it)
_PASSIVE_BLAME = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:widely\s+|largely\s+|mostly\s+)?$", re.I)


# "a series of attacks blamed on militants": a participle straight before "on" is passive (the
# active verb takes its object first: "blamed the rebels", "blamed it on")
_BLAMED_ON = re.compile(r"^\s+(?:not only\s+|largely\s+|mostly\s+|partly\s+|widely\s+)?on\s+"
                        r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)\w*\b)", re.I)


# "the fire, which the ministry blamed on X": a relative clause whose subject blames (object gapped)
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that|whom|who)\s+(?:[\w'’.-]+\s+){1,8}$", re.I)
# where the blame's own clause ends: an agent after it belongs to another verb
_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s", re.I)


def agentless_blame(text: str, tr) -> bool:
    """Blame with no agent ("X is blamed on"); an act blamed for damage or given a label names
    no party either, which ev_judging reads from the parse."""
    if tr.type != "ACCUSE" or not tr.text.lower().startswith("blame"):
        return False
    passive = _PASSIVE_BLAME.search(text[max(0, tr.start - 30):tr.start]) or \
        (tr.text.lower() == "blamed" and _BLAMED_ON.match(text[tr.end:tr.end + 40])
         and not _RELATIVE_SUBJECT.search(text[max(0, tr.start - 60):tr.start]))
    # the agent in the same clause: "raids blamed on the Front, one claimed by rebels" name none
    return bool(passive) and not re.search(r"\bby\b", _CLAUSE_END.split(text[tr.end:tr.end + 80])[0])


def hazard_story(art) -> bool:
    """The whole article tells of a natural hazard or accident and hardly of violence (a winter
    storm's toll, a gas explosion): its bare tolls ("two deaths in Nebraska") are no ASSAULT."""
    key = "ev_hazard_story"
    if key not in art.layers:
        hazards = folded(HAZARD).count(art.text or "")       # len(findall), faster (nlp/folded)
        violence = folded(VIOLENCE).count(art.text or "") if hazards >= 2 else 0
        art.layers[key] = hazards >= 2 and violence * 4 <= hazards    # rescue "troops" in a storm story
    return art.layers[key]


# "the 70th anniversary of the Soviet massacre", "a memorial to those killed", "the 40th day of his
# death": a past event remembered
MEMORY = re.compile(r"\b(?:anniversary of|commemorat\w*|in (?:memory|remembrance) of|memorials? (?:to|for)|"
                    r"mark(?:s|ed|ing)? (?:[\w'’-]+ ){0,3}?years since)\b", re.I)
# a day of mourning counted from a death ("the 40th day of his execution"; "the third day of
# fighting" is still the news)
MOURNING_DAY = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|third|seventh|fortieth) day (?:of|since|after) "
                          r"(?:[\w'’-]+ ){0,2}?$", re.I)
DEATH_WORDS = re.compile(r"(?:death|execution|killing|assassination|murder)$", re.I)
# "claiming control after days of bloody fighting": a spell of the past that sets the scene
SPELL = re.compile(r"\b(?:after|following|amid|despite) (?:several |many |two |three |\d+ )?(?:days|weeks|months|years) of "
                   r"(?:[\w'’-]+ ){0,2}$", re.I)


def remembered(text: str, start: int, word: str = "") -> bool:
    """The trigger names a past event remembered or a spell of the past told as the setting."""
    return bool(MEMORY.search(text[max(0, start - 120):start]) or SPELL.search(text[max(0, start - 60):start])
                or (DEATH_WORDS.match(word) and MOURNING_DAY.search(text[max(0, start - 60):start])))


# --- photo captions and credits ---------------------------------------------------------
_PIC = r"(?:photos?|images?|pictures?|photographs?|file photo|frame grab|handout|video still|screen ?(?:shot|grab))"
CAPTION = re.compile(
    r"^\W*(?:image|photo|picture)\s+(?:copyright|caption|credit)\b|"
    r"^\W*(?:in )?(?:this|these)\s+(?:[\w,.'’-]+\s+){0,8}?" + _PIC + r"\b|"
    r"\b" + _PIC + r"\s+(?:shows?|showing|taken|released|provided|made available|obtained|"
    r"distributed|posted|courtesy)\b|"
    r"^\W*(?:photo|photograph|picture|image|credit)\s*:|"
    r"\b(?:AP|AFP|EPA|Reuters|Getty Images?)\s*(?:Photo|Images?)?\s*/\s*[A-Z]|"
    r"[\[(]\s*(?:AP|AFP|EPA|Reuters|Getty(?: Images)?|Associated Press|Xinhua|Anadolu)"
    r"(?:\s*(?:Photo|Images))?\s*[\])]\s*$|"
    r"^\W*(?:hide|show) caption\b|\b\d+ of \d+ (?:photos|images|pictures)\b|^\W*photos?\s*:|"
    r"[-\u2013\u2014:|]\s*(?:in pictures|in photos|in images|photo gallery|gallery|in video|watch)\s*$|"
    r"\bcontributed (?:reporting )?to this (?:report|story|article)\b|^\W*(?:reporting|writing|editing) by\b",
    re.I)


# every branch of CAPTION needs one of these (lower case): most sentences have none
_CAPTION_NEEDS = ("photo", "image", "picture", "frame", "handout", "video", "screen", "caption", "credit",
                  "gallery", "watch", "contributed", "ing by", "/", "(", "[")
# the only characters outside ASCII that an ignore-case pattern matches to an ASCII letter
# but `str.lower()` does not lower to it (Turkish dotted / dotless i, long s)
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")


def caption(text: str) -> bool:
    """A photo caption or credit line (or a byline credit): it tells the picture, not the
    news; its date is the photo's and its wording repeats an event the article states
    elsewhere. A substring test first: the full pattern is tried at every position."""
    if not _CASE_ODD.search(text):
        low = text.lower()
        if not any(w in low for w in _CAPTION_NEEDS):
            return False
    return bool(CAPTION.search(text.strip()))


# --- background told with a past time -------------------------------------------------------
_MONTH = "january|february|march|april|may|june|july|august|september|october|november|december"
# the sentence also tells the present: the past time is a comparison or an aside
NOW = re.compile(r"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|now|currently|"
                 r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|latest|again|"
                 r"since|worst|deadliest|bloodiest|largest|biggest|first|than|similar|anniversary|ago)\b",
                 re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(?:['’]?s)?\b")      # a decade ("the 1950s") is its first year


def anchor(art) -> date | None:
    """The article's anchor day, computed once per article."""
    key = "ev_anchor"           # kept as ISO text: layers stay plain data
    if key not in art.layers:
        art.layers[key] = X.article_anchor(art)
    return X._pub(art.layers[key])


def anchor_year(art) -> int | None:
    """The anchor's year. For undated text, a cautious stand-in: the year before the latest
    year the article names (future years, after today, left out), so only years at least two
    before it read as the past ("in 1940", "in 2011" beside "2015"), never the news's own year
    when the article also names next year's plans."""
    a = anchor(art)
    if a is not None:
        return a.year
    key = "ev_text_year"
    if key not in art.layers:
        years = [y for y in map(int, YEAR.findall(art.text or "")) if y <= date.today().year]
        art.layers[key] = max(years) - 1 if years else None
    return art.layers[key]


def past_time(text: str, day: date | None, year: int | None = None) -> bool:
    """The sentence places what it tells weeks or years before the article's day (the one
    rule of extract/past.py, shared with the story step)."""
    return told_as_past(text, day, year, sentence_wide=True)


def main_part(art, text: str) -> str:
    """The sentence without a closing relative clause that names a time well past (past.py
    judges the sentence without it; the acts it tells are history)."""
    cut = relative_tail(text)
    return text[:cut] if cut < len(text) and told_as_past(text[cut + 1:], anchor(art), anchor_year(art)) else text


def past_event(art, text: str) -> bool:
    """A sentence about an event well before the article, told as such (no comparison with
    the news, no word of the present): not an event to record, nor one to join."""
    return past_time(text, anchor(art), anchor_year(art)) and not NOW.search(text)


def past_setting(art, text: str) -> bool:
    """A sentence that names a past time and also the present or a comparison, or a record
    of repeated acts ("who has visited North Korea 32 times"): it may join the news event
    but not start one (the existing weak mark)."""
    return past_time(text, anchor(art), anchor_year(art)) or bool(HABITUAL.search(text))


HABITUAL = re.compile(r"\b(?:has|have|had)\s+(?:[\w'’-]+\s+){1,6}?(?:\d+|two|three|four|five|six|seven|eight|nine|"
                      r"ten|several|many|numerous|multiple|dozens of|countless) times\b", re.I)


# --- running tolls ------------------------------------------------------------------------
CUMULATIVE = re.compile(
    r"\bsince\s+(?:(?:the|its|their|his|a)\s+)?(?:[\w'’-]+\s+){0,5}?(?:began|begun|started|erupted|broke out|launched|"
    r"uprising|conflict|war|crackdown|revolt|revolution|insurgency|fighting|unrest|protests|"
    r"(?:" + _MONTH + r")(?!\s+\d)|(?:19|20)\d\d|last (?:year|month))\b|"
    r"\b(?:so far|to date) this (?:year|month)\b|\bin (?:the )?(?:almost |nearly |more than )?"
    r"(?:\w+-(?:year|month)|year|months?)-?long (?:uprising|conflict|war|insurgency|crackdown|revolt)\b",
    re.I)


def cumulative(text: str) -> bool:
    """A running toll of a whole conflict ("9,000 people have been killed since the
    government launched its crackdown"): a figure of the war, not of one event. After a
    superlative ("the worst attack since ...") the "since" is a comparison instead."""
    return any(not SUPERLATIVE.search(text[max(0, m.start() - 90):m.start()]) for m in CUMULATIVE.finditer(text))


# "the worst violence since its civil war ended": a comparison, not a running toll
SUPERLATIVE = re.compile(r"\b(?:worst|deadliest|bloodiest|largest|biggest|heaviest|fiercest|first|most|highest|"
                         r"greatest|strongest|longest|toughest|gravest|largest-ever|worst-ever)\b", re.I)


# "where fighting is still going on", "the violence continues": a running state told as the
# setting, which may join an event but not start one
ONGOING_AFTER = re.compile(r"^\s+(?:(?:is|are|was|were|has been|have been|had been)\s+)?(?:still\s+)?"
                           r"(?:going on|continu(?:es|ed|ing)|ongoing|raging|rages|raged|under ?way)\b", re.I)


def ongoing_after(text: str, end: int) -> bool:
    return bool(ONGOING_AFTER.match(text[end:end + 40]))


# --- accidents and natural hazards -------------------------------------------------------
# PLOVER codes acts between parties: a storm, a crash or a gas explosion that kills is no
# ASSAULT (and "snow is blamed for the pileup" no ACCUSE) unless the sentence also tells of
# violence by someone
HAZARD = re.compile(
    r"\b(?:storms?|tornado(?:e?s)?|hurricanes?|typhoons?|cyclones?|earthquakes?|quakes?|tremors?|tsunamis?|"
    r"floods?|flooding|floodwaters?|avalanches?|landslides?|mudslides?|blizzards?|snow(?:storms?|fall)?|ice|"
    r"icy|rain(?:fall|s)?|winds?|weather|heat ?waves?|lightning|drought|"
    r"(?:plane|air|car|bus|train|helicopter|road|traffic|boat|ferry) ?crash(?:es)?|crash(?:ed|es)?|pile-?ups?|collisions?|"
    r"collided|derail(?:ed|ment)|accidents?|accidental(?:ly)?|(?:natural )?gas (?:explosion|leak|blast)|"
    r"collaps(?:e|ed|es|ing)|driving conditions|overdose|drown(?:ed|ing)?)\b", re.I)
VIOLENCE = re.compile(
    r"\b(?:attack\w*|bomb(?:s|ed|er|ers|ing|ings)?|gunm[ae]n|gunfire|shoot\w*|shot|stabb\w*|militants?|"
    r"terror\w*|rebels?|insurgents?|troops|soldiers|army|police (?:fired|opened)|clash\w*|arson|riot\w*|"
    r"protest\w*|air ?strikes?|shell(?:ed|ing)|rockets?|missiles?|killers?|murder\w*|massacre\w*|"
    r"assassin\w*|suspects?|sabotage|deliberate(?:ly)?|intentional(?:ly)?|hijack\w*|bullets?|guns?|gunshots?|"
    r"weapons?|knife|knives|grenades?|executed|beaten|tortured)\b", re.I)


def hazard(text: str) -> bool:
    """The sentence's harm comes from a natural hazard or an accident, and it tells of no
    violence by anyone."""
    return bool(folded(HAZARD).search(text)) and not folded(VIOLENCE).search(text)


# "a truck crashed into a popular outdoor Christmas market": the means of a vehicle attack
RAMMING = re.compile(
    r"\b(?:truck|lorry|van|car|vehicle|bus|suv)\b[^.;]{0,80}?\b(?:crash(?:ed|es|ing)|slamm(?:ed|ing)|slams|"
    r"plough(?:ed|s|ing)|plow(?:ed|s|ing)|ramm(?:ed|ing)|rams|drove|driven|smash(?:ed|es|ing)|barrell?(?:ed|ing)|"
    r"careen(?:ed|ing)|mow(?:ed|ing))\s+(?:into|through)\s+(?:[\w'’-]+\s+){0,4}?(?:crowds?|crowded|markets?|"
    r"pedestrians|people|shoppers|revell?ers|worshippers|protesters|demonstrators|bystanders|tourists|"
    r"festival|parade|gathering|promenade)\b", re.I)


def rammed_crowd(art, text: str) -> bool:
    """A vehicle driven into a crowd, in an article that elsewhere tells of violence (the
    attack, terror, a suspect): the crash is the attack, not an accident."""
    return bool(RAMMING.search(text)) and len(VIOLENCE.findall(art.text or "")) >= 2


def hazard_trigger(text: str, tr) -> bool:
    """A casualty, blast or blame trigger in a hazard sentence: not an event between parties."""
    return (tr.type == "ASSAULT" or (tr.type == "ACCUSE" and (tr.text.lower().startswith("blam") or
                                                             "responsib" in tr.text.lower()))) and hazard(text)


# "a wounded veteran", "the injured boy": a participle describing someone, no toll stated
_ATTRIBUTIVE = re.compile(r"^\s+(?!(?:in|on|at|by|and|or|when|after|as|were|was|are|is|have|had|has|from|"
                          r"during|while|including|with|to|the|a|an|of|for|but|who|that|since|so|more|\d)\b)"
                          r"[A-Za-z][a-z-]+", re.I)


def attributive_toll(text: str, tr) -> bool:
    return tr.kind == "toll" and tr.text.lower() in ("wounded", "injured", "dead") and \
        not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|scores?)\s*$",
                      text[max(0, tr.start - 25):tr.start], re.I) and bool(_ATTRIBUTIVE.match(text[tr.end:tr.end + 30]))


# --- trigger words inside names --------------------------------------------------------------
def _cap_propn(tok) -> bool:
    return pos(tok) == "PROPN" and tok.text[:1].isupper()


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(not w[0].isupper() for w in words) <= 1     # a headline


def in_name(tok, trigger_text: str, start: int, text: str) -> bool:
    """The trigger is a word of a proper name ("the Organisation of Islamic Cooperation",
    "the Occupy Oakland camp"): a capitalised proper noun inside the sentence, next to
    another one, in a sentence that is not a title-case headline. (The parser runs without
    NER, so the name is told by tags and capitals.)"""
    if tok is None or not trigger_text[:1].isupper() or start == 0 or not _cap_propn(tok) \
            or _title_case(text):
        return False
    before = text[:start].rstrip()
    if not before or before[-1] in ".:!?\"“‘'(—–-":
        return False            # a sentence or quotation opening
    doc, i = tok.doc, tok.i
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.lower_ == "of" and i > 1:
        prev = doc[i - 2]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return any(t is not None and _cap_propn(t) for t in (prev, nxt))
