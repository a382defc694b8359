"""Trigger words that name no act, by the words around them, found by reading unseen coverage
(Multi-News validation): a comparison ("like shooting a bullet with a bullet"), what a thing is
for ("a system designed to shoot down missiles"), readiness for war ("could have to go into
battle"), a counterfactual ("would not have been able to kill 26 people"), a drill or a
generic risk ("a simulated anthrax attack", "a biological attack is a constant threat"), a
thing released rather than a person ("this shot, released by the company", "an anthrax
release", "according to a release from the DA's office", "released 1,800 mink"), a release only sought ("work for her
release"), a camera or a satellite that "captures" a scene, a kind of video or craft ("appeared in an
execution video", "bomb-making manuals"), gear named after an act ("an assault rifle"),
a warrant executed, a fight named as what a truce stops ("a ceasefire in fighting"), a charging
document cited ("the indictment alleges"), a sign-up form ("you agree to receive email"), a rude
word ("the remarks were offensive"), a capitalised word of a group's or campaign's
name ("Moms Demand Action", "the Coalition to Stop Gun Violence"); and, from later unseen sets,
responsibility claimed for oneself or put on no one ("an inquiry into who was responsible"),
charges by rumour or a group's habit ("zealots who condemn"), troops a base "hosted", a video
"shot" somewhere, harm only threatened ("threatened more attacks"), protests only feared.
Text rules, so they hold for the parsed and the parser-free (ev_light) sentences alike.
"""
from __future__ import annotations

import re

_SIMILE = re.compile(r"\b(?:like|as if|as though)\s+(?:a\s+|an\s+|the\s+)?$", re.I)
_CAPABILITY = re.compile(r"\b(?:designed|meant|built|intended|equipped|trained|capable|ready|used)\s+"
                         r"(?:to|of|for)\s+(?:\w+\s+)?$", re.I)
_READINESS = re.compile(r"\b(?:go|goes|going|gone|went|head|heading|ready|readiness|prepared?|preparing)\s+"
                        r"(?:for|into|to)\s+(?:the\s+)?$", re.I)
_WAR_WORDS = {"battle", "war", "combat", "battles", "wars"}
# "would not have been able to kill", "could have killed": what did not happen
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:n['\u2019]t|\s+not)?\s+have\s+"
                             r"(?:been\s+able\s+to\s+)?(?:\w+\s+)?$", re.I)
