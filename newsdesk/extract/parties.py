"""Who acted and on whom, from the dependency parse around a trigger: subjects, agents of
passives, objects and "ties with X" relations, the owner of a nominal act ("Russia's
decision"), a shared subject up conj/xcomp chains. actors.py says what a party is and how it
is named; this module finds which tokens fill the roles."""
from __future__ import annotations

from ..nlp import lemma_in, pos
from . import ev_names as N
from .actors import QUANTITY, _alias, actor_country, guise_wearer, is_party
from .doc_party import is_document, issuer as doc_party
from .borrowed import SAY, deliverer, gerund_host, shared_passive, weapon_user, when_actor
from .gapped import gapped_agent as _gapped_agent
from .frames import blamed_on, link_denier, pobjs as _pobjs

# last words of names of venues: before an act noun they say where ("the Dorn Arena attack")
VENUE_HEADS = {"arena", "university", "college", "campus", "mall", "theatre", "theater", "nightclub",
               "club", "cafe", "café", "restaurant", "bar", "pub", "concert", "festival", "marathon",
               "museum", "synagogue", "temple", "cathedral", "centre", "center", "beach", "plaza"}


def _place_modifier(tok) -> bool:
    """'the London attack', 'the Paris attacks', 'the Dorn Arena bombing': a city, region or
    venue before the noun says where, not who (a country may still act: 'US strikes')."""
    r = N.run_of(tok)
    name = tok.doc[r[0]:r[1]].text if r else tok.text
    if r and tok.doc[r[1] - 1].lower_ in VENUE_HEADS:
        return True
    kind = N.place_kind(name)[0]
    return kind is not None and kind != "country" and _alias(name) is None


# nouns that name an act, so a nation's adjective on them is the doer; on a thing ("the
# Russian jet", "a Ukrainian fighter jet") the adjective says whose it is, often the victim's
ACT_NOUNS = {"strike", "airstrike", "raid", "attack", "bombing", "bombardment", "shelling", "offensive",
             "assault", "invasion", "incursion", "crackdown", "blockade", "operation", "sanction"}


def _national_modifier(tok) -> bool:
    """'Russian air strikes', 'Israeli raids': a nation's adjective on the act names who did it
    (a lone adjective, not one of a pair, which may name both sides: 'Russian-Ukrainian talks')."""
    return tok.dep_ == "amod" and tok.text[:1].isupper() and actor_country(tok.text) is not None and \
        not any(c.dep_ == "conj" for c in tok.children) and is_party(tok)


def _national_actor(tok):
    """The nation's adjective on an act noun ("Russian strikes"); a trigger that is the first
    word of a compound ("air" in "Russian air strikes") reads it off the compound's head."""
    act = tok.head if tok.dep_ == "compound" and tok.head.i != tok.i else tok
    if not lemma_in(act, ACT_NOUNS):
        return None
    return next((c for c in act.children if _national_modifier(c)), None)


def _party_or_owner(tok):
    """An actor that is a thing its owner did ("Russia's decision"): the owner; an act that
    did the harm ("carried out a strike that killed ...") names its doer (_act_doer); a
    document ("a statement from the army condemned ...") its issuer (doc_party)."""
    if tok is None or is_party(tok):
        return tok
    if is_document(tok):
        return doc_party(tok)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and owner.tag_ != "PRP$" and is_party(owner):
        return owner
    return _act_doer(tok)


def _act_doer(act):
    """'The United States carried out a strike that killed X', 'a raid launched by the army
    killed X': the subject of the verb that took the act, or the act's agent."""
    if not lemma_in(act, ACT_NOUNS):
        return None
    doer = next(iter(_pobjs(act, ("by",))), None) or _participle_agent(act)
    if doer is None and act.dep_ == "dobj" and lemma_in(act.head, ACT_TAKERS):
        s, passive = _subject(act.head)
        doer = None if passive else s
    return doer if doer is not None and is_party(doer) else None


