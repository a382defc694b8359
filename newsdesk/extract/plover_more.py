r"""Trigger rows read into the table of plover.py (after its THREATEN rows, so a "warned ...
would" keeps its span). First, stances that news writing states without a stance verb:
  a denied link ("had no known connection to the group", "no evidence tying him to"): REJECT,
      since the one who says it rejects a claim that a party was involved;
  blame put as responsibility ("X is responsible for the killings", "bears responsibility",
      "we hold X responsible", "suspect X of responsibility"): ACCUSE; only for harm or for
      backing those who harm, so an office's duties ("is responsible for security") stay no
      event; an act called aggression or "deeply regrettable": ACCUSE; loyalty declared:
      SUPPORT; an emergency meeting of the Security Council called for: REQUEST;
  a conditional threat ("will lead to severe consequences", "would face a firm response") or harm
      to come ("warned that further attacks would follow"): THREATEN; the span is the modal or
      the warning verb, the modal being the threat's own form, not a mark of the unreal;
  communications cut ("internet access was cut", "suspended mobile networks"): COERCE;
  a party owning up to the failure of its own bid ("admits their revolt has failed"): CONCEDE;
  charges called baseless ("the accusations are groundless"): REJECT; force held ready against a
      condition ("is ready to strike if they do not withdraw"): THREATEN.
Then acts the main rows lack: a vessel rammed, rockets launched, a building surrounded by troops,
people turned away at checkpoints, a takeover told in the present or as a gerund, a person moved
to an undisclosed place or held by armed men, a coup carried out or a leader removed from office,
a ruler overthrown, civil institutions dissolved by those who took power, an institution purged,
exercises held alone (each found missing in unseen coverage).
Same conventions as the table: lower-cased sentence, `(regex, type, mode, kind)`. New rows of a
verbal type set no mode: in ev_group a shared mode links two records, and two parties' threats
are two acts.
"""
from __future__ import annotations

_W = r"[\w'’$€£.,-]+"
# what one is blamed for: an act of harm, named or as a gerund, or backing those who harm
_HARM_ACT = (r"(?:attacks?|bombings?|killings?|deaths?|massacres?|shootings?|violence|crimes?|atrocit(?:y|ies)|"
             r"abuses|poisonings?|downing|explosions?|blasts?|assaults?|murders?|incidents?|abductions?|"
             r"kidnappings?|coup|bloodshed|carnage|(?:back|arm|sponsor|harbou?r|shell|bomb|attack|kill|shoot|"
             r"target|poison|murder|tortur|abduct|kidnapp|sabotag)ing)")
# the answer a threat names: a response of force, a penalty; news writing often quotes the
# speaker's own words for it ('vowed a "crushing response"'), so an opening quote mark may
# stand before any word of it
QUOTE_MARK = r"[\"“‘']?"
ANSWER = (r"(?:consequences|retaliation|reprisals?|retribution|repercussions|punishment|counter-?measures|"
          r"(?:immediate|firm|strong|decisive|swift|resolute|appropriate|adequate|proportionate|military|"
          r"forceful|harsh|tough|severe|serious|crushing|painful) (?:response|reaction|action|answer))")
_MORE = r"(?:more|further|new|fresh|future|similar|additional|bigger)"
_HARMS = r"(?:attacks|strikes|operations|bombings|assaults)"
_LINES = (r"(?:internet|mobile|cellular|phone|telephone|telecommunications?|communications?|broadband|"
          r"mobile data|data)")

# who did the deed a party denies: itself, or its own (or "the") armed or official body
_BODY = (r"(?:air force|force|forces|military|army|navy|aircraft|jets|warplanes|planes|pilots|drones|troops|"
         r"soldiers|police|units|personnel|agents|fighters|militia|government|officials|intelligence|services)")
_DOER = (r"it|they|he|she|we|(?:its|their|his|her|our) (?:own )?(?:[\w'’-]+ ){0,2}?" + _BODY +
         r"|the (?:[\w'’-]+ )?" + _BODY)