# "a simulated anthrax attack", "mock attacks", "a possible biological attack"
_DRILL = re.compile(r"\b(?:simulated|simulation of an?|mock|hypothetical|possible|imagined|fictional|fictitious|"
                    r"potential|intentional|staged|pretend|practice|drill|exercise)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "a biological attack ... is a constant threat", "the ability to respond to an attack"
_INDEFINITE = re.compile(r"\b(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$", re.I)
_GENERIC_SENT = re.compile(r"\b(?:can|could|would|will|threat|threats|risk|ability|capability|prepared(?:ness)?|"
                           r"prepar\w+|in case of|in the event of|vulnerab\w+|protect\w*|defen[cs]e against)\b", re.I)
# things, not people, that are released: "this shot, released by the company", "anthrax release"
_THING = (r"(?:shot|photo|photograph|image|picture|video|footage|statement|report|anthrax|gas|chemicals?|"
          r"toxins?|radiation|radioactive material|agent|pathogen|virus|bacteria|oil|water|data|emails?|"
          r"documents?|recording|audio|transcript|album|film|book|letter)")
_THING_RELEASED = re.compile(_THING + r"\W+(?:[\w-]+\W+){0,2}$", re.I)
# "the video was like others the group had released": "others" stands for the thing just named
_THING_ANAPHOR = re.compile(r"\b" + _THING + r"s?\b[^.;]{0,60}?\b(?:others|ones|those|the same)\s+"
                            r"(?:(?:that|which)\s+)?(?:[\w'\u2019-]+\s+){1,3}$", re.I)
# "surveillance video captures the Hummer", "cameras captured the moment"
_CAMERA = re.compile(r"\b(?:video|videos|camera|cameras|footage|photos?|images?|pictures?|recording|"
                     r"photographer|lens)\W+(?:[\w'\u2019-]+\W+){0,3}$", re.I)
# "sightings ... captured by Thai and Japanese satellites": what a sensor records
_BY_CAMERA = re.compile(r"\s+(?:on|by|in)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:satellites?|cameras?|video|"
                        r"footage|film|drones?|radar|sensors?|tape)\b", re.I)
_NOUN_TRIGGERS = re.compile(r"^(?:attacks?|assaults?|strikes?|bombings?|raids?|violence)$", re.I)
_PROTEST_NOUNS = re.compile(r"^(?:protests?|demonstrations?|riots?|rall(?:y|ies))$", re.I)
# harm to come named after a threat or warning ("threatened more attacks", "warned of new strikes")
_THREATENED_MORE = re.compile(r"\b(?:threaten\w*|vow\w*|warn\w*|promis\w*|pledg\w*)\s+(?:of\s+|that\s+)?"
                              r"(?:more|further|new|fresh|future|similar|additional|bigger)\s+(?:[\w-]+\s+)?$", re.I)


def unreal_wording(text: str, tr) -> bool:
    """The trigger names no act by the words around it (see the module docstring)."""
    before = text[max(0, tr.start - 50):tr.start]
    word = tr.text.lower()
    if _SIMILE.search(before) or _CAPABILITY.search(before) or _COUNTERFACTUAL.search(before):
        return True
    if word in _WAR_WORDS and _READINESS.search(before):
        return True
    if tr.type == "ASSAULT" and _NOUN_TRIGGERS.match(tr.text):
        if _DRILL.search(before):
            return True
        if _INDEFINITE.search(before[-30:]) and _GENERIC_SENT.search(text):
            return True
    if tr.type == "PROTEST" and _PROTEST_NOUNS.match(word) and _DRILL.search(before):
        return True         # "in response to possible violent demonstrations": protests feared, none told
    if tr.type == "ASSAULT" and _THREATENED_MORE.search(before):
        return True         # "it threatened more attacks": what is threatened, the threat is the act
    if tr.type == "ASSAULT" and (_GENRE_AFTER.match(text[tr.end:tr.end + 20]) or _IN_VIDEO.search(before)):
        return True         # "an IS execution video", "bomb-making manuals": a kind of thing, no act
    if tr.type == "ASSAULT" and (_GEAR_WORD.match(word) and _GEAR_AFTER.match(text[tr.end:tr.end + 30])
                                 or word.startswith("execut") and _WARRANT_AFTER.match(text[tr.end:tr.end + 40])):
        return True         # "an assault rifle", "executed a search warrant": a thing or a court order
    if name_word(text, tr):
        return True         # "the Coalition to Stop Gun Violence": a word of a name, no act
    if tr.type == "RETREAT" and tr.mode == "release" and (
            _THING_RELEASED.search(before[-30:]) or _DOC_RELEASE.search(before[-40:])
            or _THING_ANAPHOR.search(text[max(0, tr.start - 110):tr.start])
            or _ANIMALS_AFTER.match(text[tr.end:tr.end + 50])
            or _SOUGHT_RELEASE.search(before[-50:])) and not re.match(r"\s+of\b", text[tr.end:]):
        return True         # a press release; a release still sought ("work for her release")
    if tr.type == "ASSAULT" and word == "offensive" and (_RUDE_BEFORE.search(before[-25:])
                                                         or _RUDE_AFTER.match(text[tr.end:tr.end + 25])):
        return True         # "the remarks were offensive", "offensive comments": rude, no attack
    if tr.type == "ASSAULT" and _HALTED.search(before):
        return True         # "a ceasefire in fighting", "calls to halt violence": the fight stopped, not told
    if tr.type == "AGREE" and _SIGN_UP.match(text[tr.end:tr.end + 40]):
        return True         # "By signing up you agree to receive email newsletters": page furniture
    if tr.type == "ACCUSE" and cited_document(text, tr):
        return True         # "the indictment alleges ...": a charge's content cited, no new act
    if tr.type == "ACCUSE" and "responsib" in word and (_NO_ONE_BLAMED.search(before) or _OWN_CLAIM.search(before)):
        return True         # "an inquiry into who was responsible", "it said it was responsible": no one accused
    if tr.type == "ACCUSE" and (_RUMOUR.search(text[:tr.start]) or (_GENERIC_WHO.search(before[-20:]) and _PRESENT.match(word))):
        return True         # "conspiracy theories ..., with proponents blaming", "Islamists who criticize": no act
    if tr.type == "CONSULT" and word.startswith("host") and _HOSTED_PEOPLE.match(text[tr.end:tr.end + 50]):
        return True         # "a base which hosted US special forces": a stay, no meeting
    if tr.type == "ASSAULT" and word == "shot" and _FILMED.search(before[-20:]):
        return True         # "in a video shot at an air base": filmed, no gunfire
    if tr.type == "COERCE" and word.startswith("captur") and (
            _CAMERA.search(before) or _BY_CAMERA.match(text[tr.end:tr.end + 50])):
        return True
    if tr.type == "REQUEST" and _IDIOM_REQUEST.search(before[-12:]) and word.startswith("request"):
        return True         # "grief counseling upon request": a service, no demand
    if word == "promising" and _ADJECTIVAL.search(before[-12:]) and not re.match(r"\s+(?:to|that)\b", text[tr.end:]):
        return True         # "a talented, promising young woman": praise of a person, no pledge
    return no_act_stated(text, tr)


def no_act_stated(text: str, tr) -> bool:
    """Wordings read on unseen coverage (set 7) where the trigger is a description, a risk, a
    demand's content or advice rather than an act someone took."""
    before, after, word = text[max(0, tr.start - 60):tr.start], text[tr.end:tr.end + 60], tr.text.lower()
    if tr.type == "AGREE" and word in ("agreed upon", "agreed on") and _ATTRIBUTE_SLOT.search(before[-25:]):
        return True         # "at agreed upon meeting points": a participle describing a thing
    if tr.type == "THREATEN" and word.startswith("threaten") and re.match(r"\s+to\b", after) \
            and _EVENT_SUBJECT.search(before):
        return True         # "the attacks threatened to scuttle plans": a risk, no one threatens
    if tr.type in ("CONCEDE", "RETREAT") and (re.match(r"\w+ing\s+of\b", word) or re.match(r"\s+of\b", after)) \
            and _DEMANDED.search(before):
        return True         # "new conditions, including the lifting of a siege": what is demanded
    if tr.type == "ASSAULT" and word in ("fighting", "battling") and _STANDING_BODY.search(before[-30:]):
        return True         # "part of a US-led coalition fighting IS": who someone is, no act
    if tr.type == "AID" and word.startswith("peacekeep") and _OWNED.search(before[-30:]) and \
            _FORCE_AFTER.match(after) and not _SENDING.search(text):
        return True         # "the African Union's peacekeeping force": who a body is, no aid given
    if tr.type == "REQUEST" and word.startswith("calls ") and _NOUN_SLOT.search(before[-25:]) \
            and re.match(r"(?:\s+[\w'\u2019-]+){1,5}?\s+(?:were|are|was|is|have been|had been)\b", after):
        return True         # "that calls for a cease-fire were only aimed at": others' calls discussed
    return advice(text)


# responsibility put on no one named ("who was responsible", "those who are responsible"), or
# taken by the speaker for itself ("the group said it was responsible"): a claim, no accusation
_NO_ONE_BLAMED = re.compile(r"\b(?:who|whoever|whom|which|that|those|anyone|someone|whomever)\s+"
                            r"(?:(?:may|might|could|would|will|must)\s+(?:have\s+)?)?$", re.I)
_OWN_CLAIM = re.compile(r"(?:\b(?:said|says|claimed|claims|admitted|admits|acknowledged|acknowledges|announced|"
                        r"insisted|stated)\s+(?:that\s+)?(?:it|they|he|she)\s+|\b(?:we|i)\s+)$", re.I)


# charges made by rumour or online theory name no accusing party
_RUMOUR = re.compile(r"\bconspiracy theor\w*|\brumou?rs?\s+(?:are\s+|were\s+|have\s+been\s+)?(?:swirling|circulating|"
                     r"spreading|rife)\b", re.I)
# "followers ... who criticize the use of shrines": a plural present-tense relative clause tells
# what a group is like, no act done
_GENERIC_WHO = re.compile(r"\b(?:who|which|that)\s+(?:often\s+|routinely\s+|regularly\s+|also\s+)?$", re.I)
_PRESENT = re.compile(r"^[a-z]+(?<!ed)(?<!ing)(?<!s)$")     # a plural's verb: "which accuses" may be one act
_HOSTED_PEOPLE = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){0,3}?(?:forces|troops|soldiers|marines|personnel|bases?|"
                            r"refugees|migrants|asylum seekers|fighters|militants)\b", re.I)
