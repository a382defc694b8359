"""A toll told as a bound rules out a smaller count of the same toll.

Why: `counts.same_toll` lets a round figure stand for a precise one close to it ("nearly
140" and "at least 138"), and `pick` then prefers the most precise statement. When the
lead says "at least 52" and an official later gives "the toll was 50", the two read as one
toll and the plain 50 won, though the lead's bound says more than 50 died. A statement
whose whole range lies below another statement's lower bound is no reading of that toll.
"""
from __future__ import annotations


def within_bounds(same: list) -> list:
    """The statements of one toll that no lower bound among them contradicts (all of them
    when every one is contradicted)."""
    floors = [m.count.low for m in same if m.qualifier == "min" and m.count.high is None]
    if not floors:
        return same
    kept = [m for m in same if m.count.high is None or m.count.high >= max(floors)]
    return kept or same