def _subject(verb):
    """The verb's subject; of two (a dateline city parsed as a second subject, "DUBAI —
    Arab nations cut ties"), the one that is a party."""
    subs = [(guise_wearer(_antecedent(c, verb)), c.dep_ == "nsubjpass" or _headline_passive(verb)) for c in
            sorted(verb.children, key=lambda c: abs(c.i - verb.i))
            if c.dep_ in ("nsubj", "csubj", "nsubjpass")]
    if not subs:
        return _misparsed_subject(verb) or _verbless_head(verb) or _stray_name(verb), False
    s, passive = next((s for s in subs if is_party(s[0])), subs[0])
    # "with dozens more people killed": a bare participle with a subject is passive, also as
    # a result or reported clause ("left eight guards injured", "said 12 people killed"); so
    # is "The Canadian killed in the attacks was named" (a reduced relative parsed as a clause
    # that is itself the subject of the sentence)
    return s, passive or (verb.tag_ == "VBN" and verb.dep_ in _BARE_PARTICIPLE_DEPS or
                          verb.dep_ in ("csubj", "csubjpass")) and not any(
        c.dep_ in ("aux", "dobj") for c in verb.children)


_BARE_PARTICIPLE_DEPS = ("pcomp", "advcl", "acl", "conj", "ccomp", "xcomp")


def _headline_passive(verb) -> bool:
    """'Head Of Iran's Elite Force Killed In Baghdad Air Strike': a headline (no closing stop)
    drops "was"; a past participle heading it with no auxiliary and no object is passive."""
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    last = next((t for t in reversed(list(verb.sent)) if not t.is_space), None)
    return last is not None and last.text not in (".", "!", "?", "\"", "\u201d", "'", "\u2019")


def _misparsed_subject(verb):
    """'Myanmar's military seized power': a past-tense verb parsed as a modifier of its own
    object (a finite verb modifies nothing) has its subject just left of it, a sibling."""
    head = verb.head
    if verb.dep_ not in ("amod", "compound") or verb.tag_ != "VBD" or head.i == verb.i or head.i < verb.i:
        return None
    left = [c for c in head.children if c.i < verb.i and c.dep_ in ("amod", "compound", "nmod", "nsubj")]
    return next((c for c in reversed(left) if is_party(c)), None)


def _verbless_head(verb):
    """'Nkurunziza, who returned on Thursday, called on soldiers to …': the parser hangs the
    finite verb on the name as a clause modifier and leaves the sentence without a verb; the
    name it hangs on is its subject (a past participle, "a man called John", is no such verb)."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.i != verb.i and head.dep_ == "ROOT" \
            and pos(head) in ("NOUN", "PROPN") and head.i < verb.i:
        first = next((c for c in head.children if c.i < head.i and c.tag_ == "VBD"), None)
        return _misparsed_subject(first) if first is not None else head    # "... seized power, detained ..."
    return None


def _stray_name(verb):
    """'..., after the envoy to the region, Sarn Holt, met the premier': a finite verb left
    without a subject right after a person's name the parser hung elsewhere as a loose
    modifier (npadvmod, appos, dep): that name is its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("conj", "ROOT", "ccomp", "advcl"):
        return None
    k = verb.i - 1
    while k >= 0 and verb.doc[k].text == ",":
        k -= 1
    if k < 0 or k == verb.i - 1:
        return None
    name = verb.doc[k]
    if name.dep_ not in ("npadvmod", "appos", "dep") or not N.is_person(name):
        return None
    return name


def _verbless_root(tok):
    """'Police manning a checkpoint at the terminal shot at the attackers': a sentence the
    parser left without a verb (its root a party noun, the act read as a noun after it): the
    root is who acted."""
    root = tok.sent.root if hasattr(tok, "sent") else None
    if root is None or root.i >= tok.i or pos(root) not in ("NOUN", "PROPN") or not is_party(root) or \
            root.lower_ in QUANTITY or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == root.i) or \
            any(t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ not in ("advcl", "relcl", "ccomp") for t in tok.sent):
        return None         # a count ("Unknown number of hostages held ...") is who was hit
    return root if any(a.i == root.i for a in tok.ancestors) else None


def _antecedent(subj, verb):
    """'gunmen who stormed the hall': the relative pronoun stands for the noun it modifies.
    A present-tense clause ("Isis, which controls two crossings") says what a party is or
    holds, not what it did: no actor from it."""
    if subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl" and verb.head.i != verb.i \
            and verb.tag_ not in ("VBZ", "VBP", "VBG"):
        return verb.head
    return subj


def _agent(verb):
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


# objects that name a relation with a party: "ties with Qatar", "sanctions on Russia"
RELATION_NOUNS = {"tie", "ties", "relation", "relations", "link", "contact", "border", "trade",
                  "flight", "cooperation", "sanction", "embargo", "ban", "restriction",
                  "pressure", "talk", "dealing", "war", "agreement", "deal", "truce", "ceasefire"}