_FILMED = re.compile(r"\b(?:video|videos|footage|film|clip|scene|photos?|pictures?|images?)\s+$", re.I)


def advice(text: str) -> bool:
    """An unattributed imperative ("Don't be quick to blame the cat"): advice to the reader."""
    return bool(_IMPERATIVE.match(text)) and not _SAYING.search(text)


_ATTRIBUTE_SLOT = re.compile(r"(?:\b(?:a|an|the|at|of|in|on|to|for|previously|mutually|already|jointly|"
                             r"internationally|commonly|widely)\s+)$", re.I)
_EVENT_SUBJECT = re.compile(r"\b(?:attacks?|bombings?|blasts?|raids?|airstrikes|air strikes|violence|fighting|clashes|"
                            r"shelling|strikes?|protests|unrest|crisis|conflict|war|dispute|row|scandal|move|decision|"
                            r"delays?|developments?|escalation|standoff|stand-off|tensions?|situation)"
                            r"(?:\s+(?:on|in|against|by|at|near|over)\s+(?:[\w'\u2019.-]+\s+){0,2}?[\w'\u2019.-]+)?\s+"
                            r"(?:(?:has|have|had|now|also|further|could|may|might|would|will|quickly)\s+){0,2}$", re.I)
_DEMANDED = re.compile(r"\b(?:conditions?|preconditions?|demands?|demanded|demanding|terms|insist(?:s|ed|ing)? on|"
                       r"call(?:s|ed|ing)? for|seek(?:s|ing)?|sought)\b[^.;:]{0,40}$", re.I)
