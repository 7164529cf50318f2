#!/usr/bin/env python3
"""Reads "<ms to first part> <ms to whole>" lines on stdin; prints "<n> <p50 p90 p99 of first> <p50 p90 p99 of whole>"."""
import sys


def percentile(values, p):
    ordered = sorted(values)
    # Nearest rank: the smallest value with at least p% of the values at or below it.
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


rows = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
first = [r[0] for r in rows]
whole = [r[1] for r in rows]
figures = [percentile(v, p) for v in (first, whole) for p in (50, 90, 99)]
print(len(rows), " ".join(f"{f:.1f}" for f in figures))
