"""Reference answers for general-graph matching, from networkx.max_weight_matching.

Used only by tests and benchmarks, never at run time. Reads a JSON file
{"nodeCount": n, "edges": [[u, v, w], ...], "maxCardinality": bool} (or a list of
such instances) and prints, for each, {"total": ..., "cardinality": ..., "seconds": ...}.
Parallel edges keep their heaviest weight, as networkx graphs are simple.
"""

import json
import sys
import time

import networkx as nx


def solve(instance):
    graph = nx.Graph()
    graph.add_nodes_from(range(instance["nodeCount"]))
    for u, v, w in instance["edges"]:
        if u == v:
            continue
        if graph.has_edge(u, v) and graph[u][v]["weight"] >= w:
            continue
        graph.add_edge(u, v, weight=w)
    started = time.perf_counter()
    matching = nx.max_weight_matching(graph, maxcardinality=instance.get("maxCardinality", False))
    seconds = time.perf_counter() - started
    total = sum(graph[u][v]["weight"] for u, v in matching)
    return {"total": total, "cardinality": len(matching), "seconds": seconds}


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, list):
        print(json.dumps([solve(instance) for instance in data]))
    else:
        print(json.dumps(solve(data)))


if __name__ == "__main__":
    main()
