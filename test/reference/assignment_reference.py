#!/usr/bin/env python3
"""Reference optima for the assignment solver's tests, computed with scipy.

Usage: assignment_reference.py FILE

FILE holds one instance or a list of them, each
  {"leftCount": n, "rightCount": m, "capacity": [..] | null,
   "edges": [[left, right, weight], ...], "objective": "max-total" | "max-cardinality" | "max-min"}
and the script prints, for each, {"total": float, "pairs": int, "minWeight": float | null}.

Every objective is reduced to scipy.optimize.linear_sum_assignment(maximize=True) on a
matrix whose columns are the right nodes' capacity slots plus one "unmatched" column per left
node, with forbidden pairs at -inf. That reduction is independent of the TypeScript solver:
  max-total        real pairs score w, unmatched scores 0;
  max-cardinality  real pairs score w + M with M larger than any total, unmatched 0;
  max-min          the largest floor t whose edges (w >= t) still match as many people as all
                   edges do (binary search over the distinct weights), then max-cardinality on
                   those edges.
"""

import json
import sys

import numpy as np
from scipy.optimize import linear_sum_assignment


def best_edges(instance, floor=-np.inf):
    best = {}
    for left, right, weight in instance["edges"]:
        if weight >= floor and (weight > best.get((left, right), -np.inf)):
            best[(left, right)] = weight
    return best


def solve(instance, edges, bonus):
    """Best assignment on `edges`, each real pair scoring weight + bonus; returns the pairs' weights."""
    n = instance["leftCount"]
    m = instance["rightCount"]
    capacity = instance.get("capacity") or [1] * m
    slots = []
    for right in range(m):
        slots.extend([right] * int(min(capacity[right], n)))
    if n == 0:
        return []
    matrix = np.full((n, len(slots) + n), -np.inf)
    matrix[:, len(slots):] = 0.0
    columns_of = {}
    for column, right in enumerate(slots):
        columns_of.setdefault(right, []).append(column)
    for (left, right), weight in edges.items():
        for column in columns_of.get(right, []):
            matrix[left, column] = weight + bonus
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return [edges[(row, slots[col])] for row, col in zip(rows, cols) if col < len(slots)]


def cardinality_bonus(edges, n):
    if not edges:
        return 1.0
    weights = list(edges.values())
    spread = max(weights) - min(weights)
    return 1.0 + 2.0 * (n + 1) * (spread + 1) + abs(min(weights)) + abs(max(weights))


def reference(instance):
    objective = instance.get("objective", "max-total")
    n = instance["leftCount"]
    edges = best_edges(instance)
    if objective == "max-total":
        chosen = solve(instance, {k: w for k, w in edges.items() if w > 0}, 0.0)
        return {"total": float(sum(chosen)), "pairs": len(chosen), "minWeight": None}
    if objective == "max-cardinality":
        chosen = solve(instance, edges, cardinality_bonus(edges, n))
        return {"total": float(sum(chosen)), "pairs": len(chosen), "minWeight": None}
    most = len(solve(instance, edges, cardinality_bonus(edges, n)))
    if most == 0:
        return {"total": 0.0, "pairs": 0, "minWeight": None}
    levels = sorted(set(edges.values()))
    low, high = 0, len(levels) - 1
    while low < high:
        mid = (low + high + 1) // 2
        above = best_edges(instance, levels[mid])
        if len(solve(instance, above, cardinality_bonus(above, n))) == most:
            low = mid
        else:
            high = mid - 1
    above = best_edges(instance, levels[low])
    chosen = solve(instance, above, cardinality_bonus(above, n))
    return {"total": float(sum(chosen)), "pairs": len(chosen), "minWeight": float(min(chosen))}


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, list):
        print(json.dumps([reference(instance) for instance in data]))
    else:
        print(json.dumps(reference(data)))


if __name__ == "__main__":
    main()
