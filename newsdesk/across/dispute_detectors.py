"""Every dispute detector module, imported once from disputes.py so each registers itself.

The order is the registry's order: `_dedupe` keeps the first of two disputes on one topic and a
story keeps at most MAX_PER_STORY, so a new detector goes at the end unless it should win ties.
"""
from . import (  # noqa: F401
    dispute_account, dispute_admission, dispute_confirm, dispute_culprit, dispute_evidence,
    dispute_headcount, dispute_identity, dispute_inline, dispute_marked, dispute_outcome,
    dispute_blame, dispute_label, dispute_deal, dispute_allegiance, dispute_legality,
    dispute_denied_claim, dispute_wounded, dispute_involvement, dispute_waters, dispute_custody,
    dispute_claimed, dispute_answered, dispute_fate, dispute_unclaimed, dispute_denied_fact,
    dispute_denied_record, dispute_method, dispute_negated, dispute_intent, dispute_what_it_was,
    dispute_wounded_event, dispute_compared, dispute_distance, dispute_exit, dispute_fault,
    dispute_wounded_top, dispute_deflect, dispute_target, dispute_fired, dispute_dissociate,
    dispute_denied_across, dispute_vehicles, dispute_conflicting, dispute_lone, dispute_doer,
    dispute_traded, dispute_ruled_out, dispute_provoked, dispute_dismissed, dispute_denied_from,
    dispute_side_runs, dispute_varying, dispute_blasts, dispute_vague, dispute_first_move, dispute_all_dead,
    dispute_rival_claims, dispute_denied_passive, dispute_pretext, dispute_recollection,
    dispute_quashed, dispute_condition, dispute_hit_back, dispute_recast,
    dispute_scorned, dispute_surrender, dispute_origin, dispute_claim_blame, dispute_crew_tally, dispute_occupancy,
    dispute_denied_content, dispute_rival_accounts,
    dispute_part_whole)  # wraps the toll and injured detectors: part against whole, an earlier toll

# every detector's module-level cues remember their answers by sentence text (cue_memo.py)
import sys as _sys  # noqa: E402
from .cue_memo import remember_cues  # noqa: E402
remember_cues([m for n, m in list(_sys.modules.items())
               if n.startswith(__package__ + ".dispute") or n == __package__ + ".figures"])
