"""Who did it, when a group claims the act: "the Northern Front claimed responsibility for the
bombing" against "the interior ministry blamed the Red Banner Brigade for the attack", or
against a second group's own claim ("found no link between the gunman and the Front" is
`dispute_evidence`'s).

Why a detector of its own: a claim of responsibility is no accusation (no one is charged and
no one denies), so the denial, blame and evidence detectors, which want a charge and its
rebuttal, pass it by; `culprit` wants the two camps to name each other. Yet when a group's
claim meets an official account naming someone else, whose account of the perpetrator
stands is the story's open question.
The signal is generic: a sentence states who carried out an act (a claim of responsibility,
"blamed X for the attack", "X was behind the bombing", "carried out by X"), and another
sentence of the story names a different party for it.
Precision first: negated or hedged statements ("no group has claimed", "whether X was
behind") state no culprit; the two culprits must be parties apart, and the holders too; a
party said anywhere in the story to back the other is its sponsor, not a rival culprit.
"""
from __future__ import annotations

import re

from .dispute_culprit import claim_holder
from .dispute_holders import accuser
from .dispute_sides import kin, one_side
from .disputes import _claim, detector
from ..model import Article, Dispute

_ACT = (r"(?:attacks?|bombings?|blasts?|explosions?|assaults?|shootings?|massacres?|killings?|raids?|"
        r"strikes?|ambush|murders?|assassination|abduction|kidnapping|hijacking|downing|shelling|rampage)\b")
_NP = r"((?:[\w'\u2019.-]+\s+){0,6}?[\w'\u2019.-]+)"
_DET = r"(?:the\s+|an?\s+|this\s+|that\s+|these\s+|[A-Z][\w'\u2019.-]*['\u2019]s\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
# the subject claims the act itself
CLAIMED = re.compile(r"\b(?:(?:has|have|had)\s+)?(?:also\s+|later\s+|quickly\s+|swiftly\s+)?claimed\s+"
                     r"(?:responsibility|credit)(?:\s+for\b|(?=\s*[.;]|\s*,\s+(?:said|saying|according)\b|"
                     r"\s+(?:in|on|via|through)\s+(?:an?\s+|its\s+|their\s+)?(?:statement|website|channel|"
                     r"message|post|video)))|\bsaid\s+(?:it|they|the\s+group)\s+(?:had\s+)?"
                     r"(?:(?:carried\s+out|staged|launched|conducted)\s+|(?:was|were|had\s+been)\s+behind\s+)"
                     + _DET + _ACT, re.I)
# a voice of the claimant: "a Northern Front spokesman said the group had carried out ..."
_VOICE = re.compile(r"^(?:an?\s+|the\s+)?(.+?)\s+(?:spokes(?:man|woman|person)|leader|commander|statement|official)$",
                    re.I)
# the claim doubted by another holder: "police dismissed the claim", "said the claim was unfounded"
DOUBTED = re.compile(r"\b(?:dismiss|reject|discount|den(?:y|ie))\w*\s+(?:the\s+|that\s+|this\s+|its\s+|their\s+)?"
                     r"(?:group['\u2019]s\s+)?claims?\b"
                     r"|\bclaims?\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:not\s+credible|"
                     r"unfounded|false|baseless|untrue|opportunistic|unsubstantiated)\b", re.I)
# a doubt itself negated: "the military is not discounting this claim", "did not reject the claims"
_NOT_DOUBTED = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:dismiss|reject|discount|den(?:y|ie))\w*\s+"
                          r"(?:the\s+|that\s+|this\s+|its\s+|their\s+)?(?:group['\u2019]s\s+)?claims?\b", re.I)
CLAIMED_BY = re.compile(r"\b(?:responsibility|credit)\s+(?:for\s+[^,;]{0,60}?\s+)?(?:was|has\s+been|had\s+been)\s+"
                        r"claimed\s+by\s+" + _NP + r"(?=\s*[,.;]|\s+(?:in|on|through|via|which|who)\b)", re.I)
# another holder names the culprit
NAMED = [
    re.compile(r"\bblam(?:ed|es|ing)\s+" + _NP + r"\s+for\s+" + _DET + _ACT, re.I),
    re.compile(r"\baccus(?:ed|es|ing)\s+" + _NP + r"\s+of\s+(?:carrying\s+out|staging|being\s+behind|"
               r"orchestrating|masterminding|perpetrating|committing)\b", re.I),
    re.compile(r"(?:\bthat\s+|\b(?:said|says|believe[sd]?|concluded|suspect(?:s|ed)?)\s+)" + _NP +
               r"\s+(?:was|were|is|are|had\s+been)\s+(?:\w+ly\s+)?(?:behind|responsible\s+for)\s+" + _DET + _ACT,
               re.I),
    re.compile(_ACT + r"\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:carried\s+out|perpetrated|committed|"
               r"orchestrated|staged)\s+by\s+" + _NP + r"(?=\s*[,.;]|\s+(?:in|on|and|who|which|with)\b)", re.I),
]
_HEDGED = re.compile(r"\b(?:no|not|never|nobody|none|n't|whether|if|unclear|yet\s+to|denied|deny|denies|"
                     r"would|could|may|might)\b", re.I)
_VOID = {"it", "this", "that", "they", "he", "she", "who", "which", "there", "we", "i", "you", "group",
         "the group", "a group", "one", "someone", "anyone", "nobody", "the attackers", "the gunmen"}
_TRIM = re.compile(r"^.*\b(?:that|and|but|while|as|which|who|said|says|reported|added)\s+|"
                   r"^(?:also|later|then|however|but),?\s+", re.I)