OBJ_PREPS = ("on", "against", "upon", "with", "at", "to", "into")


def _object(verb):
    """The first party among the verb's objects: the direct object, a party it is with or
    against ("severed ties with Qatar", "sanctions on Russia"), the subject of a small clause
    ("held Hamas responsible"), a prepositional object ("fired on protesters")."""
    blamed = blamed_on(verb)
    if blamed is not None:
        return blamed if is_party(blamed) else None
    cands = []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative"):
            cands.append(_relative_object(c, verb))
            if lemma_in(c, RELATION_NOUNS):
                cands += _pobjs(c, ("with", "on", "against", "upon", "to"))
    for c in verb.children:   # "held Hamas responsible": the small clause's subject
        if c.dep_ in ("ccomp", "oprd", "xcomp") and c.tag_ == "JJ":
            s = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if s is not None:
                cands.append(s)
    cands += _pobjs(verb, OBJ_PREPS)
    return next((c for c in cands if is_party(c)), None)


def _relative_object(obj, verb):
    """'Sarnak, whom he blames for the unrest': the relative pronoun object stands for the noun
    the clause modifies (Sarnak is blamed)."""
    if obj.lower_ in ("whom", "who", "which", "that") and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return obj


# verbs whose subject does the act their object names: "launched an offensive", "attended a
# summit", "held talks" (the attendee of a meeting is one of its parties)
ACT_TAKERS = {"launch", "carry", "claim", "stage", "mount", "conduct", "lead", "continue", "begin",
              "issue", "deliver",                                   # "issued an ultimatum"
              "attend", "hold", "held", "host", "join", "chair",
              "declare", "impose", "introduce", "proclaim"}     # "declared a state of emergency"


def roles(tok):
    """(actor token, recipient token) for a trigger token; climbs conj / xcomp to find a
    shared subject ("denounced", "said X ... and urged"), follows passives ("were killed by").
    Only parties are returned (is_party): a seized road or a rejected call is no recipient."""
    actor, recip = _roles(tok)
    if _reported_by_thing(actor):
        actor = None
    if actor is not None and not is_party(actor):
        actor = deliverer(actor) or actor      # "a bomb planted by militants killed ..."
    if actor is None and pos(tok) == "VERB":
        actor = weapon_user(tok)                # "rockets fired by the militia struck ..."
    return _named_role(_party_or_owner(actor)), _named_role(recip if is_party(recip) else None)


def _reported_by_thing(tok) -> bool:
    """'Reports said they shelled the bridge', 'the statement said it would retaliate': a
    pronoun subject of a reported clause stands for its teller ("Dorn announced it would
    cut ties"), unless the teller is a report, a statement or footage: those tell but never
    act, and the pronoun's own antecedent lies outside the sentence."""
    if tok is None or tok.lower_ not in ("it", "they") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = tok.head
    while v.dep_ in ("ccomp", "xcomp", "conj") and v.head.i != v.i:
        v = v.head
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in ("it", "they", "he", "she"):
            return lemma_in(subj, TELLING_THINGS)
    return False


# what tells without acting: "reports said", "the footage shows", "a statement said"
TELLING_THINGS = {"report", "statement", "footage", "video", "image", "photo", "picture", "tweet",
                  "post", "article", "study", "survey", "document", "letter", "account", "rumour",
                  "rumor", "claim", "evidence", "data", "record", "communique", "dispatch"}


def _named_role(tok):
    """'The leader of the Chamber of Deputies ..., Victor Borda, resigned', 'The British
    ambassador Laurie Bristow was summoned': a role set beside a person's name is that
    person; the name closing the role's phrase as an apposition is who acted."""
    if tok is not None and N.run_of(tok) == (tok.i, tok.i + 1) and tok.lower_ in BARE_TITLES:
        return _trailing_name(tok) or tok
    if tok is not None and _office_run(tok):
        named = next((c for c in tok.children if c.dep_ == "appos" and N.is_person(c)), None)
        if named is not None:
            return named        # "Kenya's Deputy President, William Ruto, promised"
    if tok is None or N.run_of(tok) is not None or pos(tok) not in ("NOUN",):
        return tok
    edge = max((t for t in tok.subtree if t.dep_ != "punct"), key=lambda t: t.i)
    for t in tok.subtree:
        if t.dep_ == "appos" and N.run_of(t) is not None and N.run_of(t)[1] - 1 == edge.i \
                and N.is_person(t):
            return t
    return tok


