"""Uncertainty intervals for results pooled across workshops (pure Python, no SciPy).

- **Shares** (a share of people: an option chosen, a statement agreed with) get the
  Wilson score interval at 95 %: unlike "share ± 1.96·SE" it stays within 0..1 and
  is sensible for small n and for shares near 0 or 1.
- **Means** (a scale) get the t-based interval ``mean ± t(0.975, n−1) · s/√n``
  with the sample standard deviation ``s``; at 95 % ``t`` comes from the usual
  table up to 30 degrees of freedom, beyond (and at other levels) from a
  Cornish–Fisher expansion (within 0.0005 of the table from 30 on). One value
  gives no interval.

People are the unit: a scale tally of "3 people said 4" counts as three values of 4.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import NormalDist

LEVEL = 0.95
#: t(0.975, df) for df = 1..30 (the usual table).
_T95 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179,
        2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
        2.060, 2.056, 2.052, 2.048, 2.045, 2.042)


@dataclass(frozen=True)
class Interval:
    """A 95 % interval ``low``..``high`` around an estimate."""

    low: float
    high: float

    @property
    def width(self) -> float:
        return self.high - self.low


def z_value(level: float = LEVEL) -> float:
    """The two-sided normal quantile (1.959964 for 95 %)."""
    return NormalDist().inv_cdf(0.5 + level / 2)


def wilson(successes: int, n: int, level: float = LEVEL) -> Interval | None:
    """Wilson score interval for ``successes`` out of ``n`` (None for n = 0)."""
    if n <= 0:
        return None
    if not 0 <= successes <= n:
        raise ValueError(f"{successes} successes out of {n}")
    z = z_value(level)
    p = successes / n
    z2n = z * z / n
    centre = (p + z2n / 2) / (1 + z2n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z2n)
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return Interval(low, high)


def t_quantile(df: int, level: float = LEVEL) -> float:
    """The two-sided Student t quantile for ``df`` degrees of freedom (df ≥ 1)."""
    if df < 1:
        raise ValueError("df must be at least 1")
    p = 0.5 + level / 2
    if level == LEVEL and df <= len(_T95):
        return _T95[df - 1]
    if df == 1:
        return math.tan(math.pi * (p - 0.5))
    if df == 2:
        return (2 * p - 1) * math.sqrt(2 / (4 * p * (1 - p)))
    z = NormalDist().inv_cdf(p)
    v = float(df)
    return (z + (z**3 + z) / (4 * v)
            + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * v**2)
            + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * v**3)
            + (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / (92160 * v**4))


@dataclass(frozen=True)
class MeanEstimate:
    """A mean with its sample standard deviation, the people behind it and its interval."""

    mean: float
    sd: float | None
    n: int
    interval: Interval | None


def mean_interval(values: Iterable[tuple[float, int]], level: float = LEVEL
                  ) -> MeanEstimate | None:
    """Mean and t-interval of weighted values ``(value, people)``; None without values."""
    pairs = [(float(v), int(c)) for v, c in values if c > 0]
    n = sum(c for _, c in pairs)
    if n == 0:
        return None
    mean = sum(v * c for v, c in pairs) / n
    if n < 2:
        return MeanEstimate(mean, None, n, None)
    var = sum(c * (v - mean) ** 2 for v, c in pairs) / (n - 1)
    sd = math.sqrt(var)
    half = t_quantile(n - 1, level) * sd / math.sqrt(n)
    return MeanEstimate(mean, sd, n, Interval(mean - half, mean + half))
