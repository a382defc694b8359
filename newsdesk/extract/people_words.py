"""Whether a capitalised run ends in a word for a people ('Iranian', 'the Sudanese', 'Iraqi
Kurdish'), which no person's name does.

Such words end in '-ian', '-ese' or '-ish', and so do many surnames: Armenian ones above all
('Arayik Harutiunian', 'Serzh Sarkissian'). A lone word with those endings is a people's
word; in a run of two or more words only a demonym of the gazetteer or a word of the short
list below is, so a first name followed by an '-ian' surname still names a person.
"""
from __future__ import annotations

# peoples, regions and faiths the gazetteer's country demonyms leave out
_PEOPLES = frozenset("""
    asian caucasian kurdish bosnian jewish christian amish hispanic arabian flemish cornish
    yiddish moorish cantonese javanese balinese bavarian siberian crimean dalmatian anatolian
    andalusian catalonian venetian parisian himalayan somalian
""".split())


def people_word(toks: list[str]) -> bool:
    """`toks` (a capitalised run) ends in a word for a people rather than a surname."""
    last = toks[-1].lower().strip(".,")
    if not last.endswith(("ese", "ian", "ish")):
        return False
    if len(toks) == 1 or last in _PEOPLES:
        return True
    from .geo import demonym_country
    return bool(demonym_country(toks[-1].strip(".,")))
