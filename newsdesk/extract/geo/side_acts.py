"""Places a sentence gives for something other than its trigger's act, read off the parse.

attach.py already drops the object of a cause preposition ("in response to the raid in X").
Three more shapes recur on fresh coverage and hold for any name:

- everything hanging under a cause noun is the other act's, whatever preposition links it
  ("in retaliation against strikes ... in X", "in revenge for a push against rebels in X"
  where the parser hangs "in X" on the rebels or on the cause noun itself);
- the goal of a verb of getting away other than the trigger is where the doers went next,
  not where they acted ("tried to bomb the depot and flee to X", "run to X with hostages");
- the "from" phrase of a verb whose object or passive subject is its target is where the
  fire came from, not where it struck ("the towns were shelled from the side of X").
"""
from __future__ import annotations

from newsdesk.nlp import lemma_in

# nouns that turn what hangs under them into the cause of the act ("in response to X",
# "in retaliation for X"); attach.py's cause prepositions read the same set
from ..cause_words import CAUSE_NOUNS

# verbs whose object (or passive subject) is what was hit: their "from" is the launch point.
# Not "fire" / "launch": their object is the shell, and "fired from X" may well be the scene
TARGET_VERBS = {"shell", "bomb", "bombard", "strike", "hit", "attack", "target", "pound", "rocket"}
# "from the territory / side / direction of X": X names the launch point's area
_FROM_AREAS = {"territory", "side", "direction", "soil"}
GOAL_PREPS = {"to", "toward", "towards"}
# verbs of getting away: their goal is where the doers went after the act. Not "march" or
# "advance", whose goal may be the act's own scene (and often its own trigger)
LEAVING = {"flee", "escape", "run", "head", "return", "retreat", "withdraw", "drive", "go",
           "move", "travel", "cross", "sail", "fly", "slip", "vanish"}


def side_role(head, trigger) -> str | None:
    """'background', 'destination' or 'origin' when the name whose head is `head` belongs to
    another act than `trigger`'s (see the module note), else None."""
    if trigger is None:
        return None
    if _under_cause_noun(head, trigger):
        return "background"
    if _coordinated_goal(head, trigger):
        return "destination"
    if _launch_point(head, trigger):
        return "origin"
    return None


def _under_cause_noun(head, trigger) -> bool:
    """On the way up from the name to the trigger's own words the parse passes a cause noun
    reached through one of its prepositions: the name is in the other act's telling."""
    above = {trigger.i} | {t.i for t in trigger.ancestors}
    t, steps = head, 0
    while t.i not in above and t.head is not t and steps < 14:
        h = t.head
        if t.dep_ == "prep" and h.lower_ in CAUSE_NOUNS and h.i not in above:
            return True
        t, steps = h, steps + 1
    return False


def _coordinated_goal(head, trigger) -> bool:
    """"to X" on a verb of leaving that is not the trigger but follows it ("blow up the plant
    and escape to X") or holds it as a participant ("run to X with hostages"). Not a verb the
    trigger is coordinated after ("drove to X and opened fire"): that trip ends at the scene."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ not in ("prep", "dative") or prep.lower_ not in GOAL_PREPS:
        return False
    verb = prep.head
    if verb.i == trigger.i or not verb.tag_.startswith("VB") or not lemma_in(verb, LEAVING):
        return False
    return _conj_after(verb, trigger) or _held_by(verb, trigger)


def _conj_after(verb, trigger) -> bool:
    """The verb is coordinated after the trigger (directly or down a chain of conjuncts)."""
    t = verb
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
        if t.i == trigger.i:
            return True
    return False


def _held_by(verb, trigger) -> bool:
    """The trigger hangs under the verb through no coordination: one of its participants."""
    t, steps = trigger, 0
    while t.head is not t and steps < 6:
        if t.dep_ == "conj":
            return False
        t, steps = t.head, steps + 1
        if t.i == verb.i:
            return True
    return False


def _launch_point(head, trigger) -> bool:
    """"were shelled from (the territory of) X": a "from" on a target-taking attack verb that
    has its target, the act's scene being the target's place, not X."""
    t = head
    if t.head.lower_ == "of" and t.head.head.lower_ in _FROM_AREAS:
        t = t.head.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "from" or prep.head.i != trigger.i:
        return False
    if not trigger.tag_.startswith("VB") or not lemma_in(trigger, TARGET_VERBS):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children)