# a party said to back another: the sponsor and its proxy are one camp, not rival culprits
BACKING = re.compile(r"\b(?:backed|backing|backs|sponsor\w*|fund\w*|arm(?:s|ed|ing)|proxy|proxies|"
                     r"support(?:s|ed|ing)?|allied|allies|ally)\b", re.I)


# a claimant described, then named: "an opposition movement called the Free Delta" -> its name
_NAMED_AS = re.compile(r"^.*?\b(?:called|named|known\s+as|calling\s+itself)\s+(?=(?:the\s+)?[A-Z])", re.I)


def _party(np: str | None) -> str | None:
    """A named party: some capitalised word, no pronoun, a short phrase."""
    if not np:
        return None
    np = re.sub(r"\s+(?:also|later|quickly|swiftly|has|have|had|on\s+\w+day)$", "", np.strip(" ,"))
    if np.lower() in _VOID or len(np.split()) > 7 or not re.search(r"\b[A-Z][a-z]", np):
        return None
    return np


def _claimant(text: str) -> str | None:
    """Who claims the act in a sentence that claims it, else None."""
    m = CLAIMED_BY.search(text)
    if m:
        return _party(m.group(1))
    m = CLAIMED.search(text)
    if not m:
        return None
    lead = re.split(r"[,;:]\s*|\s[-\u2013\u2014]\s", text[:m.start()])[-1]
    lead = _TRIM.sub("", lead.strip())
    lead = re.sub(r"^(?:The\s+)?(?:[a-z]+\s+)?(?:group|militia|faction|organi[sz]ation)\s+(?=[A-Z])", "", lead)
    lead = _NAMED_AS.sub("", lead)
    if _HEDGED.search(lead):
        return None
    voice = _VOICE.match(lead)
    return _party(voice.group(1) if voice else lead)


def _named(text: str) -> tuple[str, int] | None:
    """(the party another holder names as the culprit, where), unless hedged or negated."""
    for rx in NAMED:
        m = rx.search(text)
        if m and not _HEDGED.search(text[max(0, m.start() - 30):m.start() + 1]):
            who = _party(re.sub(r"^(?:the|that)\s+", "", m.group(1), flags=re.I))
            if who:
                return who, m.start()
    return None


def _accounts(art: Article, ctx: dict) -> list[tuple]:
    """(article, sentence, holder, culprit, kind) for each sentence telling who did the act."""
    out = []
    res = ctx["res"][art.id]
    for s in ctx["sents"][art.id]:
        if s.text[:1] in "\"\u201c\u2018'":
            continue
        if who := _claimant(s.text):
            out.append((art, s, who, who, "claim"))
        elif DOUBTED.search(s.text) and not _NOT_DOUBTED.search(s.text) \
                and (held := claim_holder(s.text, res, s.start)):
            out.append((art, s, held, None, "doubt"))
        elif named := _named(s.text):
            held = claim_holder(s.text, res, s.start) or accuser(s.text, res, s.start)
            if held and not one_side(held, named[0]):
                out.append((art, s, held, named[0], "named"))
    return out


def _initials(party: str) -> str:
    return "".join(w[0] for w in re.findall(r"\b(?!The\b)[A-Z][a-z]+", party)).lower()


def _alias(x1: str, x2: str) -> bool:
    """One name is the short form of the other: a one-word acronym ("ISIS", "Isis") whose
    letters open with the initials of the other's words ("the Islamic State" -> "is")."""
    for a, b in ((x1, x2), (x2, x1)):
        words = re.sub(r"^the\s+", "", a, flags=re.I).split()
        init = _initials(b)
        if len(words) == 1 and len(init) >= 2 and words[0].lower().startswith(init):
            return True
    return False


def _rival(c1: tuple, c2: tuple) -> bool:
    (_, s1, h1, x1, k1), (_, s2, h2, x2, k2) = c1, c2
    if s1 is s2 or one_side(h1, h2) or "claim" not in (k1, k2):
        return False
    if "doubt" in (k1, k2):               # the claim doubted by a holder apart from the claimant
        return k1 != k2 and not one_side(x1 or x2, h2 if k2 == "doubt" else h1)
    return not kin(x1, x2) and not one_side(x1, x2) and not _alias(x1, x2)


def _stem(party: str) -> str | None:
    caps = re.findall(r"\b[A-Z][a-z]{2,}", party)
    return caps[-1][:5].lower() if caps else None


def _one_camp(x1: str, x2: str, articles: list[Article], ctx: dict) -> bool:
    """Some sentence of the story names both parties and one as backing the other ("the
    Dorn-backed Front", "denied arming the Front"): sponsor and proxy, not two culprits."""
    k1, k2 = _stem(x1), _stem(x2)
    return bool(k1 and k2) and any(k1 in s.text.lower() and k2 in s.text.lower() and BACKING.search(s.text)
                                   for a in articles for s in ctx["sents"][a.id])


@detector("claimed")
def claimed(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first claim with a rival account of the perpetrator."""
    found = [c for art in articles for c in _accounts(art, ctx)]
    for i, c1 in enumerate(found):
        for c2 in found[i + 1:]:
            if not _rival(c1, c2) or (c1[3] and c2[3] and _one_camp(c1[3], c2[3], articles, ctx)):
                continue
            (a1, s1, h1, x1, _), (a2, s2, h2, x2, k2) = sorted((c1, c2), key=lambda c: c[4] != "claim")
            if k2 == "doubt":
                return [Dispute(f"whether {x1} did it: claimed ({h1}) vs doubted ({h2})",
                                [_claim(a1, s1, h1), _claim(a2, s2, h2)], "responsibility")]
            return [Dispute(f"who did it: {x1} ({h1}) vs {x2} ({h2})", [_claim(a1, s1, h1), _claim(a2, s2, h2)],
                            "responsibility")]
    return []
