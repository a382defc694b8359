r"""Event triggers and their PLOVER category, written from the PLOVER manual's definitions.

One table of (pattern, type, mode, kind). Patterns are regexes over the lower-cased sentence
(word forms spelled out, so no lemmatizer is needed to find candidates: the same table is the
cheap prefilter that decides which sentences go to the parser). `kind` says how a trigger may
be used:
  "verb"   an act stated by a clause ("stormed", "blamed ... for");
  "noun"   a nominal mention ("the attacks", "a car bomb"); definite ones are anaphora that
           join an earlier mention of the article rather than start a new event;
  "toll"   a casualty statement ("were killed", "death toll") that states an ASSAULT;
  "state"  a standing measure named by a noun phrase ("under a state of emergency").
Order matters only for overlapping matches: earlier rows win a span. A gap word inside a phrase
is `[\w'’$€£.,-]+`, so "$12 million", "1,141", "three-month-old" and "U.S." each count as one word.
Category boundaries follow the PLOVER manual (RETREAT = material concessions: releases, returns,
access, disarming, ceasefires; CONCEDE = eased restrictions and sanctions, amnesties; ACCUSE
includes investigations); each row was checked against the CAMEO quad train split.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.prefixes import StartIndex, finditer_at
from .not_events import NOT_EVENTS, OFF_TOPIC, blocked_spans  # noqa: F401 (re-exported)
from .retype_words import retyped_by_words
from .plover_more import ACT_ROWS, ANSWER, QUOTE_MARK, STANCE_ROWS
from .plover_recall import RECALL_ROWS


# (regex, type, mode, kind)
LEXICON: list[tuple[str, str, str | None, str]] = [
    # --- SANCTION: break relations, close links, embargo, expel from alliances
    (r"\b(?:cut(?:s|ting)?|sever(?:s|ed|ing)?|br(?:eak|oke|eaking|eaks) off|suspend(?:s|ed|ing)?|"
     r"downgrad(?:e|ed|es|ing))\s+(?:[\w'’$€£.,-]+\s+){0,3}?(?:diplomatic\s+)?(?:ties|relations)\b",
     "SANCTION", "break relations", "verb"),
    (r"\brecall(?:s|ed|ing)?\s+(?:[\w'’$€£.,-]+\s+){0,2}?ambassadors?\b", "SANCTION", "recall ambassador", "verb"),
    (r"\bwithdraw(?:s|n|ing)?\s+(?:[\w'’$€£.,-]+\s+){0,3}?diplomatic\s+(?:staff|missions?|personnel)\b|"
     r"\bwithdrawing\s+(?:their|its)\s+diplomatic", "SANCTION", "break relations", "verb"),
    (r"\b(?:clos(?:e|ed|es|ing)|seal(?:s|ed|ing)? off|halt(?:s|ed|ing)?|shut(?:s|ting)?(?: down)?)\s+"
     r"(?:[\w'’$€£.,-]+\s+){0,4}?(?:border|borders|airspace|seaports?|ports|land crossings|crossings|"
     r"air and sea|sea and air|air,? sea|routes|traffic|embassy)\b", "SANCTION", "close links", "verb"),
    (r"\bclosure of (?:[\w'’$€£.,-]+\s+){0,2}?(?:airspace|border|borders|ports|seaports)\b", "SANCTION",
     "close links", "verb"),
    (r"\b(?:impos(?:e|ed|es|ing)|slap(?:ped)?|tighten(?:ed)?|expand(?:ed)?)\s+(?:[\w'’$€£.,-]+\s+){0,3}?"
     r"(?:sanctions|embargo|tariffs)\b", "SANCTION", "sanctions", "verb"),
    (r"\bno longer welcome in\b|\bexpel(?:led|s)? \w+ from the (?:coalition|alliance)\b|"
     r"\bsuspend(?:ed|s)? \w+ from\b", "SANCTION", "expel from alliance", "verb"),
    (r"\bboycott(?:s|ed|ing)?\b", "SANCTION", "boycott", "verb"),
    (r"\b(?:withdr(?:aw|aws|ew|awn|awing)|pull(?:s|ed|ing)?) (?:[\w'’$€£.,-]+\s+){0,3}?(?:support|funding|recognition|"
     r"ambassadors?|permission|accreditation|licen[cs]es?)\b|"
     r"\bstop(?:s|ped|ping)? (?:flying|flights) (?:to|into)\b", "SANCTION", "cut aid or contact", "verb"),
    (r"\b(?:suspen(?:d|ded|ds|ding|sion of)|halt(?:s|ed|ing)?|cut(?:s)? off|prohibit(?:s|ed)?|"
     r"reduc(?:e|ed|es)|end(?:s|ed)?|froze|freez(?:e|es|ing))\s+(?:[\w'’$€£.,-]+\s+){0,3}?(?:aid|assistance|"
     r"deliveries|air links|flights|mediation|cooperation|trade|loans|supplies|talks|contacts)\b|"
     r"\bcancel(?:l?ed|s)? (?:[\w'’$€£.,-]+\s+){0,2}?visit\b|\bdeny entry\b", "SANCTION", "cut aid or contact",
     "verb"),
    # --- CONCEDE: ease restrictions, release, ceasefire
    (r"\b(?:lift(?:s|ed|ing)?|eas(?:e|ed|es|ing)|relax(?:ed|es)?|roll(?:s|ed|ing)? back|repeal(?:s|ed|ing)?|"
     r"remov(?:e|ed|es|ing)|scrap(?:s|ped|ping)?)\s+(?:[\w'’$€£.,-]+\s+){0,3}?"
     r"(?:curfew|ban|restrictions|blockade|siege|state of emergency|emergency measures|emergency law|martial law|"
     r"sanctions|embargo(?:es)?|tariffs|boycott)\b|"
     r"\b(?:curfew|ban|blockade|sanctions|embargo|restrictions)\s+(?:[\w'’$€£.,-]+\s+){0,5}?"
     r"(?:was|were|has been|had been)\s+lifted\b", "CONCEDE", "ease restrictions", "verb"),
    (r"\b(?:pardon(?:s|ed|ing)?|amnest(?:y|ied)(?! international))\b", "CONCEDE", "amnesty", "verb"),
    (r"\b(?:end(?:s|ed|ing)?|call(?:s|ed|ing)? off|suspend(?:s|ed|ing)?) (?:the |their |its |a |his |her )?"
     r"(?:[\w'’-]+ )?(?:strike|protests?|boycott|sit-in|blockade)\b|\b(?:cut(?:s|ting)?|reduc(?:e|ed|es|ing)|"
     r"slash(?:es|ed|ing)?) (?:[\w'’$€£.,-]+\s+){0,3}?(?:tariffs|duties)\b", "CONCEDE", "ease restrictions", "verb"),
    (r"\b(?:allow(?:s|ed|ing)? (?:[\w'-]+\s+){0,6}?to (?:return|participate|enter|leave|visit|run|"
     r"hold|bring|operate|resume)|conced(?:e|ed|es|ing)|accept(?:s|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,3}?demands|called off|"
     r"cancel(?:l?ed|s)? (?:[\w'’$€£.,-]+\s+){0,2}?restrictions|shorten(?:ed|s)? (?:[\w'’$€£.,-]+\s+){0,3}?curfew|"
     r"allow(?:s|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,4}?to (?:participate|return|run|hold|bring|enter|leave))\b",
     "CONCEDE", "concede", "verb"),
    # --- RETREAT
    (r"(?<!press )(?<!news )\b(?:releas(?:e|ed|es|ing)|freed|frees|freeing|(?:set|let) free)\b"
     r"(?!\s+(?:up|from (?:the )?hospital|from (?:[\w-]+ )?(?:reservoirs?|dams?|lakes?|rivers?)|(?:of\s+)?(?:a |an |the |its |their |his |her |new |latest |\d+ )?"
     r"(?:[\w'’$€£.,-]+\s+){0,2}?(?:statements?|reports?|figures|data|videos?|footage|photos?|images?|pictures?|"
     r"details|results|album|film|single|songs?|books?|names|list|information|documents?|funds|budget|sketch(?:es)?|drawings?|"
     r"version|update|trailer|emissions|gas|water|energy|balloons|smoke|chemicals|pressure|findings|"
     r"statistics|numbers|guidance|guidelines|plans?|proposals?|schedule|dates?|products?|games?)\b))",
     "RETREAT", "release", "verb"),
    (r"\breturn(?:s|ed|ing)?\s+(?!with\b)(?:[\w'’$€£.,-]+\s+){0,4}?(?:artifacts?|artefacts?|antiquities|sarcophagus|"
     r"manuscripts?|paintings?|portraits?|relics?|property|properties|confiscated|weapons|territor(?:y|ies)|"
     r"ships?|vessels?)\b|\breturn(?:s|ed|ing)? (?!to\b|home\b|from\b|fire\b)(?:[\w'’$€£.,-]+\s+){1,6}?to "
     r"(?:the |its |their )?(?:owners?|government|embassy|authorities|museum)\b", "RETREAT", "return", "verb"),
    (r"\b(?:allow(?:s|ed|ing)?|grant(?:s|ed|ing)?|gave|give[sn]?|permit(?:s|ted|ting)?)\s+"
     r"(?:[\w'’$€£.,-]+\s+){0,5}?access\b", "RETREAT", "access", "verb"),
    (r"\b(?:l(?:ay|aid|ays|aying) down|hand(?:s|ed|ing)? over|g(?:ave|ive|ives|iving) up|surrender(?:s|ed|ing)?)"
     r" (?:their |its |his |her )?(?:arms|weapons)\b", "RETREAT", "disarm", "verb"),
    (r"\b(?:withdr(?:ew|awn|aw|awing|aws|awal)|evacuat(?:e|ed|es|ing) (?:all |the )?(?:\d+ )?"
     r"(?:settlements|troops|forces|positions|bases)|pull(?:s|ed|ing)? (?:out|back)|retreat(?:s|ed|ing)?|"
     r"redeploy(?:s|ed|ing)? from)\b", "RETREAT", "withdraw", "verb"),
    (r"\babandon(?:s|ed|ing)?\s+(?:[\w'’$€£.,-]+\s+){0,2}?(?:positions?|posts?|the border|bases?|checkpoints?)\b",
     "RETREAT", "withdraw", "verb"),
    (r"\bresign(?:s|ed|ing)?\b|\bstepped down\b|\b(?:announc|confirm|submitt?|tender|offer)(?:e|ed|es|ing|s)? "
     r"(?:(?!(?:that|to|would|will|he|she|they)\b)[\w'’$€£.,-]+\s+){0,4}?(?:his|her|their|its) resignation\b", "RETREAT", "resign", "verb"),
    # a leader calling early elections accedes to demands for a change of leadership (manual: CONCEDE)
    (r"\b(?:decid(?:e|ed|es|ing) to )?(?:call(?:s|ed|ing)?|announc(?:e|ed|es|ing)) (?:new|fresh|early|snap) (?:general |presidential |"
     r"parliamentary |national )?elections?\b", "CONCEDE", "reform", "verb"),
    # a party leaving a place it worked or held (kept only with such a party: ev_measures)
    (r"\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|pull(?:s|ed|ing)? out of) (?:the )?(?:(?:northern|southern|eastern|"
     r"western|central|besieged|embattled) )?(?:[\w'’-]+ )?(?:city|town|province|country|region|district)\b",
     "RETREAT", "leave", "verb"),
    (r"\b(?:surrender(?:s|ed|ing)?|demobili[sz](?:e|ed|es|ing|ation)|disarm(?:ed|ing)?|"
     r"(?:declar(?:e|ed|es|ing)|announc(?:e|ed|es|ing)|observ(?:e|ed|es|ing)|implement(?:s|ed|ing)?) "
     r"(?:[\w'’$€£.,\"“”-]+\s+){0,4}?[\"“]?(?:ceasefire|cease-fire|truce|cessation of hostilities)|"
     r"(?:ceasefire|cease-fire|truce)[\"”]? (?:was |has been )?(?:announced|declared) by|cease(?:s|d)? hostilities|"
     r"(?:lift(?:s|ed|ing)?|eas(?:e|ed|ing)) (?:[\w'’$€£.,-]+\s+){0,3}?blockade|"
     r"re-?open(?:s|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,3}?(?:border|bridge|crossing|crossings|airport|port)|"
     r"paid compensation)\b", "RETREAT", "de-escalate", "verb"),
    (r"\b(?:sen[dt]|sends|sending|dispatch(?:ed|es|ing)?|deliver(?:s|ed|ing)?|airlift(?:s|ed|ing)?|"
     r"ship(?:s|ped|ping)?|fl(?:ew|own))\s+(?:[\w'’-]+[\s,]+){0,4}?(?:aid|relief|supplies|food|medicines?|"
     r"medical|vaccines?|doses|tents|blankets|humanitarian)\b", "AID", "humanitarian", "verb"),
    # --- MOBILIZE
    (r"\b(?:deploy(?:s|ed|ing)?|send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?|rush(?:ed)?|mass(?:ed|ing))"
     r"\s+(?:\w+[\s,]+){0,4}?(?:troops|soldiers|personnel|forces|marines|police(?:men)?|warships|"
     r"jets|reinforcements|units|paratroopers|army)\b", "MOBILIZE", "deploy", "verb"),
    (r"\b(?:on|of) (?:high |heightened |maximum )?alert\b|\bat (?:its |their )?(?:highest|maximum|top) (?:level of )?alert\b",
     "MOBILIZE", "alert", "verb"),
    # a raised alert or threat level puts forces on alert (manual: MOBILIZE "alert")
    (r"\b(?:alert|threat) levels? (?:[\w'’$€£.,-]+\s+){0,4}?(?:raised|increased|elevated)\b|"
     r"\b(?:rais|increas|elevat)(?:e|ed|es|ing) (?:[\w'’$€£.,-]+\s+){0,3}?(?:alert|threat) levels?\b",
     "MOBILIZE", "alert", "verb"),
    (r"\bmobili[sz](?:e|ed|es|ing|ation)\b", "MOBILIZE", "mobilize", "verb"),
    # jets scrambled are forces put on alert (before the ASSAULT row takes "fighter jets")
    (r"\b(?:jets|fighters|warplanes|planes|aircraft|interceptors)\s+(?:were\s+)?scrambled\b|"
     r"\bscrambl(?:e|ed|es|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:jets|fighters|warplanes|interceptors)\b", "MOBILIZE", "alert", "verb"),
    (r"\b(?:call(?:s|ed|ing)? up|order(?:s|ed|ing)?|activat(?:e|ed|es|ing|ion of)) (?:[\w'’$€£.,-]+\s+){0,3}?"
     r"(?:reservists|reserves|reserve (?:forces|troops|units|soldiers)|recruits)\b",
     "MOBILIZE", "mobilize", "verb"),
    (r"\b(?:strengthen(?:ed|s)?|reinforc(?:e|ed|es)|beef(?:ed)? up|boost(?:ed)?)\s+(?:[\w'’$€£.,-]+\s+){0,2}?"
     r"(?:forces|troops|presence|military|defen[cs]es)\b|\bordered patrols\b|\bpatrols? by\b|"
     r"\b(?:troops|forces) (?:were |have been )?(?:massed|deployed|stationed)\b", "MOBILIZE", "deploy", "verb"),
    (r"\b(?:extra|additional|more)\s+(?:\d[\d,]*\s+)?(?:troops|soldiers|police officers)\b",
     "MOBILIZE", "deploy", "verb"),
    # weapons tests show capability short of force (manual: MOBILIZE, mode "weapons")
    (r"\b(?:nuclear|atomic|hydrogen[- ]bomb|h-bomb|thermonuclear|missile|rocket|ballistic|icbm|weapons?|"
     r"warhead)\s+tests?\b|\btest-?(?:fir(?:e|ed|es|ing)|launch(?:ed|es|ing)?)\b|"
     r"\btest(?:ed|s|ing)? (?:[\w'’-]+\s+){0,3}?(?:missiles?|rockets?|icbms?|warheads?|(?:nuclear|atomic|hydrogen) "
     r"(?:bombs?|devices?|weapons?))\b", "MOBILIZE", "weapons", "noun"),
    # --- COERCE
    # defying a ban or embargo is a refusal (manual: "disobey, challenge, or resist laws"), not a ban
    (r"\b(?:violat(?:e|ed|es|ing)|def(?:y|ied|ies|ying)|flout(?:s|ed|ing)?|breach(?:ed|es|ing)?) (?:[\w'’$€£.,-]+\s+){0,3}?"
     r"(?:ban|embargo|sanctions|curfew)\b", "REJECT", "defy", "verb"),
    # prolonging a standing measure is a new act of it ("will be extended for three months")
    (r"\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?) (?:[\w'’$€£.,-]+\s+){0,3}?(?:state of (?:emergency|siege)|"
     r"emergency (?:powers|rule|measures|law)|martial law|curfew)\b|"
     r"\b(?:will|would|was|were|has|have|had|is|are|to) (?:be |been |being )?(?:extended|prolonged)\b",
     "COERCE", "extend", "verb"),
    # a search for suspects with intent to arrest (manual: COERCE covers arrest and detention)
    (r"\bman-?hunts?\b", "COERCE", "manhunt", "verb"),
    (r"\bstate of (?:emergency|siege)\b|\bmartial law\b", "COERCE", "state of emergency", "state"),
    (r"\bcurfews?\b", "COERCE", "curfew", "state"),
    (r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|round(?:ed|ing)? up|in (?:police |federal |state |military |protective )?custody|"
     r"taken into custody)\b", "COERCE", "arrest", "verb"),
    (r"\b(?:expel(?:s|led|ling)?|deport(?:s|ed|ing)?|eject(?:s|ed|ing)?|evict(?:s|ed|ing)?|"
     r"drive out|drove out|driven out|kick(?:s|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,3}?out(?! of (?:the )?(?:game|match|"
     r"tournament|competition|cup|league)\b)|ordered (?:[\w'’$€£.,-]+\s+){0,3}?(?:out of|to leave))\b|"
     r"\b(?:hours|days|weeks) to (?:leave|return home)\b|\bto leave (?:(?:the country|their countries|"
     r"\w+) )?(?:within|in the next)\b", "COERCE", "expel", "verb"),
    (r"\b(?:seiz(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|recaptur(?:ed|ing)|retak(?:en|ing)|retook|took over|take over|"
     r"taken over|took control|taken control|swept through|sweep through|occup(?:y|ied|ies|ying))\b",
     "COERCE", "seize", "verb"),
    # boarding a ship to search it is a raid on it (manual: COERCE), a passenger's boarding is not;
    # its own mode, since a search is not the capture of the people searched for
    (r"\bboard(?:s|ed|ing)? and search(?:es|ed|ing)?\b|\bsearch(?:es|ed|ing)? and board(?:s|ed|ing)?\b",
     "COERCE", "search", "verb"),
    (r"\bbann(?:ed|ing)\b|\bbans\b|\bban on\b", "COERCE", "ban", "verb"),
    (r"\b(?:blocked|blocking|shut down|cut off)\s+(?:[\w'’$€£.,-]+\s+){0,4}?(?:social media|internet|facebook|"
     r"whatsapp|websites|access)\b|\bsocial media ban\b|\b(?:social media|networks|apps)[\w\s,]{0,60}"
     r"(?:have been|were|was) blocked\b", "COERCE", "censor", "verb"),
    (r"\b(?:confiscat(?:e|ed|es|ing)|outlaw(?:s|ed)?|forc(?:ed|ing) (?:[\w'’$€£.,-]+\s+){0,4}?out|"
     r"hack(?:ed|ing)? into|defac(?:e|ed|ing)|(?:re)?impos(?:e|ed|es|ing) (?:[\w'’$€£.,-]+\s+){0,2}?blockades?|"
     r"human shields|suspend publication|jailed|sentenc(?:e|ed) \w+ to)\b",
     "COERCE", "coerce", "verb"),
    (r"\bborder checks\b|\bcheckpoints? (?:set up|established)\b", "COERCE", "border control", "verb"),
    (r"\bset (?:[\w'’$€£.,-]+\s+){0,4}?(?:on fire|ablaze|alight)\b|\b(?:torched|burn(?:ed|t) down|razed|"
     r"demolish(?:ed|ing)|blown up|blew up)\b|\bhouses (?:were )?burnt\b", "COERCE", "destroy property",
     "verb"),
    # --- ASSAULT
    (r"\b(?:suicide )?(?:car |truck |roadside |suicide )?bomb(?:s|ings?|ers?|ed)?\b|\bblasts?\b|"
     r"\bexplosions?\b|\bexplod(?:e|ed|es|ing)\b|\bdetonat(?:e|ed|ing|ion)\b|\bexplosive belts?\b|"
     r"\bsuicide vests?\b|\bblew (?:themselves|himself) up\b", "ASSAULT", "explosion", "noun"),
    (r"\b(?:air ?strikes?|airstrikes?|air raids?|bombard(?:ed|ment|ing)?|shell(?:ed|ing)|"
     r"missile strikes?|drone strikes?|shot down|warplanes?|fighter jets?|helicopter gunships?|"
     r"straf(?:e|ed|es|ing))\b",
     "ASSAULT", "aerial", "verb"),
    (r"\b(?:shot dead|gunned down|open(?:ed)? fire|fired (?:on|at|upon|back)|gunfire|"
     r"shootings?|sniper fire|live fire|live ammunition|firing tear gas and automatic)\b",
     "ASSAULT", "firearms", "verb"),
    (r"\bviolat(?:e|ed|es|ing|ions? of) (?:[\w'’$€£.,-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|armistice)\b|"
     r"\bcyber(?:-| )?(?:attacks?|warfare)\b|\bcyberattacks?\b|"
     r"\b(?:struck|pounded|targeted|hit) (?:[\w'’$€£.,-]+\s+){0,4}?(?:positions|bases?|camps?|depots?|"
     r"convoys?|hideouts?|strongholds?)\b|\b(?:struck|pounded) (?:[\w'’$€£.,-]+\s+){0,4}?targets?\b|\bfir(?:ed|ing|es) (?:[\w'’$€£.,-]+\s+){0,3}?(?:rockets|missiles|"
     r"mortars?|shells|artillery|projectiles)\b|\bdestroy(?:ed|ing|s)? (?:[\w'’$€£.,-]+\s+){0,3}?(?:camps|"
     r"positions|bases|hideouts|tanks)\b", "ASSAULT", None, "verb"),
    (r"\b(?:rap(?:e|ed|es|ing)|sexually (?:abused|assaulted)|sexual violence|assassinat(?:e|ed|ion)|"
     r"ethnic cleansing|lynch(?:ed|ing)?|(?<!food )poisoning of)\b", "ASSAULT", "violence", "verb"),
    (r"\b(?:abduct(?:s|ed|ing|ion)?|kidnap(?:s|ped|ping)?|hostages?|hostage-taking|took hostage)\b",
     "ASSAULT", "abduction", "verb"),
    (r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|storm(?:s|ed|ing)|raid(?:s|ed|ing)?|"
     r"ambush(?:es|ed)?|massacre[ds]?|slaughter(?:s|ed)?|offensive|onslaught|clash(?:es|ed|ing)?|"
     r"fighting|fought|battles?|battled|crackdown|shot|shooting|stabb(?:ed|ing)|beat(?:en|ing)?|"
     r"kick(?:ed)?|tortur(?:e|ed)|behead(?:ed|ing)|execut(?:ed|ions?)|killings?|violence|"
     r"(?:petrol|molotov) (?:bombs|cocktails)|arson|broke up|dispers(?:e|ed|ing|al)|"
     r"swept in to clear|cleared of|overr(?:an|un|unning))\b", "ASSAULT", None, "noun"),
    (r"\b(?:kill(?:s|ed|ing)?|dead|died|deaths?|death toll|toll|murder(?:ed|s)?|wound(?:ed|ing)|"
     r"injur(?:ed|ing|ies)|lives(?! in\b| at\b| with\b| near\b| on\b| alone\b| there\b| here\b)|bodies|perished|"
     r"casualties|fatalit(?:y|ies))\b", "ASSAULT", None, "toll"),   # "who lives in the area" is no toll
    # "14 others were hurt", "two were hospitalized": an injured toll ("sanctions hurt" is not)
    (r"\b(?:were|was|been|being|are|is|got|left) (?:seriously |badly |slightly |critically |also )?"
     r"(?:hurt|hospitali[sz]ed)\b", "ASSAULT", None, "toll"),
    # --- PROTEST
    (r"\b(?:protest(?:ed|ing)?|protests|demonstrations?|demonstrat(?:ed|ing)(?! (?:that|how|what|why|its|their|his|her|our|"
     r"complete|clear|great|real|full|utter|total|no|the|a|an|this|these|such|resolve|commitment|ability)\b)|rall(?:ied|ies|ying)|marched|"
     r"took to the streets|regrouped|(?:are|were|have been) gathering|(?:general|hunger) strike|"
     r"riot(?:s|ed|ing)?|(?:went|go|are|were) on strike|open-ended strike|stopped work|walkout|"
     r"burn(?:s|ed|t|ing)? (?:[\w'’$€£.,-]+\s+){0,3}?(?:flags?|effig(?:y|ies)))\b",
     "PROTEST", "demonstrate", "verb"),
    # its own mode: troops or armour blocking roads coerce (RETYPE), protesters demonstrate
    (r"\bblock(?:ed|ing|ade)? (?!of\b)(?:[\w'’$€£.,-]+\s+){0,3}?(?:roads?|streets?|bridge|highway|transport|traffic|"
     r"square)\b", "PROTEST", "blockade", "verb"),
    # --- THREATEN
    (r"\bthreaten(?:s|ed|ing)?\b|\bmade threats\b|\bwarn(?:s|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,4}?(?:would|will)\b|"
     r"\bwarn(?:s|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,3}?of " + QUOTE_MARK + r"(?:[\w'’$€£.,-]+\s+" + QUOTE_MARK + r"){0,2}?(?:consequences|retaliation|reprisals?|"
     r"response|action|measures|punishment|force)\b|"
     r"\bultimatum\b|\b(?:stern|final|last|strong|serious) warning\b|\bvow(?:s|ed|ing)? (?:to|that)\b|"
     r"\bsw(?:ore|orn|ear|ears|earing) to\b|\bor die\b|\b(?:hours|days) to convert\b|"
     r"\b(?:target list|list of targets|top target)\b|\bwould not live (?:peacefully|in peace)\b|"
     r"\bvow(?:s|ed|ing)?(?: of)? " + QUOTE_MARK + r"(?:[\w'’-]+ " + QUOTE_MARK + r"){0,2}?(?:revenge|retaliation|retribution|vengeance|reprisals?|"
     + ANSWER + r")\b|"
     r"\b(?:intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|prepar(?:e|ed|es|ing)|ready) to take (?:[\w'’-]+ ){0,2}?action against\b",
     "THREATEN", None, "verb"),
    # stances told without a stance verb: denied links, blame as responsibility, conditional
    # threats, communications cut; acts the rows above lack (plover_more.py)
    *STANCE_ROWS,
    *ACT_ROWS,
    # --- ACCUSE
    (r"\b(?:accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|condemn(?:s|ed|ing|ation)?|denounc(?:e|ed|es|ing)|"
     r"criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|slamm?(?:ed|s)?(?!\s+(?:into|through|against|on the brakes|shut)\b)|lambast(?:ed|s)?|"
     r"decr(?:y|ied|ies)|regrett?(?:ed|s)?|outraged|held(?= (?:[\w'’$€£.,-]+\s+){0,3}?(?:responsible|accountable))|"
     r"named(?= (?:[\w'’$€£.,-]+\s+){0,4}?as being responsible)|(?<!who )(?:is|was|were|are) behind(?= (?:the |a |an |this |these |those |last |\w+['’]s )?(?:[\w-]+ )?(?:attacks?|bombings?|blasts?|killings?|plot|massacres?|shootings?|assault|explosions?|violence|coup|hack(?:ing)?|strikes?|murders?|abductions?|kidnapping))|"
     r"violation of (?:its|their) sovereignty|no legitimate justification|unjustified|"
     r"(?:a|the) (?:historic|bad) mistake|(?:describ(?:ed|es)|brand(?:ed|s)|label(?:l?ed|s)|call(?:ed|s|ing))(?! (?:on|upon|for|off|in|up|back|out)\b)(?= (?:[\w'’$€£.,-]+\s+){0,5}?(?:as )?(?:a|an) [\"“‘]?"
     r"(?:[\w'’-]+ ){0,2}?(?:terrorist|cowardly|barbaric|heinous|criminal|brutal|massacre|crime|genocide|atrocity|"
     r"provocation|violation|act of (?:war|terror|aggression|treason)|(?:historic |bad |grave |serious )?(?:mistake|error))\b)|"
     r"(?<!so-)(?<!so )(?:describ(?:ed|es)|brand(?:ed|s)|label(?:l?ed|s)|term(?:ed|s)|call(?:ed|s|ing))(?! (?:on|upon|for|off|in|up|back|out)\b)"
     r"(?= (?:[\"“‘]?[\w'’$€£.,-]+\s+){0,5}?(?:as )?[\"“‘]?(?:(?:a|an) )?[\"“‘]?(?:[\w'’-]+ )?(?:coup|putsch|aggression|"
     r"(?:state )?terrorism|criminal act|war crimes?|crimes? against humanity|(?:high )?treason)\b)|"
     r"(?:claims?|allegations?|accusations?) of (?:[\w'’-]+ ){0,2}?(?:fraud|rigging|vote-rigging|cheating)|"
     r"failed to heed|point(?:s|ed|ing)? (?:the |an accusing )?finger at|"
     r"(?:described|branded|labell?ed|called|calling)(?= (?:[\w'’$€£.,-]+\s+){6,14}?(?:a|an) [\"“‘]?"
     r"act of (?:war|terror|terrorism|aggression|treason)\b)|"
     r"(?:is|was|are|were|as|called [\w'’-]+(?: [\w'’-]+)?) (?:a |an )?(?:very |deeply |fundamentally |extremely )?"
     r"(?:dangerous|flawed)|(?:dangerous|flawed) (?:regime|deal|government|policy|move|step|escalation|"
     r"precedent|game|provocation|decision|plan)|"
     r"complain(?:s|ed|ing)?|lodged (?:[\w'’$€£.,-]+\s+){0,2}?protest|charg(?:ed|ing) (?:[\w'’$€£.,-]+\s+){0,3}?with|"
     r"su(?:e|ed|es|ing) (?:[\w'’$€£.,-]+\s+){0,3}?for|indict(?:ed|s|ment)?|"
     r"(?:launch|open)(?:s|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,3}?(?:investigations?|inquir(?:y|ies)|probes?)|"
     r"(?:lodg|fil)(?:e|ed|es|ing) (?:[\w'’$€£.,-]+\s+){0,3}?(?:complaint|lawsuit|suit)|legal action against|alleg(?:e|es|ing)|alleged that|summoned (?:[\w'’$€£.,-]+\s+){0,3}?ambassador)\b",
     "ACCUSE", None, "verb"),
    # calling an act staged says its victim faked it: an accusation ("a staged coup", "the attack was staged")
    (r"\b(?:a|an|the) staged (?:coup|putsch|attack|bombing|incident|provocation|uprising)\b|\bfalse[- ]flag\b|"
     r"\b(?:(?:sa(?:id|ys)|claim(?:s|ed)|insist(?:s|ed)) (?:that )?)?(?:the |this |that )?"
     r"(?:coup|putsch|attacks?|bombing|incident|provocation|uprising) (?:was|were|had been|is) (?:all )?staged"
     r"(?=\s*[.,;:\"”]|\s+(?:to|as|in order)\b)", "ACCUSE", "staged", "verb"),
    *RECALL_ROWS,   # labels that charge a crime, claims called fabrications, heckling (plover_recall.py)
    # --- REQUEST (inviting someone to act asks them to; an invitation to a visit or talks is no demand)
    (r"\b(?:urg(?:e|ed|es|ing)|call(?:s|ed|ing)? (?:on|upon|for)|demand(?:s|ed|ing)?|"
     r"appeal(?:s|ed|ing)? (?:to|for)|request(?:s|ed|ing)?|ask(?:s|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,4}?(?:to|for)|"
     r"plead(?:s|ed|ing)?|"
     r"invit(?:e|ed|es|ing) (?:[\w'’$€£.,-]+\s+){0,4}?to(?= [\"“]?(?!(?:attend|visit|join|meet|speak|address|"
     r"take part|participate|talks|dinner|lunch|the|a|an|his|her|their|its|our)\b))|"
     r"(?:sought|seek(?:s|ing)?) (?:[\w'’$€£.,-]+\s+){0,3}?(?:help|aid|assistance|asylum|support|refuge|"
     r"protection|release|return|talks|dialogue|negotiations|ceasefire|truce|clarification|explanation|"
     r"compensation|extradition|access|permission|approval|apology|damages|death penalty|withdrawal|"
     r"resignation|recognition|mediation|investigation|inquiry|justice|removal|halt|end|loans?|funds|"
     r"funding|bailout|visas?|meeting|audience|intervention|reinforcements)|push(?:ed|es|ing)? (?:hard )?for|"
     r"pressur(?:e(?! on\b)|ed|es|ing) (?:[\w'’$€£.,-]+\s+){0,3}?to|"
     r"(?:put(?:s|ting)?|exert(?:s|ed|ing)?|appl(?:y|ied|ies|ying)|step(?:s|ped|ping)? up|ramp(?:s|ed|ing)? up) "
     r"(?:[\w'’-]+\s+){0,2}?pressure on (?:[\w'’$€£.,-]+\s+){0,3}?to|ordered (?:[\w'’$€£.,-]+\s+){0,4}?to appear|"
     r"press(?:ed|es|ing)? (?!(?:speculation|reports?|coverage|conferences?|releases?|freedom|office|secretary|"
     r"briefings?|corps|officers?|statements?|accounts?|attention|agency|agencies|association|council|club|"
     r"gallery|pool|room|credentials|card)\b)(?:[\w'’$€£.,-]+\s+){0,3}?to)\b", "REQUEST", None, "verb"),
    # --- REJECT
    (r"\b(?:reject(?:s|ed|ing)?|refus(?:e|ed|es|ing)|rebuff(?:ed|s)?|turned down|veto(?:ed|es)?|"
     r"will not be bound|not be bound|declin(?:e|ed|es|ing) to|den(?:y|ied|ies|ying) (?:[\w'’$€£.,-]+\s+){0,3}?"
     r"(?:access|entry|permission|requests?|visas?|asylum|bail|demands?|landing|passage|approval)|"
     r"reneg(?:e|ed)|failed to reach|dismiss(?:ed|es|ing)? (?:[\w'’$€£.,-]+\s+){0,3}?(?:proposals?|offers?|plans?|"
     r"calls?|demands?|requests?|appeals?|ultimatum|idea|suggestions?)|opposed to|"
     r"will not accept|would not (?:meet|accept)|out of the question)\b",
     "REJECT", None, "verb"),
    # a denial rejects an accusation made against the party: a charge, having ever done a thing, a
    # report that force was used (denying a report of anything else stays a statement)
    (r"\bden(?:y|ied|ies|ying) (?:ever (?:having )?|having (?:ever )?)[\w'’-]+\b|"
     r"\bden(?:y|ied|ies|ying) (?:the |any )?(?:[\w'’-]+ )?(?:reports?|claims?|suggestions?|rumou?rs?) that\b"
     r"(?=[^.;]{0,160}?\b(?:killed|murdered|died|shot|attacked|bombed|shelled|tortured|abducted|kidnapped|executed|"
     r"poisoned|arrested|detained|seized|captured|invaded)\b)|"
     r"\bden(?:y|ied|ies|ying) (?:any |all |the |its |their |his |her |having )?(?:[\w'’-]+ )?(?:involvement|responsibility|"
     r"role|charges?|accusations?|allegations?|claims?|wrongdoing|links?)\b|"
     r"\b(?:accusations?|allegations?|claims?|charges?),? (?:that|which) (?:[\w'’$€£.,-]+\s+){1,3}?"
     r"(?:denied|denies|has denied|rejected|rejects)\b|"
     r"\bden(?:y|ied|ies|ying) (?:reports? |claims? )?(?:that )?(?:a |an |the |any )?(?:new |fresh )?(?:agreement|deal|truce|"
     r"ceasefire|cease-fire|accord) (?:had |has |was |had been |has been )?(?:been )?(?:reached|struck|agreed|signed)\b|"
     r"\bden(?:y|ied|ies|ying) (?:reports? |claims? )?that (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:forces|troops|army|"
     r"rebels|separatists|militants|fighters|soldiers|militia|insurgents)\b|"
     r"\b(?:sa(?:id|ys|ying)|call(?:s|ed|ing)) (?:this|that|it|these|those|the (?:claims?|reports?|announcement|statement))"
     r" (?:was |were |is |are )?(?:false|untrue|baseless|groundless|fabricated|a lie|lies)\b", "REJECT", "deny", "verb"),
    # --- AGREE
    (r"\b(?:agreement|deal|accord|treaty|truce|ceasefire|cease-fire)\s+(?:[\w'’$€£.,-]+\s+){0,3}?"
     r"(?:was |has been |had been )?(?:reached|struck|signed|sealed|agreed|hammered out)\b|"
     r"\b(?:reached|struck|signed|sealed|clinched) (?:a |an |the )?(?:[\w'’$€£.,-]+\s+){0,3}?"
     r"(?:agreement|deal|accord|treaty|truce|ceasefire)\b|\bagree(?:d|s)? (?:to|on|upon|in principle|a|an)\b|"
     r"\b(?:is|are|was|were|remain(?:s|ed)?) (?:fully |firmly )?committed to\b|"
     r"\b(?:reiterat|reaffirm|renew)(?:ed|es|s)? (?:[\w'’$€£.,-]+\s+){0,2}?commitment\b|"
     r"\boffer(?:s|ed|ing)? (?:[\w'’$€£.,-]+\s+){0,2}?(?:support|assistance|help|aid|concessions)\b|"
     r"\b(?:offer(?:s|ed|ing)? (?:to|its|their)|promis(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|"
     r"accept(?:s|ed|ing)? (?:a|an|the) (?:formula|offer|proposal|plan)|reached a consensus|"
     r"(?:is|are|was|were) (?:willing|ready|committed) to (?:negotiate|talk|cooperate|help|accept|"
     r"sign|meet|discuss|work|share|support|provide|resume|contribute|offer|release|return|host|allow|lift|ease|"
     r"withdraw|restore|mediate|join|send))\b",
     "AGREE", None, "verb"),
    # --- CONSULT
    # a conversation with a party told by its verb ("had spoken with the king", "phoned his
    # counterpart"); "spoken of / to reporters" is blocked in not_events.py
    (r"\b(?:spoken (?:by (?:tele)?phone )?(?:to|with)|(?:phoned|called up|rang) (?:his|her|their|its) "
     r"(?:[\w'’-]+ ){0,2}?(?:counterparts?|opposite numbers?))\b", "CONSULT", None, "verb"),
    (r"\b(?:met|meet|meets|meeting|talks|discussions|consultations|spoke|hosting|hosts|phone call|telephone|visit(?:s|ed|ing)?|hosted|"
     r"negotiat(?:e|ed|es|ing|ions)|conferred|summit|telephon(?:e|ed)|mediat(?:e|ed|ion|ing)|"
     r"arrived in|welcome to|gave (?:a |an )?(?:\w+ )?welcome|received (?:a|an) (?:delegation|mission|envoy)|"
     r"received (?:the )?(?:[\w'’$€£.,-]+\s+){0,4}?(?:ambassador|envoy|delegation|counterpart)|"
     r"(?:lunch|dinner|breakfast) with)\b",
     "CONSULT", None, "verb"),
    # --- SUPPORT
    # backing a named party ("he backed Azerbaijan"; not "Armenia-backed", "backed by", "backed down")
    (r"(?<![\w-])back(?:s|ed)(?= (?-i:[A-Z])[\w-]+\b(?! (?:by|down|off|away|up)\b))", "SUPPORT", "praise", "verb"),
    (r"\b(?:prais(?:e|ed|es|ing)|congratulat(?:e|ed|es|ing)|(?:will|would) support|"
     r"back(?:s|ed|ing) (?:the |its |their |his |her )?(?:[\w'’$€£.,-]+\s+){0,2}?(?:plan|proposal|bid|call|decision|"
     r"resolution|candidacy|efforts)|declar(?:e|ed|es|ing) (?:its |their |his |her )?support|support(?:s|ed|ing) (?:the |its |their |his |her )?"
     r"(?:efforts|resolution|plan|proposal|bid|right|call|decision|government|president|move|measures)|commend(?:s|ed|ing)?|endors(?:e|ed|es|ing)|"
     r"express(?:ed|es)? (?:[\w'’$€£.,-]+\s+){0,2}?(?:support|solidarity)|welcom(?:e|ed|es|ing) the|"
     r"apologi[sz](?:e|ed|es|ing)|forgiv(?:e|en|ing)|defend(?:ed|s)? the right|upgrad(?:e|es|ed|ing) (?:[\w'’$€£.,-]+\s+){0,2}?(?:ties|relations)|"
     r"improv(?:e|es|ed|ing) (?:diplomatic |bilateral )?(?:ties|relations)|"
     r"welcom(?:e|ed|es|ing) (?:[\w'’$€£.,-]+\s+){0,4}?(?:decision|move|invitation|agreement|deal|announcement|"
     r"plan|proposal|offer|initiative|steps?|efforts|resolution|ceasefire|truce|support|backing|solidarity)|"
     r"establish(?:ed|es)? (?:diplomatic )?(?:ties|relations)|recogni[sz](?:e|ed|es|ing) (?:[\w'’$€£.,-]+\s+){0,4}?independence)\b",
     "SUPPORT", "praise", "verb"),
    # --- AID / COOPERATE
    (r"\b(?:humanitarian aid|aid convoys?|relief supplies|food aid|provid(?:e|ed|es|ing) "
     r"(?:[\w'’$€£.,-]+\s+){0,4}?(?:aid|assistance|weapons|arms|training|intelligence|photographs|funding|funds|"
     r"equipment|relief|food|supplies|medicines|vaccines|loans?|grants?|shelter|million|billion)|"
     r"donat(?:e|ed|es|ing|ions?) (?:[\w'’$€£.,-]+\s+){0,4}?(?:aid|food|medicines?|medical|supplies|equipment|"
     r"vaccines?|doses|tents|blankets|relief|million|billion|funds)|(?:allocat|contribut)(?:e|ed|es|ing|ion of) (?:[\w'’$€£.,-]+\s+){0,4}?"
     r"(?:million|billion|funds|funding|aid|troops)|"
     r"(?:grant(?:s|ed|ing)?|offer(?:s|ed|ing)?) (?:[\w'’$€£.,-]+\s+){0,2}?asylum|"
     r"(?:accept(?:s|ed|ing)?|resettl(?:e|ed|es|ing)|t(?:ake|akes|ook|aken|aking) in) (?:[\w'’$€£.,-]+\s+){0,4}?"
     r"(?:refugees|migrants|asylum seekers)|open(?:s|ed|ing)? (?:its |their )?borders? to|"
     r"g(?:ave|ive|ives|iving) (?:[\w'’$€£.,-]+\s+){0,5}?(?:aid|grant|loan|million|billion|euros|dollars|funds|funding|"
     r"equipment|supplies|medicines|vaccines)|(?:lent|lend(?:s|ing)?|loaned) (?:[\w'’$€£.,-]+\s+){0,3}?(?:million|billion)|"
     r"(?:earmark|allocat|announc|approv)(?:e|ed|es|ing|s)? (?:[\w'’$€£.,-]+\s+){0,6}?(?:humanitarian |emergency |"
     r"financial |economic |military |food |additional )(?:aid|assistance|relief|funding)|"
     r"(?:suppl(?:y|ied|ies|ying)|distribut(?:e|ed|es|ing)) (?:[\w'’$€£.,-]+\s+){0,5}?(?:equipment|weapons|arms|aid|"
     r"food|fuel|medicines?|supplies|tents|relief)|grant(?:ed|s)? (?:[\w'’$€£.,-]+\s+){0,2}?(?:asylum|aid|a grant)|"
     r"send (?:[\w'’$€£.,-]+\s+){0,2}?(?:arms|aid|weapons)|evacuat(?:e|ed|ing) the (?:wounded|injured)|"
     r"peacekeep(?:ing|ers)|hand(?:s|ed|ing)? over (?:[\w'’$€£.,-]+\s+){0,4}?(?:medicine|medical|supplies|food|aid|equipment)|"
     r"made available (?:[\w'’$€£.,-]+\s+){0,6}?(?:supplies|aid|assistance|equipment|funds))\b", "AID", None, "verb"),
    (r"\b(?:cooperat(?:e|ed|ion)|joint (?:[\w'’$€£.,-]+\s+){0,2}?(?:operations?|patrols?|exercises?|drills?|maneuvers|manoeuvres)|share intelligence|"
     r"restor(?:e|ed) (?:diplomatic )?(?:ties|relations)|shar(?:e|ed|es|ing) (?:[\w'’$€£.,-]+\s+){0,2}?"
     r"(?:expertise|evidence|intelligence|information|data)|extradit(?:e|ed|es|ing|ion)|war games)\b",
     "COOPERATE", None, "verb"),
]


@dataclass
class Trigger:
    start: int           # character offsets inside the sentence
    end: int
    type: str
    mode: str | None
    kind: str
    text: str


_COMPILED = [(re.compile(p, re.I), t, m, k) for p, t, m, k in LEXICON]
# per row, the word starts where it may match (nlp/prefixes: the rows' literal openings)
PREFILTER = re.compile("|".join(f"(?:{p})" for p, _, _, _ in LEXICON), re.I)

# one gate index for the table rows and, as the last row, NOT_EVENTS
_STARTS = StartIndex([p for p, _, _, _ in LEXICON] + [NOT_EVENTS.pattern], re.I)
_UNGATED = frozenset(_STARTS.ungated)
_BLOCK_ROW = len(LEXICON)


# (type, mode or None for any, sentence cue, new type, new mode): one trigger word, two PLOVER
# categories, told apart by the sentence. Troops sent to keep the peace or rescue people are
# AID (the manual: "military and police assistance including arms and personnel"); a riot
# "between" two groups is fighting between them, not a protest against a recipient.
RETYPE: list[tuple[str, str | None, re.Pattern, str, str | None]] = [
    ("MOBILIZE", "deploy", re.compile(r"\bpeace-?keep|\b(?:search-and-rescue|rescue) (?:teams?|workers|operations?)\b|"
                                      r"\bhumanitarian (?:mission|operation|relief)\b|\bdisaster relief\b", re.I),
     "AID", "military"),
    # a ban on trade is an embargo (manual: SANCTION "stop or restrict commercial exchange"),
    # travel bans on a regime's figures are sanctions
    ("COERCE", "ban", re.compile(r"\bban(?:s|ned|ning)?\s+(?:on\s+)?(?:[\w'’-]+\s+){0,3}?(?:imports|exports|trade|"
                                 r"sales|shipments|purchases|investments?|oil|coal|textiles?|cargo flights)\b|"
                                 r"\b(?:travel|visa) bans?\b", re.I),
     "SANCTION", "sanctions"),
    ("ASSAULT", "explosion", re.compile(r"\b(?:nuclear|atomic|hydrogen|thermonuclear)\b(?=.*\b(?:tests?|testing|yield|"
                                        r"kilotons?|megatons?|underground|seismic)\b)", re.I), "MOBILIZE", "weapons"),
    # "military vehicles blocked roads outside the Parliament": a show of force, no protest
    ("PROTEST", "blockade", re.compile(r"\b(?:military|army|armou?red|tanks?|troops|soldiers|security forces|"
                                       r"police)\s+(?:(?!(?:said|says|say|told|protesters|demonstrators)\b)[\w'’$€£.,-]+\s+){0,3}?block(?:ed|ing|ade)?\b", re.I),
     "COERCE", "block"),
    ("PROTEST", None, re.compile(r"\briot(?:s|ing)? (?:[\w'’$€£.,-]+\s+){0,6}?between\b|\briots?\b.{0,60}"
                                 r"\b(?:explosions|shooting|gunfire|clashes)\b", re.I), "ASSAULT", None),
]


# a vow is a threat only when what is vowed is conflict ("vowed to avenge"); otherwise it is a
# promise, which PLOVER codes AGREE ("vowed to rebuild the bridge")
VOW = re.compile(r"(?:vow|swor|swear|pledg)", re.I)
HOSTILE_AIM = re.compile(r"\b(?:fight\w*|attack\w*|retaliat\w*|aveng\w*|reveng\w*|punish\w*|crush\w*|destroy\w*|"
                         r"kill\w*|wipe\w* out|strike\w*|hit\w* back|respon\w*|war|jihad|resist\w*|block\w*|"
                         r"retribution|vengeance|reprisals?|boycott\w*|sanction\w*|expel\w*|arrest\w*|eliminat\w*|"
                         r"hunt\w* down|defeat\w*|"
                         r"bring \w+ to justice|take back|retake|recapture|continue \w+ (?:struggle|campaign|protests?))\b",
                         re.I)


def retype(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """The sentence's triggers with RETYPE applied (the table finds words; this reads the
    sentence they sit in)."""
    out = list(triggers)
    for i, tr in enumerate(out):
        after = text[tr.end:tr.end + 150]
        if tr.type == "THREATEN" and VOW.match(tr.text) and not HOSTILE_AIM.search(tr.text + after) and \
                not any(t.type in CONFLICTUAL for t in find_triggers(after)):
            out[i] = Trigger(tr.start, tr.end, "AGREE", "promise", tr.kind, tr.text)
            continue
        changed = retyped_by_words(text, tr)
        if changed is not None:
            out[i] = changed
            continue
        for typ, mode, cue, new, new_mode in RETYPE:
            if tr.type == typ and (mode is None or tr.mode == mode) and cue.search(text):
                out[i] = Trigger(tr.start, tr.end, new, new_mode, tr.kind, tr.text)
                break
    return out


def candidates(text: str) -> bool:
    """Cheap prefilter: could this sentence state an event at all?"""
    return bool(PREFILTER.search(text))


def find_triggers(text: str) -> list[Trigger]:
    """Every trigger in a sentence; where matches overlap, the earlier table row wins.
    Phrases of NOT_EVENTS (not_events.py) block what they cover. (Row by row is faster here than one big
    alternation. Each row is tried only at the word starts that open one of its matches,
    see nlp/prefixes: same triggers, a fifth of the time.)"""
    starts = _STARTS.starts(text)
    gated = starts is not None and _BLOCK_ROW not in _UNGATED
    taken = blocked_spans(text, starts.get(_BLOCK_ROW, ()) if gated else None)
    out: list[Trigger] = []
    # table order, only the rows that may match here (the ungated ones and those with a gate open)
    for r in range(len(_COMPILED)) if starts is None else sorted(_UNGATED.union(starts).difference((_BLOCK_ROW,))):
        rx, typ, mode, kind = _COMPILED[r]
        if starts is None or r in _UNGATED:
            matches = rx.finditer(text)
        else:
            matches = finditer_at(rx, text, starts[r])
        for m in matches:
            a, b = m.start(), m.end()
            if taken and any(a < y and x < b for x, y in taken):
                continue
            taken = taken + [(a, b)]
            out.append(Trigger(a, b, typ, mode, kind, m.group(0)))
    out.sort(key=lambda t: t.start)
    return out

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "REJECT", "ACCUSE"}


def intent_type(typ: str, modal: str | None) -> str:
    """PLOVER codes a stated intention by its polarity: willingness to cooperate is AGREE,
    intent to take conflictual action is THREATEN, what another party "must" do is REQUEST."""
    if modal in ("must", "should"):
        return "REQUEST"
    if modal == "unless":
        return "THREATEN"
    if typ in COOPERATIVE:
        return "AGREE"
    if typ in CONFLICTUAL:
        return "THREATEN"
    return typ
