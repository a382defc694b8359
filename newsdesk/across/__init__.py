"""Cross-article steps: near-duplicates, stories, one record per real event, disputes.
Importing this package registers its corpus steps."""
from importlib import import_module

for _mod in ("duplicates", "stories", "story_dates", "merge", "disputes"):
    try:
        import_module(f"{__name__}.{_mod}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"{__name__}.{_mod}":
            raise