_STANDING_BODY = re.compile(r"\b(?:coalition|alliance)\s+(?:(?:that|which)\s+(?:is|are|has been)\s+)?$", re.I)
_OWNED = re.compile(r"(?:['\u2019]s|\b(?:the|its|their))\s+$", re.I)
_FORCE_AFTER = re.compile(r"\s+(?:force|mission|troops|contingent)s?\b", re.I)
_SENDING = re.compile(r"\b(?:sen[dt]s?|sending|deploy\w*|dispatch\w*|arriv\w*|contribut\w*|pledg\w*|"
                      r"approv\w*|authori[sz]\w*|extend\w*)\b", re.I)
_NOUN_SLOT = re.compile(r"(?:^|\b(?:that|the|these|those|its|their|his|her|recent|repeated|growing|mounting|"
                        r"international|western|amid|despite)\s+)$", re.I)
_IMPERATIVE = re.compile(r"^\s*(?:Don['\u2019]t|Do not)\s+(?:be\s+)?[a-z]+\b")
_SAYING = re.compile(r"\b(?:said|says|told|tells|urged|warned|tweeted|wrote|added|according to)\b|[\"\u201c\u201d]",
                     re.I)


# "released about 1,800 mink from the ranch", "freed hundreds of dogs": animals set loose
_ANIMALS_AFTER = re.compile(r"\s+(?:(?:about|some|around|nearly|more than|over|up to|at least)\s+)?"
                            r"(?:[\d,]+\s+|(?:thousands|hundreds|dozens)\s+of\s+)?(?:the\s+)?"
                            r"(?:mink|animals?|birds?|fish|dogs?|cats?|turtles?|wolves|bears?|horses|"
                            r"cattle|sheep|doves|pigeons|bobcats?|foxes|monkeys|rabbits|hens|chickens)\b", re.I)
# "according to a release from the DA's office", "said in a news release": a document
_DOC_RELEASE = re.compile(r"(?:\b(?:press|news|media)\s+|\b(?:according to|in|per|via|said in|says in)\s+"
                          r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?)$", re.I)
# "work frantically for her release", "failed to secure his release", "calls for their release"
_SOUGHT_RELEASE = re.compile(r"\b(?:for|secure|securing|seek|seeking|sought|win|winning|won't|negotiate|"
                             r"negotiating|demand\w*|urg\w+|press\w* for|push\w* for)\s+"
                             r"(?:the\s+|her\s+|his\s+|their\s+|its\s+)?(?:eventual\s+|immediate\s+|early\s+)?$",
                             re.I)
# a fight named as what a truce or a call stops: "a truce in the fighting with", "calls to
# halt violence", "an end to the clashes"
_HALTED = re.compile(r"\b(?:ceasefire|cease-fire|truce|lull|pause|cessation)[\"\u201d]?\s+(?:in|of)\s+(?:the\s+)?$|"
                     r"\b(?:halt|halting|stop|stopping|end|ending)\s+(?:to\s+)?(?:the\s+)?$", re.I)
_IDIOM_REQUEST = re.compile(r"\b(?:upon|on|by|at (?:the|your|their|his|her))\s+$", re.I)
_ADJECTIVAL = re.compile(r"(?:\b(?:a|an|the|very|most|more|and|so)\s+|,\s*)$", re.I)