# what the denied clause says the doer did: a past or perfect deed, a part in an act or an act in
# progress ("had fired", "carried out", "was involved in", "was taking power"), not a state ("was tired")
_DEED = (r"(?:(?:(?:had|has|have|was|were|is|are|ever|never) )?(?:been )?(?:involved|behind|responsible)\b|"
         r"(?:(?:had|has|have|did|ever|never|would|could) )?(?:not )?(?!(?:was|were|is|are)\b)(?:\w+ed|took|taken|"
         r"shot|hit|struck|sent|fought|led|gave|given|made|sold|held|kept|broke|broken|stole|stolen|flew|flown|"
         r"threw|thrown|brought|bought|began|begun|ran)\b|"
         r"(?:was|were|is|are) \w+ing\b)")
# armed people a force fights: what "neutralised" must name to be force used on people
_FOES = (r"(?:attackers?|assailants?|gunm[ae]n|terrorists?|militants?|jihadists?|insurgents?|fighters|rebels|"
         r"suspects?|hostage-takers?|kidnappers?|bombers?|shooters?)")
# the mode of civil rule suspended (ev_measures.grounded reads it)
DISSOLVE = "state of emergency"
_WHEN = r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"

STANCE_ROWS: list[tuple[str, str, str | None, str]] = [
    (r"\bno (?:known |direct |apparent |proven |established |credible |confirmed |operational )?"
     r"(?:connections?|links?|ties) (?:to|with|between)\b|"
     # the span stops before a gerund ("no proof [tying]"), which would read as a describing participle
     r"\bno (?:evidence|proof|indication|sign)(?: of (?:a |any )?(?:link|connection|involvement)\b|"
     r"(?= (?:linking|tying|connecting|implicating)\b))", "REJECT", "deny", "verb"),
    (r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|directly|solely|fully|ultimately|partly|partially|"
     r"largely|primarily|squarely|clearly|entirely|wholly|personally)\s+)?(?:responsible|culpable)\s+for"
     r"(?=\s+(?:" + _W + r"\s+){0,4}?" + _HARM_ACT + r"\b)|"
     r"\b(?:bears?|bore|borne|bearing)\s+(?!no\b)(?:[\w'’-]+\s+){0,2}?responsibility\b|"
     r"\bhold(?:s|ing)?\s+(?:" + _W + r"\s+){1,3}?(?:responsible|accountable)\s+for\b|"
     # a party named as the suspected doer ("officials suspect the group of responsibility for
     # the bombings"): blame put as suspicion; "suspect that …" names no one yet
     r"\bsuspect(?:s|ed|ing)?\s+(?!that\b)(?:" + _W + r"\s+){1,12}?of\s+(?:responsibility|involvement|"
     r"(?:carrying|having carried) out|orchestrating|masterminding|being behind|planning|staging)\b",
     "ACCUSE", None, "verb"),
    # a party owning up to the failure of its own bid ("admits that their uprising has failed"):
    # CONCEDE; the span is the admitting verb, and "our / their" keeps it to the doers' own bid
    (r"\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|recogni[sz](?:e|es|ed|ing)|conced(?:e|es|ed|ing))"
     r"(?= (?:that )?(?:our|their) (?:[\w-]+ )?(?:attempt|bid|coup|putsch|movement|uprising|revolt|rebellion|"
     r"offensive|operation|plot)\b[^.;:]{0,60}?\b(?:has|had|have) failed\b)", "CONCEDE", None, "verb"),
    # an act said to be aggression ("the seizure constitutes an act of aggression"; "an act of war" is
    # as often a commentator's phrase or the speaker's reason to answer as a charge) or found
    # regrettable: disapproval told by a noun phrase or an adjective
    (r"\b(?:is|was|are|were|constitutes?|constituted|amounts? to|amounted to) (?:an? |another )?(?:[\w-]+ )?"
     r"acts? of (?:aggression|piracy)\b|\b(?:deeply|very|extremely|most|highly) regrettable\b",
     "ACCUSE", None, "verb"),
    # loyalty declared to a party (manual: SUPPORT), before the AGREE row takes "pledged"
    (r"\b(?:express|pledg|declar|reaffirm|renew|proclaim)(?:e|es|ed|ing|s)? (?:[\w'’-]+\s+){0,2}?(?:loyalty|allegiance)\b|"
     r"\bsw(?:ore|orn|ear|ears|earing) (?:[\w'’-]+\s+){0,2}?(?:loyalty|allegiance)\b", "SUPPORT", "praise", "verb"),
    # asking the world body to meet over an act ("called an emergency Security Council meeting")
    (r"\b(?:call(?:s|ed|ing)?(?: for)?|request(?:s|ed|ing)?|demand(?:s|ed|ing)?|convene[ds]?|convening) "
     r"(?:an? |the )?(?:emergency|urgent|extraordinary|special|closed-door) (?:[\w.'’-]+ ){0,3}?"
     r"(?<!national )security council (?:meeting|session)\b", "REQUEST", None, "verb"),
    # charges called baseless by the one charged ("the accusations are groundless")
    (r"\b(?:allegations?|accusations?|claims?|charges?) (?:made |levell?ed )?(?:are|were|is|was) (?:completely |totally |"
     r"utterly |entirely |simply )?(?:baseless|unfounded|groundless|fabricated|untrue)\b", "REJECT", "deny", "verb"),
    # a party denying its own deed (manual: REJECT "deny responsibility"): the denied clause's
    # doer is the denier ("denied it had fired", "denies its own air force was involved", "denied
    # that the army took power") or the deed is a gerund ("denied staging a coup"); the span is the
    # verb, so the denied act keeps its own row (ev_unreal drops it as denied). "Refused to confirm
    # or deny" denies nothing
    (r"(?<!confirm or )(?<!confirm nor )\bden(?:y|ied|ies|ying)(?=(?: " + _WHEN + r")? (?:that )?(?:" + _DOER +
     r") " + _DEED + r"|"
     r" (?:ever )?(?!(?:no|any|some|every)thing\b)[a-z]+ing (?=[\w\"“‘]))", "REJECT", "deny", "verb"),
    # a charge told as reported speech with no charging verb: the speaker says a party failed a
    # duty owed to others ("said the ministry had failed to warn residents") or that its forces
    # were found among armed groups the speaker calls terrorists (manual: ACCUSE); the span is
    # the speech verb, so an attack verb inside the clause keeps its own row
    (r"\b(?:sa(?:id|ys|ying)|claim(?:s|ed|ing)?|insist(?:s|ed|ing)?|alleg(?:e|es|ed|ing))(?= (?:that )?"
     r"(?:[\w'’.-]+ ){1,6}?(?:had |has |have )?(?:failed|neglected) to (?:inform|notify|warn|tell|alert|consult|"
     r"coordinate|protect|prevent|stop|intervene|take (?:any )?actions?)\b|"
     r" (?:that )?[^.;:]{0,40}?\b(?:troops|forces|soldiers|servicemen|units|personnel)\b (?:[\w'’“”\"-]+ ){0,3}?[\"“‘]?"
     r"(?:alongside|among|amid|with|near|embedded (?:with|among)|in the ranks of)\s+[\"“‘]?(?:(?!against\b)[\w'’-]+\s+){0,4}?"
     r"(?:terrorists?|terrorist (?:groups?|units|fighters|organi[sz]ations?)|jihadists?|jihadist (?:groups?|fighters)|"
     r"militants|extremists|insurgents)\b)", "ACCUSE", None, "verb"),
    # support voiced for a party or its act without a praise verb ("signalled support for the
    # strikers", "threw its support behind the bid"); material backing is AID's
    (r"\b(?:signall?(?:ed|ing|s)?|voic(?:e|ed|es|ing)|show(?:s|ed|ing)?|lent|lend(?:s|ing)?|thr(?:ew|ow|ows|owing)|"
     r"reaffirm(?:s|ed|ing)?|reiterat(?:e|ed|es|ing)|stat(?:e|ed|es|ing)) (?:its |their |his |her |our )?"
     r"(?:full |strong |firm |unwavering |unequivocal |tacit |cautious )?support (?:for|to|behind)\b", "SUPPORT", "praise", "verb"),
    # force held ready against a condition ("stands ready to strike if they refuse"): the span is
    # "ready", so the force verb, unreal on its own, does not stand for an act done
    (r"\b(?:is|are|was|were|stands?|stood|remains?) (?:fully |now |also )?(?:ready|prepared|poised)(?= to "
     r"(?:attack|strike|crush|destroy|retaliate|use force|intervene militarily)\b[^.;]{0,120}?\b(?:if|unless)\b)",
     "THREATEN", None, "verb"),
    # a party's forces declared fair game ("will treat all their units as legitimate targets"):
    # force announced against them (manual: THREATEN); "were military targets" only describes a strike
    (r"\b(?:as|are|is|be|been|become|became)\s+(?:now\s+)?(?:legitimate|hostile|lawful|fair)\s+targets?\b",
     "THREATEN", None, "verb"),
    # the span is the modal alone: its verb's "would" is the threat's form, not a hypothetical
    (r"\b(?:will|would|shall|'ll)(?=\s+(?:(?:certainly|surely|inevitably|definitely|also|only)\s+)?(?:"
     r"(?:lead to|result in|have|face|bring|provoke|trigger|draw|demand|require|warrant|entail|invite|meet)\s+"
     + QUOTE_MARK + r"(?:(?:an?|the|its|their)\s+" + QUOTE_MARK + r")?(?:[\w'’-]+\s+" + QUOTE_MARK + r"){0,2}?" + ANSWER + r"\b|"
     r"not\s+go\s+(?:unpunished|unanswered)\b|"
     r"pay\s+(?:a|the)\s+(?:heavy|high|big|steep|dear|terrible)\s+price\b))|"
     r"\breserves?\s+the\s+right\s+to\s+(?:respond|retaliate|defend)\b", "THREATEN", None, "verb"),
    # harm to come announced ("warned that further attacks would follow"); the span is the warning
    # verb, so the attack noun keeps its own row
    (r"\bwarn(?:s|ed|ing)?(?= (?:that |of )?" + _MORE + r" " + _HARMS + r"\b)", "THREATEN", None, "verb"),
    # a party warned off a hostile step of its own ("warned the rebels against any further
    # escalation"): a threat of what follows; a public warned off a journey is advice, no threat
    (r"\bwarn(?:s|ed|ing)? (?!(?:of|that|about)\b)(?:[\w'’.-]+ ){1,3}?against (?:(?:making|taking|launching|any|"
     r"further|more|new|a|an|such)\s+){0,3}?[\"“‘]?(?:provocations?|retaliation|escalation|aggression|interference|"
     r"intervention|military action|reprisals?|incursions?|attacks?)\b", "THREATEN", None, "verb"),
    (r"\b" + _LINES + r"\s+(?:[\w-]+\s+){0,2}?(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:\w+\s+)?"
     r"(?:cut|shut|blocked|suspended|severed|disrupted|restricted|switched off)\b|"
     r"\b(?:cut|cuts|cutting|shut|shuts|shutting|suspend(?:s|ed|ing)?|switch(?:ed|es|ing)? off|sever(?:s|ed|ing)?|"
     r"disrupt(?:s|ed|ing)?|restrict(?:s|ed|ing)?)\s+(?:off\s+|down\s+)?(?:[\w'’-]+\s+){0,3}?"
     r"(?:internet|mobile (?:phone |data )?(?:services|networks)|(?:phone|telephone) (?:lines|networks|services)|"
     r"telecommunications)\b", "COERCE", "censor", "verb"),
]