OFFICE_WORDS = {"deputy", "vice", "acting", "interim", "foreign", "interior", "defence", "defense", "home",
                "chief", "first", "state", "general"}


def _office_run(tok) -> bool:
    """A capitalised office of several words ("Deputy President", "Interior Minister")."""
    r = N.run_of(tok)
    return r is not None and r[1] - r[0] > 1 and tok.i == r[1] - 1 and tok.lower_ in BARE_TITLES and \
        all(t.lower_ in BARE_TITLES or t.lower_ in OFFICE_WORDS for t in tok.doc[r[0]:r[1]])


# offices a capitalised word names without the holder ("met with Chairman of the Council")
BARE_TITLES = N.TITLES | {"chairman", "chairwoman", "chair", "head", "chief", "director", "governor",
                          "premier", "speaker", "envoy"}


def _trailing_name(tok):
    """'talks with Chairman of the Transition Council, General Sarn Holt.': a bare office whose
    phrase is closed by a comma and a person's name that ends the clause is that person
    (an apposition, or a name the parser hung on the verb)."""
    named = next((c for c in tok.children if c.dep_ == "appos" and N.is_person(c)), None)
    if named is not None:
        return named
    doc, edge = tok.doc, max(t.i for t in tok.subtree)
    if edge + 2 >= len(doc) or doc[edge + 1].text != ",":
        return None
    r = N.run_of(doc[edge + 2])
    if r is None or r[0] != edge + 2 or (r[1] < len(doc) and not doc[r[1]].is_punct):
        return None
    last = doc[r[1] - 1]
    return last if N.is_person(last) else None


# participles by which a party makes or carries out what the noun names (not "planned by",
# "feared by": an intention or a view is no doing)
MAKING = {"issue", "make", "carry", "launch", "conduct", "stage", "mount", "lead", "release", "publish",
          "sign", "deliver", "order", "perpetrate", "commit", "claim", "adopt", "announce", "impose"}


def _participle_agent(tok):
    """'Joint condemnation of Russia issued by the UK, the US ...': the agent of a participle
    that describes the nominal act made it."""
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma_in(c, MAKING):
            g = _agent(c)
            if g is not None and is_party(g):
                return g
    return None


# acts whose owner undergoes them: "Holt's release", "the envoy's arrest", "Dorn's killing"
UNDERGONE = {"release", "freeing", "liberation", "arrest", "detention", "capture", "abduction",
             "kidnapping", "killing", "murder", "assassination", "execution", "death", "expulsion",
             "ouster", "overthrow", "removal", "imprisonment", "jailing", "extradition", "deportation"}


def _undergoer_owner(tok) -> bool:
    """A name owning such an act, with no "of" object naming someone else ("Russia's expulsion
    of diplomats" has its doer as owner), is who undergoes it, not who does it."""
    return lemma_in(tok, UNDERGONE) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


MEETING_NOUNS = {"talk", "talks", "meeting", "consultation", "consultations", "negotiation", "negotiations"}


def _meeting_parties(tok, actor):
    """(recipient, actor) of a meeting named by a noun: 'talks with X' names the other party;
    who was sent or called to it ('Bristow was summoned for talks with the ministry') the
    first (the subject of the verb the noun hangs on)."""
    other = next((g for g in _pobjs(tok, ("with",)) if is_party(g)), None)
    if other is None:
        return None, actor
    host = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to", "into") else None
    if actor is None and host is not None and pos(host) in ("VERB", "AUX"):
        actor = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass") and is_party(c)), None)
    return other, actor


