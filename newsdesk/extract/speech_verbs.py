"""The speech verbs: the closed list of verbs that introduce speech or a stated position, as
regexes and as a word set. Kept apart from speakers.py because quotes, attribution and the
dispute holders all read them, and the list is long enough to crowd the speaker logic."""
from __future__ import annotations

import re

from ..nlp.words import alternatives

# Verbs that introduce speech or a stated position (finite forms and participles).
_VERB_STEMS = (
    "say|said|says|saying|tell|told|tells|telling|add|added|adds|adding|stated|stating|"
    "declare|declared|declares|insist|insisted|insists|insisting|warn|warned|warns|warning|"
    "noted|noting|explain|explained|explains|write|wrote|writes|ask|asked|asks|"
    "reply|replied|replies|urge|urged|urges|urging|claimed|claiming|argue|argued|"
    "argues|announce|announced|announces|recall|recalled|stressed|"
    "emphasi[sz]ed|acknowledge|acknowledged|admit|admitted|admits|concede|conceded|"
    "vow|vowed|vows|vowing|pledge|pledged|complain|complained|commented|remarked|"
    "shout|shouts|shouted|cried|tweeted|texted|messaged|posted|describe|described|describes|describing|"
    "called|calling|accuse|accused|accuses|accusing|deny|denied|denies|denying|"
    "quoted|cited|reported|conclude|concluded|predict|predicted|"
    "suggest|suggested|suggests|demanded|affirm|affirmed|maintain|maintained|respond|"
    "responded|countered|observe|observed|reiterate|reiterated|allege|alleged|alleges|"
    "believe|believes|believed|thinks|explain|expressed|"
    "criticized|criticised|criticizing|criticising|slammed|"
    "condemn|condemned|condemns|denounce|denounced|denounces|decry|decried|decries|blamed|blaming|"
    "reject|rejected|rejects|rejecting|dismiss|dismissed|dismisses|promised|"
    "threaten|threatened|threatens|assert|asserted|asserts|confirm|confirmed|confirms|"
    "recount|recounted|recounts|hail|hailed|praise|praised|boast|boasted|joke|joked|"
    "testify|testified|whisper|whispered|scream|screamed|exclaim|exclaimed|mutter|muttered|"
    "remembered|quip|quips|quipped|mused|wondered|echoed|chant|chanted|chanting|asking|tweeting|writing|"
    "arguing|explaining|declaring|announcing|recalling|shouting|yelling|yelled|yells|proclaim|proclaimed|proclaims|"
    "branded|dubbed|labelled|labeled|termed|reports|wail|wailed|wails|lament|lamented|laments|sobbed|wept"
)
# 'continued' is speech only where it closes or opens the attribution ('…," he continued.' /
# 'He continued: "…"'), never in 'if Moscow continued to foment chaos'; a word glued to a
# hyphen ('self-proclaimed', 'so-called') is half of a compound, no verb
# 'warning shots', 'warning signs': the participle as a noun's modifier says nothing
SPEECH_VERB = re.compile(rf"(?<![A-Za-z]-)\b(?:{_VERB_STEMS}|continue[ds](?=\s*(?:[,.:;]|$)))\b"
                         r"(?!(?<=warning)\s+(?:shots?|signs?|signals?|lights?|labels?|systems?|sirens?|flares?)\b)")
# Verbs that also take a reported clause ("X said that ...") for indirect speech.
CLAUSE_VERBS = re.compile(
    r"\b(said|says|told \w+(?: \w+)?|added|stated|declared|insisted|warned|noted|explained|"
    r"claimed|argued|announced|acknowledged|admitted|conceded|stressed|believes|believed|"
    r"alleged|confirmed|reported|denied|maintained|asserted|suggested|predicted|thinks)"
    r" that\b")
# SPEECH_VERB matches whole word runs only: its words as a set (quotes.verb_matches)
SPEECH_WORDS = alternatives(_VERB_STEMS)

PARTICIPLES = {"saying", "adding", "telling", "urging", "insisting", "warning", "noting",
               "calling", "accusing", "describing", "claiming", "denying", "vowing",
               "blaming", "rejecting", "chanting", "asking", "tweeting", "writing", "arguing",
               "explaining", "declaring", "announcing", "recalling", "shouting", "yelling", "stating"}
