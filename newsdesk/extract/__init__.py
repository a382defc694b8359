"""Per-article extraction: event mentions (PLOVER), quotes. Importing this package
registers its steps; a module not yet present is simply absent from the registry."""
from importlib import import_module

for _mod in ("events", "quotes"):
    try:
        import_module(f"{__name__}.{_mod}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"{__name__}.{_mod}":
            raise
