"""How `make bench` times and prints a figure: with its ratio to a floor of the same run."""

import statistics
import time


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def report(name: str, value: float, floor: float, unit: str = "ms") -> None:
    print(f"  {name:<46} {value:>10.2f} {unit}   ×{value / floor:>7.1f} floor")
