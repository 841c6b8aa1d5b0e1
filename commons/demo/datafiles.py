"""Demo content read from the YAML files of ``commons/demo/data/`` (see data/README.md).

The demo data is kept in YAML so that people can edit it without touching Python. This
module gives it back as the Python values the demo loaders use: ``TERRITORIES``,
``ORGANISATIONS``, ``PROGRAMMES``, ``PROJECTS``, ``RESOURCES`` and ``LESSONS``, lists of dicts
in a fixed order, with ``datetime.date`` for YAML dates and tuples where the loaders unpack
tuples (YAML mappings with named keys in the files, read back in the order of ``TUPLES``).

Each name is read on first access (module ``__getattr__``) and cached: importing the module
costs nothing, as it is imported by the demo commands and the tests at start-up, and every
access returns the same objects, as the Python constants did. Pure data: no Django import.
"""

from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).with_name("data")

# Fields stored as mappings in the YAML files and given back as tuples of these keys' values.
TUPLES = {
    "partners": ("organisation", "role", "note"),
    "milestones": ("date", "title", "status"),
    "workstreams": ("title", "owner", "status"),
    "needs": ("topic", "notes"),
    "evidence_links": ("url", "title"),
}


def _read(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _tuples(row: dict, path: Path) -> dict:
    for field, keys in TUPLES.items():
        if field in row:
            for item in row[field]:
                if set(item) != set(keys):
                    raise ValueError(f"{path}: {field} entries need exactly the keys {keys}")
            row[field] = [tuple(item[key] for key in keys) for item in row[field]]
    if "body" in row:
        # Body blocks are one-key mappings ``{block type: value}``, given back as tuples.
        if any(len(block) != 1 for block in row["body"]):
            raise ValueError(f"{path}: each body block is a mapping with a single key")
        row["body"] = [next(iter(block.items())) for block in row["body"]]
    return row


def _table(name: str) -> list[dict]:
    """One file holding a list, in file order."""
    path = DATA / f"{name}.yaml"
    return [_tuples(row, path) for row in _read(path)]


def _folder(name: str) -> list[dict]:
    """One file per item, sorted by its ``position`` (unique; removed from the returned dict)."""
    rows = []
    for path in (DATA / name).glob("*.yaml"):
        row = _tuples(_read(path), path)
        if row["slug"] != path.stem:
            raise ValueError(f"{path}: the file name must be the slug {row['slug']!r}")
        rows.append((row.pop("position"), row))
    positions = [position for position, _ in rows]
    if len(set(positions)) != len(positions):
        raise ValueError(f"{DATA / name}: two files have the same position")
    return [row for _, row in sorted(rows, key=lambda pair: pair[0])]


_READERS = {
    "TERRITORIES": lambda: _table("territories"),
    "ORGANISATIONS": lambda: _table("organisations"),
    "PROGRAMMES": lambda: _table("programmes"),
    "PROJECTS": lambda: _table("projects"),
    "RESOURCES": lambda: _folder("resources"),
    "LESSONS": lambda: _folder("lessons"),
}
NAMES = tuple(_READERS)  # the names given by __getattr__ below


@cache
def _value(name: str) -> list[dict]:
    return _READERS[name]()


def __getattr__(name: str) -> list[dict]:
    if name in _READERS:
        return _value(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