def _roles(tok):
    verb = tok
    if pos(tok) in ("NOUN", "PROPN"):
        tok = _act_head(tok)
        actor = recip = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                actor = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "in"):
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                if g is not None and not (c.lower_ in ("in", "at") and N.run_of(g)) and is_party(g):
                    recip = recip or g
            if c.dep_ in ("poss", "compound") and (c.tag_ in ("NNP", "NNPS") or c.text[:1].isupper()) \
                    and is_party(c) and not (c.dep_ == "compound" and _place_modifier(c)):
                if _undergoer_owner(tok):
                    recip = recip or c      # "Holt's release": the one released
                else:
                    actor = actor or c
        actor = actor or _participle_agent(tok) or deliverer(tok) or _national_actor(tok) or \
            _verbless_root(tok)
        if recip is None and lemma_in(tok, MEETING_NOUNS):
            recip, actor = _meeting_parties(tok, actor)
        # "claimed responsibility for the attacks": the claimant is the actor
        h = tok.head
        if actor is None and tok.dep_ == "pobj" and h.lower_ == "for" and lemma_in(h.head, {"responsibility"}):
            claim = h.head.head
            s, passive = _subject(claim)
            actor = None if passive else s
        actor = actor or link_denier(tok, _subject)
        taken = _act_measure(tok)
        if actor is None and taken.dep_ in ("dobj", "attr", "nsubjpass") and pos(taken.head) == "VERB":
            head = taken.head
            if lemma_in(head, ACT_TAKERS):
                actor = _taker_subject(head)
        return actor, recip
    subj, passive = _subject(verb)
    t, hops, raised = verb, 0, False
    while subj is None and hops < 3 and (t.dep_ in ("conj", "xcomp", "advcl", "ccomp") or gerund_host(t)) \
            and t.head.i != t.i and not (t.dep_ == "ccomp" and lemma_in(t.head, SAY)):   # a witness said there was fighting
        raised = raised or t.dep_ == "xcomp"
        host = gerund_host(t)
        t = host or t.head
        subj, passive = _subject(t)
        hops += 1
        if host is not None:
            break           # the host's own subject or none: no further climb through a bad parse
    if raised:  # "he is said to have asked the US": he asked; "144 were reported killed", "she
        # appeared to have been killed": they were killed
        passive = any(c.dep_ == "auxpass" for c in verb.children) or (
            passive and verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))
    # "opened fire and was shot dead by police", "30 died and 200 were hurt": a passive
    # conjunct's borrowed subject is its patient
    passive = passive or shared_passive(verb) or (subj is None and _agent(verb) is not None) or \
        (hops > 0 and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children))
    gapped = _gapped_agent(verb) if subj is not None and not passive else None
    if gapped is not None:
        return gapped, subj
    if passive:     # "a claim rejected by Russian officials": an agent makes it passive
        return _agent(verb) or _act_agent(verb) or when_actor(verb), subj
    return subj, _object(verb)


def _act_head(tok):
    """'launched missile strikes', 'an air strike by the army': a trigger word that only
    modifies the act noun after it; the act noun holds the roles (not a doer noun after it:
    "suicide bomber" names who, not what)."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and pos(tok.head) == "NOUN" and lemma_in(tok.head, ACT_NOUNS):
        tok = tok.head
    return tok


def _act_measure(tok):
    """'launched a wave of strikes', 'staged a series of raids': the noun that counts the acts
    stands where the act noun would (its verb and subject are the act's)."""
    of = tok.head
    if tok.dep_ == "pobj" and of.lower_ == "of" and pos(of.head) == "NOUN" and of.head.dep_ == "dobj" and \
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in of.head.children):
        return of.head
    return tok


def _taker_subject(verb):
    """Who took the act a verb of taking governs ("launched an offensive"): its subject or
    passive agent, or, with no subject of its own, the subject of the verb it completes:
    "tried to launch an offensive", "made an attempt to launch ...", "regrouped and launched"."""
    for _ in range(3):
        s, passive = _subject(verb)
        if s is not None:
            return _agent(verb) if passive else s
        if passive and _agent(verb) is not None:
            return _agent(verb)
        host = verb.head
        if verb.dep_ == "acl" and host.dep_ == "dobj" and pos(host) == "NOUN":
            host = host.head        # "made an attempt to launch": the maker
        elif verb.dep_ not in ("xcomp", "conj"):
            return None
        if host.i == verb.i or pos(host) not in ("VERB", "AUX"):
            return None
        verb = host
    return None


# acts named by a noun in which a party was hit: "detained in a raid by the army"
ACT_FRAMES = ACT_NOUNS | {"sweep", "swoop", "ambush", "roundup", "round-up"}


def _act_agent(verb):
    """'were detained in an early morning raid by the Burmese Army': with no agent of its own,
    a passive's doer is the agent of the act it happened in."""
    for act in _pobjs(verb, ("in", "during", "at")):
        if lemma_in(act, ACT_FRAMES):
            by = next(iter(_pobjs(act, ("by",))), None)
            if by is not None and is_party(by):
                return by
    return None