# "an IS execution video", "attack footage", "bomb-making manuals": the word tells what the
# thing shows or serves; "appeared in a video of the beheading": someone seen on film
_MEDIA = r"(?:videos?|footage|clips?|films?|tapes?|recordings?|manuals?|instructions|games?)"
_GENRE_AFTER = re.compile(r"^(?:-?\s*" + _MEDIA + r"\b|-(?:making|maker|makers)\b|\s+(?:making|makers?)\b)", re.I)
_IN_VIDEO = re.compile(r"\b(?:appear(?:s|ed|ing)?|featur(?:es|ed|ing)|seen|shown)\s+in\s+(?:[\w'\u2019-]+\s+){0,3}"
                       + _MEDIA + r"\s+(?:of|showing|about)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I)
# "an assault rifle", "attack helicopters", "attack ads": the word names a kind of gear; "executed a
# search warrant": a court order carried out, not a person put to death
_GEAR_AFTER = re.compile(r"^[-\s]+(?:style\s+)?(?:rifles?|weapons?|vests?|helicopters?|dogs?|aircraft|"
                         r"submarines?|boats?|ads?|guns?|drones?)\b", re.I)
# ... only after the bare act word: "firing tear gas and automatic" + "weapons" is an act and its means
_GEAR_WORD = re.compile(r"^(?:assault|attack|strike|combat|fighter|bomber)$")
_WARRANT_AFTER = re.compile(r"^\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,2}warrants?\b", re.I)
_OPENING = ".:!?\"\u201c\u2018'(\u2014\u2013-"


def name_word(text: str, tr) -> bool:
    """A capitalised trigger inside the sentence next to another capitalised word (through
    "of"/"for"/"to"/"against"): a word of a name ("Gun Violence Archive", "Moms Demand
    Action"), in plain prose only (a title-case headline capitalises every word). The
    parser's in_name does the same with tags; this one also holds for parser-free sentences."""
    if not tr.text[:1].isupper() or tr.start == 0:
        return False
    before = text[:tr.start].rstrip()
    if not before or before[-1] in _OPENING:
        return False            # a sentence, quotation or list opening
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", text) if len(w) > 3]
    if len(words) >= 3 and sum(not w[0].isupper() for w in words) <= 1:
        return False            # a headline
    prev = re.search(r"([A-Za-z][\w'\u2019.-]*)\s+(?:(?:of|for|to|against|the)\s+){0,2}$", text[:tr.start])
    nxt = re.match(r"\s+(?:(?:of|for|to|against|the|in)\s+){0,2}([A-Za-z][\w'\u2019-]*)", text[tr.end:])
    cap = [m.group(1) for m in (prev, nxt) if m]
    return any(w[0].isupper() and w.lower() not in _NOT_NAME for w in cap) and \
        not (prev and prev.start(1) == 0 and not (nxt and nxt.group(1)[0].isupper()))


# capitalised words that are no part of a name: a sentence's first word is handled apart
_NOT_NAME = frozenset("i a an the he she it they we you this that these those".split())


_RUDE_BEFORE = re.compile(r"(?:\b(?:was|were|is|are|be|been|being|so|very|deeply|most|more|highly|"
                          r"extremely|found|find|finds|as|and|or)\s+|[\"\u201c\u2018']\s*)$", re.I)
_RUDE_AFTER = re.compile(r"[\"\u201d\u2019']|\s+(?:remarks?|comments?|language|words|statements?|tweets?|"
                         r"posts?|jokes?|behaviou?r|content|material|images?|slurs?|terms?|to|and)\b", re.I)
_SIGN_UP = re.compile(r"\s*(?:to\s+)?(?:receive\s+(?:\w+\s+)?(?:e-?mails?|newsletters?|updates|alerts|offers|messages)|"
                      r"the\s+(?:privacy policy|use of cookies|terms of (?:use|service)))\b", re.I)

# a charging document cited as the source of what a sentence tells: "according to the
# indictment", "the indictment says", "court documents allege"
_DOCS = r"(?:indictment|complaint|affidavit|court (?:documents?|papers|records|filings?)|charging documents?|lawsuit|suit|warrant)"
_CITE_VERB = r"(?:says|said|states|stated|alleges|alleged|shows|showed|claims|claimed|describes|described|reads|read)"
_ACCORDING = re.compile(r"\b(?:according to|per|in|cited in)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_DOC_SUBJECT = re.compile(_DOCS + r"\s+(?:also\s+)?$", re.I)


def cited_document(text: str, tr) -> bool:
    """An ACCUSE trigger that only cites a charging document: the charge is one event (the
    indictment itself), and each sentence retelling its content ("..., the indictment
    alleges") is no new accusation."""
    word = tr.text.lower()
    before = text[max(0, tr.start - 40):tr.start]
    if word.startswith("indict") and word.endswith("ment"):
        return bool(_ACCORDING.search(before) or re.match(r"\s+(?:also\s+)?" + _CITE_VERB + r"\b",
                                                          text[tr.end:tr.end + 20], re.I))
    return word.startswith("alleg") and bool(_DOC_SUBJECT.search(before))
