#!/usr/bin/env python3
"""Reference timing for bench/assignment.ts: scipy on the same instance, in the same run.

Usage:
  assignment_scipy.py dense  FILE ROWS COLS RUNS   FILE: row-major little-endian float64 weights
  assignment_scipy.py sparse PREFIX ROWS COLS RUNS PREFIX.left/.right int32, PREFIX.weight float64

Dense instances go to scipy.optimize.linear_sum_assignment (the C++ shortest augmenting path
solver), sparse ones to scipy.sparse.csgraph.min_weight_full_bipartite_matching (LAPJVsp), both
maximising. Only the solver call is timed; loading and building the matrix are not. Prints one
JSON object: the times in seconds, the optimum, the number of pairs and the peak resident memory.
"""

import json
import resource
import sys
import time

import numpy as np


def peak_resident_mb():
    """VmHWM: on Linux, getrusage's ru_maxrss keeps the peak of the parent from before exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    kind, path, rows, cols, runs = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:6])
    times = []
    if kind == "dense":
        from scipy.optimize import linear_sum_assignment

        weights = np.fromfile(path, dtype="<f8").reshape(rows, cols)
        for _ in range(runs):
            start = time.perf_counter()
            row_ind, col_ind = linear_sum_assignment(weights, maximize=True)
            times.append(time.perf_counter() - start)
        total = float(weights[row_ind, col_ind].sum())
        pairs = len(row_ind)
    else:
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import min_weight_full_bipartite_matching

        left = np.fromfile(path + ".left", dtype="<i4")
        right = np.fromfile(path + ".right", dtype="<i4")
        weight = np.fromfile(path + ".weight", dtype="<f8")
        graph = csr_matrix((weight, (left, right)), shape=(rows, cols))
        for _ in range(runs):
            start = time.perf_counter()
            _, col_ind = min_weight_full_bipartite_matching(graph, maximize=True)
            times.append(time.perf_counter() - start)
        matched = col_ind >= 0
        total = float(np.asarray(graph[np.flatnonzero(matched), col_ind[matched]]).sum())
        pairs = int(matched.sum())
    peak_mb = peak_resident_mb()
    print(json.dumps({"times": times, "total": total, "pairs": pairs, "peakMB": peak_mb}))


if __name__ == "__main__":
    main()
