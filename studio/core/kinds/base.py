"""What every activity kind provides, and the plain records its functions trade in.

A kind module (``single_choice.py``, ``scale.py``, …) subclasses :class:`Kind`
and fills in what differs: the settings it needs, how an answer or a tally
becomes response rows, how stored rows are checked, how results are counted,
which export columns it fills and how it is read aloud. The registry
(``studio.core.kinds.registry``) maps each :class:`ActivityKind` to one
instance; the rest of the app asks it instead of naming kinds.

An answer is a small dict whose shape each kind documents; a tally (a show of
hands, paper dots) is ``{key: count}`` with the keys of :meth:`Kind.tally_lines`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from studio.base.errors import ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP, translate, words_in
from studio.core.kinds import ActivityKind, Stance

CONTEXT = "Kinds"

# The per-kind value columns of the Responses sheet, in sheet order.
# What a kind's bars measure (``Kind.measure``): people, points given, or a Borda score.
MEASURE_COUNT, MEASURE_POINTS, MEASURE_BORDA = "count", "points", "borda"
RESPONSE_VALUE_COLUMNS = ("scale_value", "dont_know", "points", "rank", "stance")
NO_VALUES: tuple[Any, ...] = (None,) * len(RESPONSE_VALUE_COLUMNS)
# Stored value of each stance (``Response.value_num``); the stance itself is ``value_text``.
STANCE_VALUE = {Stance.AGREE: 1.0, Stance.DISAGREE: -1.0, Stance.PASS: 0.0}


# -- records ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ResponseRow:
    """One response row to store for an answer or a tally."""

    option_id: str | None = None
    value_num: float | None = None
    value_x: float | None = None
    value_y: float | None = None
    value_text: str | None = None
    count: int = 1


class ResponseLike(Protocol):
    ballot_id: str | None
    option_id: str | None
    value_num: float | None
    value_x: float | None
    value_y: float | None
    value_text: str | None
    count: int
    stakeholder_group: str | None


@dataclass
class OptionResult:
    key: str  # option id, scale value ("1".."5") or "dont_know"
    label: str
    count: int = 0  # people who chose it / gave this value
    share: float = 0.0  # count / n (0..1)
    points: float = 0.0  # point budget: points given; ranking: Borda score
    mean_rank: float | None = None
    agree: int = 0
    disagree: int = 0
    passed: int = 0


@dataclass
class ActivityResult:
    kind: ActivityKind
    n: int = 0
    n_ballots: int = 0
    n_tally: int = 0
    group: str | None = None  # None: everybody
    options: list[OptionResult] = field(default_factory=list)
    mean: float | None = None
    median: float | None = None
    dont_know: int = 0
    points_total: float = 0.0
    matrix_points: list[tuple[float, float]] = field(default_factory=list)

    def by_key(self) -> dict[str, OptionResult]:
        return {o.key: o for o in self.options}


@dataclass(frozen=True)
class TallyLine:
    """One line of the tally form: its text and the counts asked on it, ``(key, what)``."""

    text: str
    fields: tuple[tuple[Any, str], ...]


def fail(text: str, **params: object) -> ValidationError:
    return ValidationError(text, **params)


def unknown_option() -> ValidationError:
    return fail(QT_TRANSLATE_NOOP("Errors", "The answer names an unknown option."))


def whole(n: Any) -> bool:
    """A whole number of 0 or more (not a bool)."""
    return isinstance(n, int) and not isinstance(n, bool) and n >= 0


def finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value)


def int_or_float(value: Any) -> Any:
    """A stored number as a whole number where it is one (an export shows 3, not 3.0).

    Anything that is no finite number (a hostile file may hold text in a number column) is
    passed on as it is: the export's writer then writes it as text, never as a formula.
    """
    if value is None or isinstance(value, bool) or not finite(value):
        return value
    return int(value) if float(value).is_integer() else value


def largest_per_group(counts: Mapping[tuple[str | None, Any], int]) -> int:
    """The sum over groups of each group's largest count (``counts`` keyed by
    ``(group, key)``): the fewest people behind tallies where one person may be
    counted under several keys, but never in two groups."""
    largest: dict[str | None, int] = {}
    for (group, _), n in counts.items():
        largest[group] = max(largest.get(group, 0), n)
    return sum(largest.values())


def people() -> str:
    return translate(CONTEXT, QT_TRANSLATE_NOOP("Kinds", "People"))


# -- the kind -------------------------------------------------------------------------------
class Kind:
    """One activity kind. Subclasses set the class attributes and override what differs.

    Attributes:
        kind: the stored identifier.
        label_text: the English name, marked for translation in context "Kinds".
        has_options: participants answer about listed options (or statements).
        min_options: how many options an activity of this kind needs at least.
        options_from_scenarios: the planner offers to fill the options with scenario titles.
        collects_notes: participants write notes instead of casting ballots.
        takes_tally: the facilitator can type counts (a show of hands, paper dots).
        setting_keys: the settings the planner edits for this kind.
        measure: what bars and exports chart: "count" (people), "points" or "borda".
        chart: the chart family: "bars", "diverging" (a scale), "stances" or "scatter".
        several_answers: a person may give several answers (shares add up beyond 100 %).
        headline: the key figure a summary names: "mean", "leader", "agreement",
            "centre" or "" (none).
    """

    kind: ClassVar[ActivityKind]
    label_text: ClassVar[str]
    has_options: ClassVar[bool] = False
    min_options: ClassVar[int] = 0
    options_from_scenarios: ClassVar[bool] = False
    collects_notes: ClassVar[bool] = False
    takes_tally: ClassVar[bool] = False
    setting_keys: ClassVar[tuple[str, ...]] = ()
    measure: ClassVar[str] = "count"
    chart: ClassVar[str] = "bars"
    several_answers: ClassVar[bool] = False
    headline: ClassVar[str] = ""

    @property
    def value(self) -> str:
        return self.kind.value

    @property
    def label(self) -> str:
        return translate(CONTEXT, self.label_text)

    def __repr__(self) -> str:
        return f"<Kind {self.kind.value}>"

    # -- planning -----------------------------------------------------------------------
    def check_spec(self, prompt: str, labels: list[str], settings: Mapping[str, Any]) -> None:
        """Refuse an activity of this kind that participants could not answer.

        ``labels`` are the option labels, stripped. Raises ValidationError.
        """
        if self.has_options:
            self.check_options(prompt, labels)
        self.check_settings(prompt, labels, settings)

    def too_few_options(self) -> str:
        return QT_TRANSLATE_NOOP("Errors", "The activity “{prompt}” needs at least two options.")

    def check_options(self, prompt: str, labels: list[str]) -> None:
        if len([x for x in labels if x]) < self.min_options:
            raise fail(self.too_few_options(), prompt=prompt)
        if any(not x for x in labels):
            raise fail(QT_TRANSLATE_NOOP("Errors", "The activity “{prompt}” has an empty option."),
                       prompt=prompt)
        if len(set(labels)) != len(labels):
            raise fail(
                QT_TRANSLATE_NOOP("Errors", "The activity “{prompt}” lists an option twice."),
                prompt=prompt)

    def check_settings(self, prompt: str, labels: list[str], settings: Mapping[str, Any]) -> None:
        """Refuse settings participants could not answer with. Raises ValidationError."""

    # -- answers ------------------------------------------------------------------------
    def answer_rows(self, settings: Mapping[str, Any], option_ids: list[str],
                    answer: dict[str, Any]) -> list[ResponseRow]:
        """Validate one participant's ``answer`` (a dict); return the rows to store."""
        raise NotImplementedError

    def tally_lines(self, settings: Mapping[str, Any],
                    options: list[tuple[str, str]]) -> list[TallyLine]:
        """The counts a facilitator types for this kind (empty: no tally)."""
        return []

    def tally_row(self, settings: Mapping[str, Any], known: set[str], key: Any,
                  n: int) -> ResponseRow:
        """The row for ``n`` (> 0) counted under ``key``. Raises ValidationError."""
        raise fail(QT_TRANSLATE_NOOP(
            "Errors", "Counts by hand are not possible for this kind of activity."))

    # -- stored responses -----------------------------------------------------------------
    def stored_problem(self, record: Mapping[str, Any], settings: Mapping[str, Any],
                       option_count: Callable[[], int]) -> str | None:
        """The field of a stored response whose value does not fit this kind, or None.

        ``record`` has ``value_num``, ``value_text``, ``value_x`` and ``value_y``; the
        option reference is checked elsewhere (``has_options``).
        """
        if record.get("value_num") is not None or record.get("value_text") is not None:
            return "value_num"
        return None

    # -- results ------------------------------------------------------------------------
    def fill_result(self, res: ActivityResult, settings: Mapping[str, Any],
                    options: list[tuple[str, str]], responses: list[ResponseLike],
                    tallies: list[ResponseLike]) -> None:
        """Count ``responses`` into ``res`` (``n_ballots`` is set; ``tallies`` are the
        responses without a ballot): options, ``n_tally``, ``n`` and shares."""
        by_option = {oid: OptionResult(oid, label) for oid, label in options}
        self.count_options(res, settings, by_option, responses, tallies)
        res.n = res.n_ballots + res.n_tally
        res.options = [by_option[oid] for oid, _ in options]
        self.fill_shares(res)

    def count_options(self, res: ActivityResult, settings: Mapping[str, Any],
                      by_option: dict[str, OptionResult], responses: list[ResponseLike],
                      tallies: list[ResponseLike]) -> None:
        """Count responses into the options of ``by_option``; set ``res.n_tally``."""

    def tally_people(self, tallies: list[ResponseLike]) -> int:
        """How many people the tally rows ``tallies`` stand for, at least.

        Every count of a tally line is a number of people (a show of hands), and each
        person answers once: the people are the sum of the counts. A kind whose people
        may answer several times (multiple choice, statements) or whose tally counts
        something else (points) says otherwise. Results (``n_tally``) and the
        small-group rule (``studio.core.results.group_sizes``) both count with this.
        """
        return sum(r.count for r in tallies)

    def share(self, res: ActivityResult, opt: OptionResult) -> float:
        return opt.count / res.n if res.n else 0.0

    def fill_shares(self, res: ActivityResult) -> None:
        for opt in res.options:
            opt.share = self.share(res, opt)

    # -- exports ------------------------------------------------------------------------
    def response_values(self, value_num: float | None, value_text: str | None) -> tuple:
        """A stored response's cells under :data:`RESPONSE_VALUE_COLUMNS`."""
        return NO_VALUES

    def stored_values(self, cells: Mapping[str, Any]) -> tuple[float | None, str | None]:
        """``(value_num, value_text)`` from an exported row's value columns (the inverse)."""
        return None, None

    def result_values(self, result: ActivityResult) -> Iterator[tuple]:
        """Rows of the Results sheet after its head columns, from ``option_key`` to
        ``mean_y``: one per option (or value), in order."""
        counts = (result.n, result.n_ballots, result.n_tally)
        points = self.measure == "points"
        borda = self.measure == "borda"
        for pos, opt in enumerate(result.options):
            yield (opt.key, pos, opt.label, *counts, opt.count, opt.share,
                   opt.points if points else None, opt.points if borda else None,
                   opt.mean_rank, *self.stance_cells(opt), *self.value_cells(result),
                   None, None)

    def stance_cells(self, opt: OptionResult) -> tuple:
        """``agree``, ``disagree``, ``pass`` of the Results sheet."""
        return None, None, None

    def value_cells(self, result: ActivityResult) -> tuple:
        """``mean``, ``median``, ``dont_know`` of the Results sheet."""
        return None, None, None

    # -- the shared screen's voice -------------------------------------------------------
    def speech(self, options: list[str], settings: Mapping[str, Any], language: str) -> str:
        """How to answer, said after the question (read aloud, in ``language``)."""
        return ""

    # -- demo -------------------------------------------------------------------------------
    def demo_answer(self, option_ids: list[str], rng: Any, lean: float,
                    settings: Mapping[str, Any]) -> dict[str, Any]:
        """A plausible answer for the demo workshop; ``lean`` (0..1) is the person's optimism."""
        raise ValueError(self.kind)

    def demo_tally(self, option_ids: list[str],
                   rng: Any) -> tuple[dict[Any, int], str | None, str] | None:
        """A show of hands for the demo, ``(counts, group, source)``, or None."""
        return None


class OptionKind(Kind):
    """A kind whose participants answer about listed options."""

    has_options = True
    min_options = 2

    def speech(self, options: list[str], settings: Mapping[str, Any], language: str) -> str:
        if not options:
            return ""
        lead = words_in(language).translate("ReadAloud", "The answers:")
        return f"{lead} " + "; ".join(o.strip() for o in options) + "."
