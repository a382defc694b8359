"""The form a speaker's name is reported in: the head of the phrase the text used.

Attribution takes the whole noun phrase before or after the speech verb, so a place or
occasion that follows the speaker comes along ('Diab in his speech promised …', 'one pupil
inside the building at the time told …'), and so does a generational suffix ('Ann Roe Jr.').
Readers and the scorer's last-word match want the person or the role itself: 'Diab',
'one pupil', 'Ann Roe'. Only a preposition of place or time followed by a determiner is
cut, so names built with one ('Commission on Elections', 'a policeman from the village')
stay whole. A body's possessive before a person's name ('Greenfield's Ann Roe') says where
the person works: the person is 'Ann Roe'. A fronted time phrase the sentence gave no comma
('Earlier in May the governor') is cut from the front.
"""
from __future__ import annotations

import re

from .speakers import looks_person

_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$")
_EMPLOYER = re.compile(r"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s\s+(?=[A-Z][\w'’-]*\s+[A-Z])")
_POSTMOD = re.compile(r"^(\S.*?\S)\s+(?:in|inside|at|during)\s+(?:his|her|their|its|the|a|an)\s+\S.*$")


# a participle phrase after a described speaker: 'a witness living in the Varo quarter' is the
# witness ('a resident of the building in ...' keeps its 'of', so it is not cut)
_PARTICIPLE = re.compile(r"^((?:an?|the|one|another)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+[a-z]{3,}ing\s+"
                         r"(?:in|inside|at|near|outside|on|along|by)\s+\S.*$")
# a time adjunct after the speaker: 'President Ada Vel in February warned', 'the mayor on Sunday said'
_WHEN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
_TIME_TAIL = re.compile(r"^(\S.*?\S)\s+(?:(?:earlier|later)\s+)?(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?"
                        + _WHEN + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$"
                        r"|^(\S.*?\S)\s+(?:last|this|earlier\s+this)\s+(?:week|month|year)$")
# a fronted time phrase kept with no comma: 'Earlier in May the governor, who …, said'
_TIME_HEAD = re.compile(r"^(?:(?:Earlier|Later)\s+)?(?:(?i:in|on|during|this|last|early|late)\s+)?"
                        r"(?:" + _WHEN + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|week|month|year|morning|evening)\s+"
                        r"(?=the\s|[A-Z])|^(?:Earlier|Later)\s+(?=the\s)")
_GLUE = frozenset({"of", "for", "from", "with", "the", "a", "an", "and", "or", "to"})


def speaker_form(name: str | None) -> str | None:
    """`name` without a trailing place or occasion phrase and without Jr./Sr./III."""
    if not name:
        return name
    p = _PARTICIPLE.match(name)
    if p and not _GLUE & set(p.group(1).split()[1:]):
        name = p.group(1)
    if (emp := _EMPLOYER.match(name)) and looks_person(name[emp.end():]):
        name = name[emp.end():]
    if (head := _TIME_HEAD.match(name)) and head.group().split()[0] in ("Earlier", "Later", "In", "On", "During",
                                                                         "This", "Last", "Early", "Late"):
        name = name[head.end():]
    if t := _TIME_TAIL.match(name):
        name = t.group(1) or t.group(2)
    m = _POSTMOD.match(name)
    if m:
        name = m.group(1)
    short = _SUFFIX.sub("", name)
    return short if len(short.split()) >= 2 else name
