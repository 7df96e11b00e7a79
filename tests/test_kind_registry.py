"""Activity kinds live in a registry: adding a kind touches few files.

Each kind has a core module (``studio/core/kinds/<kind>.py``: settings,
answers, tallies, stored values, results, export columns, read-aloud) and a
shared-screen answer widget (``studio/ui/stage/answers/<kind>.py``), both
registered by kind. Everything else asks the registries instead of naming kinds.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from studio.core.kinds import ActivityKind
from studio.core.kinds.registry import all_kinds, kind_of, lookup

ROOT = Path(__file__).resolve().parents[1]
STUDIO = ROOT / "studio"

# The registries and the per-kind modules are where kinds are named; they are not counted.
REGISTRY_PACKAGES = ("studio/core/kinds", "studio/ui/stage/answers")
# Files outside them that may name individual kinds (today: activity templates, the demo
# workshop's content, the xlsx chart choice). Adding a kind must not need more of them.
MAX_FILES_NAMING_KINDS = 8

KIND_VALUES = {k.value for k in ActivityKind}
KIND_MEMBERS = {k.name for k in ActivityKind}
# Calls whose first argument is a kind.
KIND_CALLS = {"ActivityKind", "kind_of", "lookup"}


def _name_of(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_kind_value(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) \
        and node.value in KIND_VALUES


def _about_kind(node: ast.AST) -> bool:
    """An expression that holds a kind: its source mentions "kind" (``kind``,
    ``a["kind"]``, ``spec.kind``, ``row[COL["activity_kind"]]``)."""
    return "kind" in ast.unparse(node).lower()


def _kind_table_lookups(tree: ast.AST) -> set[int]:
    """Ids of dict literals looked up with a kind: ``{...}[kind]``, ``{...}.get(kind)``."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict) \
                and _about_kind(node.slice):
            found.add(id(node.value))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "get" and isinstance(node.func.value, ast.Dict) \
                and node.args and _about_kind(node.args[0]):
            found.add(id(node.func.value))
    return found