ACT_ROWS: list[tuple[str, str, str | None, str]] = [
    # homes or premises searched (manual: COERCE, a raid on a party's property, as "board and search"
    # in the table); rescuers searching rubble or anyone searching for a home do no such thing
    (r"\bsearch(?:ed|es|ing)? (?!for\b)(?:(?!(?:rubble|debris|ruins|wreckage|remains)\b)[\w'’$€£.,-]+\s+){0,4}?"
     r"(?:homes?|houses?|addresses|propert(?:y|ies)|premises|flats?|apartments?)\b", "COERCE", "search", "verb"),
    # one vessel or vehicle driven into another or into people ("rammed the tug")
    (r"\b(?:ramm(?:ed|ing)|rams)\s+(?:into\s+)?(?:[\w'’-]+\s+){0,3}?(?:ships?|vessels?|tugs?|tugboats?|boats?|"
     r"cars?|vehicles?|trucks?|convoy|crowds?|crowded|protesters|demonstrators|people|pedestrians|police|"
     r"checkpoint|gates?|barriers?)\b|\b(?:plow|plough)(?:s|ed|ing)?\s+into\s+(?:[\w'’-]+\s+){0,3}?(?:crowds?|protesters|"
     r"demonstrators|people|pedestrians|worshippers|shoppers|marchers)\b", "ASSAULT", None, "verb"),
    # rockets sent by a party ("rockets launched by the militia"; a launched missile may be a test)
    (r"\blaunch(?:es|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,3}?(?:rockets|mortars?|mortar shells|shells)\b|"
     r"\b(?:rockets|mortars|shells|projectiles) (?:were |had been )?(?:launched|fired) (?:by|from)\b", "ASSAULT", None, "verb"),
    # a place ringed by armed men (manual: COERCE "blockade, siege"); "surrounded by troops" is
    # mostly a standing siege told as the setting
    (r"\b(?:soldiers|troops|police|forces|gunmen|militants|fighters|tanks|armou?red vehicles|security forces|"
     r"army)\s+(?:[\w'’-]+\s+){0,2}?surround(?:s|ed|ing)?\b", "COERCE", "block", "verb"),
    # people kept from passing by armed men ("turned away by militias manning the checkpoints")
    (r"\bturned\s+(?:[\w'’-]+\s+)?away\s+(?:by\s+(?:[\w'’-]+\s+){0,2}?(?:militias?|militiamen|soldiers|troops|police|"
     r"guards|forces|gunmen|fighters|rebels)|at\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:checkpoints?|border|crossings?))\b",
     "COERCE", "block", "verb"),
    # a takeover told in the present or as a gerund ("after taking over the station"); the main row
    # has only "took / taken over". An office or a task taken over is no seizure, nor is taking
    # over from a predecessor or with no object ("since taking over in 2021", "after taking over,");
    # a participle hung on a clause by a comma elaborates that clause ("was elected, taking over
    # a nation in debt"): a seizure told so has its own verb before it
    (r"(?<!, )\btak(?:ing|es) (?:over|control of)\b(?! as\b)(?!\s*[,.;)])(?! (?:from|in|on|at|after|since|last|"
     r"this|when|two|three|four|five|\d))(?! (?:the |his |her |their |its )?(?:[\w-]+ )?(?:role|post|"
     r"job|leadership|presidency|chairmanship|helm|reins|duties|command|running|management|case|investigation|"
     r"probe|inquiry|responsibility|portfolio|ministry|office|business|company|firm|club|team)\b)",
     "COERCE", "seize", "verb"),
    # a person kept where no one can reach ("was moved to an undisclosed location"): a detention
    (r"\b(?:taken|moved|transferred|whisked|spirited|driven|flown|detained|kept)"
     r"(?: away| off)? (?:to|at|in) an? (?:undisclosed|secret|unknown) (?:location|place|site|facility)\b",
     "COERCE", "arrest", "verb"),
    # a leader kept by armed men ("has been held by soldiers since Monday"): a detention; the
    # perfect or progressive passive tells a holding going on, not a town held in a war's map
    (r"\b(?:has|have|had|is|are|was|were) (?:been|being) (?:held|kept|confined) (?:captive |hostage |prisoner )?by "
     r"(?:[\w'’-]+ ){0,2}?(?:troops|soldiers|guards|gunmen|militants|rebels|kidnappers|captors|mutineers|"
     r"members of|the military|the army|security forces)\b", "COERCE", "arrest", "verb"),
    # a coup done or a leader put out of office ("officers staged a coup"; "announced the removal of
    # the president from office"); a coup told in a relative clause or dated is background, and
    # "the coup" points back to a seizure the article has already told in its own words; "a staged
    # coup" is the ACCUSE row's charge that it was faked
    (r"(?<!which )(?<!who )(?<!that )(?<!\ba )(?<!\ban )(?<!\bthe )\b(?:carr(?:y|ies|ied|ying) out|stag(?:e|es|ed|ing)|mount(?:s|ed|ing)?|"
     r"launch(?:es|ed|ing)?|declar(?:e|es|ed|ing)) (?:a |their )?(?:military )?(?:coup|putsch)\b(?! (?:in|of) \d)|"
     r"\b(?:removal|ouster|overthrow|toppling) of (?:[\w'’.-]+ ){1,4}?from (?:office|power)\b", "COERCE", "seize", "verb"),
    # a blow told as a reply ("the rebels retaliated", "has retaliated by shelling"): force used back
    # (manual: ASSAULT); a reply in kind by tariffs, sanctions or expulsions is a measure the
    # sentence names with its own row, and "vowed to retaliate" (base form) is the threat rows'
    (r"\bretaliat(?:ed|es)\b(?!,? (?:[\w'’-]+ ){0,5}?(?:tariffs?|duties|sanctions|expel\w*|"
     r"expulsions?|bans?|banned|restrictions|measures|visas?|diplomats?|ambassadors?|boycotts?|lawsuits?)\b)",
     "ASSAULT", None, "verb"),
    # a crowd filling public space ("thousands poured into the streets", "flooded into the main
    # square"): a rally or demonstration (manual: PROTEST), whatever its mood; water or traffic
    # filling streets is no crowd
    (r"(?<!water )(?<!waters )(?<!rain )(?<!mud )(?<!sewage )(?<!traffic )(?<!cars )"
     r"\b(?:poured|flooded|thronged|streamed|spilled|flocked)(?= (?:out )?(?:into|onto|in|through|to) "
     r"(?:the |a )?(?:[\w'’-]+ ){0,2}?(?:streets|square|squares|plaza)\b)", "PROTEST", "demonstrate", "verb"),
    # power taken by a body of armed men ("the officers took power", "the junta now in charge of
    # running the country"): a seizure (manual: COERCE), kept only when the sentence names such a
    # body before it (ev_measures.grounded), since a party elected also "takes power"
    (r"\b(?:t(?:ake|akes|ook|aken|aking)|assum(?:e|ed|es|ing)|grab(?:s|bed|bing)?) (?:over )?(?:power|"
     r"charge of (?:the )?(?:country|nation|state|government))\b|\b(?:c[ao]me|comes|coming|swept|sweeps) to power\b|"
     r"\bin charge of (?:leading|running|governing|ruling) (?:the country\b|the nation\b|(?-i:[A-Z])[\w'’-]+)",
     "COERCE", "seize", "verb"),
    # a ruler or a government put out by force, told by its verb ("officers overthrew the
    # president", "he was deposed", "toppled the government", "removed from power"): a seizure
    # (manual: COERCE); a vote or a party contest also "ousts", so ev_measures.grounded keeps the
    # row only in a sentence with no such cue; "to oust" (a bid, a plot, an attempt) is not done,
    # and "the overthrow" points back to a seizure told elsewhere or is a commentator's subject.
    # Its mode is the takeover's: the ousting is the seizure of power told from the ruler's side
    (r"(?<!\bto )(?<!\bthe )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!['’]s )"
     r"\b(?:overthr(?:ew|own|ow|ows|owing)|oust(?:s|ed|ing)?|depos(?:e|ed|es|ing))\b(?! (?:as|from the (?:party|race|"
     r"tournament|competition|league|cup)|in (?:a|the) (?:vote|ballot|primary|election|leadership))\b)|"
     r"\btoppl(?:e|ed|es|ing) (?:[\w'’-]+ ){0,3}?(?:government|regime|president|leader|ruler|prime minister|junta|king)\b|"
     r"\b(?:removed|ousted|forced|driven) (?:[\w'’-]+ )?from (?:office|power)\b", "COERCE", "seize", "verb"),
    # the organs of civil rule shut by those who took it ("the army dissolved parliament and
    # suspended the constitution"; "the dissolution of the government"): a restriction of
    # political rights (manual: COERCE, whose martial-law mode covers rule by decree with the
    # constitution suspended, hence the emergency's mode: one decree, one record); a head of state
    # dissolving parliament for an election is ordinary politics, so ev_measures.grounded keeps
    # the row only beside an armed body
    # ("suspended the government's aid" names no organ shut)
    (r"(?<!\bto )\b(?:dissolv(?:e|ed|es|ing)|suspend(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|abolish(?:es|ed|ing)?|"
     r"abrogat(?:e|ed|es|ing)) (?:the |its |their |his |her |all )?(?:[\w'’-]+ ){0,2}?"
     r"(?:government|cabinet|parliament|national assembly|assembly|senate|legislature|constitution|institutions)\b"
     r"(?!['’]s\b)|"
     r"\b(?:dissolution|suspension|abrogation) of (?:the |its |their )?(?:[\w'’-]+ ){0,2}?"
     r"(?:government|cabinet|parliament|assembly|senate|legislature|constitution|institutions)\b|"
     r"\b(?:government|cabinet|parliament|assembly|senate|legislature|constitution|institutions) "
     r"(?:(?!(?:and|or)\b)[\w'’-]+ ){0,3}?(?:has|have|had|was|were|is|are) (?:been )?"
     r"(?:dissolved|suspended|dismissed|abolished)\b", "COERCE", DISSOLVE, "verb"),
    # a purge of an institution ("launched a purge of the armed forces", "purged the judiciary"):
    # its members removed and held en masse (manual: COERCE, arrests and repression); "purge" of
    # anything else (evidence, a list, a market) is no act on people
    (r"\bpurg(?:e|es|ed|ing)\b(?= (?:of |in |from )?(?:the |its |their |his |her )?(?:[\w'’-]+ ){0,2}?"
     r"(?:army|military|armed forces|ranks|police|judiciary|courts|officer corps|officers|civil service|"
     r"security services|intelligence services|ministry|ministries|opposition|dissidents)\b)",
     "COERCE", "purge", "verb"),
    # people let out through a closed way ("opened the gates for the refugees", "opened the prison
    # doors to the inmates"): a release (manual: RETREAT); borders opened to refugees are AID's row
    (r"\b(?:re-?)?open(?:s|ed|ing)?[\"”’]? (?:the |its |their )?(?:[\w-]+ )?(?:gates?|doors?)\b(?=[\"”’]? (?:for|to) "
     r"(?:[\w'’-]+ ){0,2}?(?:refugees|migrants|asylum seekers|prisoners|detainees|inmates|captives|displaced|civilians)\b)",
     "RETREAT", None, "verb"),
    # armed foes put out of action, told by the security forces' euphemism ("troops neutralised
    # the gunmen", "the attackers were neutralized"): force used on them (manual: ASSAULT); a device
    # or a threat "neutralised" is defused, so the object must be armed people
    (r"\bneutrali[sz](?:e|es|ed|ing)(?=[\"”’]? (?:[\w'’-]+ ){0,2}?" + _FOES + r"\b)|"
     r"\b" + _FOES + r" (?:[\w'’-]+ ){0,2}?(?:was|were|has been|have been|had been) [\"“‘]?neutrali[sz]ed\b",
     "ASSAULT", None, "verb"),
    # military exercises ordered or held alone (joint ones are COOPERATE below)
    (r"\b(?:order(?:s|ed|ing)?|launch(?:es|ed|ing)?|beg[ai]n|start(?:s|ed|ing)?|stag(?:e|ed|es|ing)|conduct(?:s|ed|ing)?|"
     r"h[eo]ld(?:s|ing)?) (?:(?!joint\b)[\w'’-]+\s+){0,3}?(?:military|naval|army|air|snap|surprise|combat|"
     r"live-fire) (?:exercises|drills|manoeuvres|maneuvers)\b", "MOBILIZE", "exercise", "verb"),
]