def names_of_kinds(source: str) -> list[str]:
    """The individual kinds a module names, as "line: how" (empty: it names none).

    A module names a kind when it holds

    1. ``ActivityKind.<MEMBER>``, or
    2. a stored kind value as a string ("scale", "notes", …) where it stands for a kind:

       a. compared (``==``, ``!=``, ``in``, ``is``; also as an element of a tuple, list
          or set compared) with an expression that mentions "kind";
       b. a key of a dict literal looked up with such an expression, or of a dict literal
          whose keys are all kind values (a table by kind, at least two keys);
       c. the value of a ``"kind"`` key in a dict literal or of a ``kind=`` argument, or
          the first argument of ``ActivityKind(…)``, ``kind_of(…)`` or ``lookup(…)``.

    The same words used otherwise are not kinds and do not count: a change topic
    ("notes"), a count or a sheet ("notes", "Notes"), an answer's or a column's
    "points", a board focus "notes" in a tuple of focus names, a template id.
    """
    tree = ast.parse(source)
    tables = _kind_table_lookups(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "ActivityKind" and node.attr in KIND_MEMBERS:
            found.append(f"{node.lineno}: ActivityKind.{node.attr}")
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            for i, op in enumerate(operands):
                others = operands[:i] + operands[i + 1:]
                if not any(_about_kind(o) for o in others):
                    continue
                items = op.elts if isinstance(op, (ast.Tuple, ast.List, ast.Set)) else [op]
                found.extend(f"{node.lineno}: compared with {x.value!r}"
                             for x in items if _is_kind_value(x))
        elif isinstance(node, ast.Dict):
            keys = [k for k in node.keys if k is not None]
            table = len(keys) >= 2 and all(_is_kind_value(k) for k in keys)
            if table or id(node) in tables:
                found.extend(f"{node.lineno}: table key {k.value!r}"
                             for k in keys if _is_kind_value(k))
            found.extend(f"{node.lineno}: kind {v.value!r}"
                         for k, v in zip(node.keys, node.values)
                         if isinstance(k, ast.Constant) and k.value == "kind"
                         and _is_kind_value(v))
        elif isinstance(node, ast.Call):
            if _name_of(node.func) in KIND_CALLS and node.args and _is_kind_value(node.args[0]):
                found.append(f"{node.lineno}: {_name_of(node.func)}({node.args[0].value!r})")
            found.extend(f"{node.lineno}: kind={kw.value.value!r}" for kw in node.keywords
                         if kw.arg == "kind" and _is_kind_value(kw.value))
    return found


def files_naming_kinds() -> dict[str, list[str]]:
    out = {}
    for path in sorted(STUDIO.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(tuple(p + "/" for p in REGISTRY_PACKAGES)):
            continue
        names = names_of_kinds(path.read_text(encoding="utf-8"))
        if names:
            out[rel] = names
    return out


def test_few_files_outside_the_registries_name_individual_kinds():
    named = files_naming_kinds()
    assert len(named) <= MAX_FILES_NAMING_KINDS, (
        "These files name activity kinds; ask studio.core.kinds.registry.kind_of(kind) "
        f"(or the answer widget registry) instead: {named}")


@pytest.mark.parametrize(("source", "named"), [
    ("if kind is ActivityKind.SCALE: pass", True),
    ("if act['kind'] == 'matrix': pass", True),
    ("x = spec.kind in ('points', 'ranking')", True),
    ("if row[COL['activity_kind']] != 'statements': pass", True),
    ("column = {'points': 'points', 'ranking': 'borda'}.get(kind, 'count')", True),
    ("HINTS = {'scale': 'Choose a value.', 'matrix': 'Place a dot.'}", True),
    ("spec = {'kind': 'statements', 'prompt': '?'}", True),
    ("workshops.add_activity(sid, kind='single_choice')", True),
    ("k = ActivityKind('notes')", True),
    ("if topic in ('ballots', 'notes'): pass", False),
    ("counts = {'scenarios': 1, 'ballots': 2, 'notes': 3}", False),
    ("if measure == 'points': pass", False),
    ("FOCUS = ('board', 'cluster', 'category', 'notes')", False),
    ("value = answer.get('points') or {}; sheet = sheets['Notes']", False),
    ("if kind_of(kind).collects_notes: pass", False),
])
def test_the_rule_that_counts_named_kinds(source, named):
    assert bool(names_of_kinds(source)) is named


def test_every_kind_has_a_core_module_and_an_answer_widget():
    from studio.ui.stage.answers import answer_widget_class, registered_kinds

    assert [k.kind for k in all_kinds()] == list(ActivityKind)
    assert sorted(registered_kinds()) == sorted(ActivityKind)
    for kind in ActivityKind:
        spec = kind_of(kind)
        assert spec.kind is kind and kind_of(kind.value) is spec and lookup(kind.value) is spec
        assert (STUDIO / "core" / "kinds" / f"{kind.value}.py").is_file()
        assert answer_widget_class(kind).kind is kind
        assert (STUDIO / "ui" / "stage" / "answers" / f"{kind.value}.py").is_file()
        assert spec.label and spec.label == kind.label
        assert spec.chart in ("bars", "diverging", "stances", "scatter")
        assert spec.measure in ("count", "points", "borda")


def test_unknown_kinds_are_refused_by_name_and_looked_up_as_none():
    with pytest.raises(ValueError):
        kind_of("poll")
    assert lookup("poll") is None and lookup(None) is None and lookup(["scale"]) is None


def test_stored_kind_values_do_not_change():
    # Workshop files and exports carry these strings; renaming one loses data.
    assert [k.value for k in ActivityKind] == [
        "single_choice", "multiple_choice", "scale", "points", "ranking", "matrix",
        "statements", "notes"]


@pytest.mark.parametrize("kind", list(ActivityKind))
def test_every_count_the_tally_form_offers_is_one_the_core_stores(kind):
    from studio.core.answers import tally_rows

    spec = kind_of(kind)
    settings = {"min": 1, "max": 5, "min_label": "low", "max_label": "high", "budget": 10}
    options = [("o1", "A"), ("o2", "B")]
    lines = spec.tally_lines(settings, options)
    assert bool(lines) is spec.takes_tally
    counts = {key: 2 for line in lines for key, _ in line.fields}
    if spec.takes_tally:
        rows = tally_rows(kind, settings, [oid for oid, _ in options], counts)
        assert len(rows) == len(counts)
        assert all(line.text and all(what for _, what in line.fields) for line in lines)
