"""Ponte's network metrics against NetworkX on one projection (docs/analytics.md#reference-check).

Reads the JSON that analytics-crosscheck.ts writes and checks, with the tolerances below:
PageRank (networkx.pagerank on the same weighted simple graph), betweenness (networkx exact,
normalised), the modularity of Ponte's Louvain partition (networkx.community.modularity), and the
five Gould-Fernandez brokerage counts (recounted here by brute force over every two-step).
"""
import json
import sys

import networkx as nx

PAGERANK_TOLERANCE = 1e-6
BETWEENNESS_TOLERANCE = 1e-9
MODULARITY_TOLERANCE = 1e-9

data = json.load(open(sys.argv[1]))
g = nx.Graph()
g.add_nodes_from(n["id"] for n in data["nodes"])
for t in data["ties"]:
    a, b, w = t["from"], t["to"], t["weight"]
    if g.has_edge(a, b):
        g[a][b]["weight"] = max(g[a][b]["weight"], w)
    else:
        g.add_edge(a, b, weight=w)
# Ponte gives a tie of confidence 0 a tiny weight so PageRank stays defined (centrality.ts).
pr_graph = g.copy()
for _, _, d in pr_graph.edges(data=True):
    d["weight"] = max(d["weight"], 0.001)

ours = {m["id"]: m for m in data["metrics"]}
failures = []

# networkx.pagerank needs NumPy and SciPy; its pure-Python twin is the same algorithm.
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

pr = _pagerank_python(pr_graph, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)
worst_pr = max(abs(pr[v] - ours[v]["pageRank"]) for v in g)
if worst_pr > PAGERANK_TOLERANCE:
    failures.append(f"PageRank differs by {worst_pr:.3g}")

if data["betweenness"]["exact"]:
    bc = nx.betweenness_centrality(g, normalized=True)
    worst_bc = max(abs(bc[v] - ours[v]["betweenness"]) for v in g)
    if worst_bc > BETWEENNESS_TOLERANCE:
        failures.append(f"betweenness differs by {worst_bc:.3g}")
else:
    worst_bc = float("nan")

degree_ok = all(g.degree(v) == ours[v]["degree"] for v in g)
weighted_ok = all(abs(g.degree(v, weight="weight") - ours[v]["weightedDegree"]) < 1e-9 for v in g)
if not (degree_ok and weighted_ok):
    failures.append("degree or weighted degree differs")

parts = {}
for m in data["metrics"]:
    parts.setdefault(m["community"], set()).add(m["id"])
q = nx.community.modularity(g, parts.values(), weight="weight")
if abs(q - data["modularity"]) > MODULARITY_TOLERANCE:
    failures.append(f"modularity {data['modularity']} but networkx says {q}")

groups = {}
for n in data["nodes"]:
    if n["actor"] and n["country"]:
        groups[n["id"]] = n["country"] if n["country"] in ("IT", "MA") else "INTL"
out = {}
for a, b in data["arcs"]:
    if a in groups and b in groups and a != b:
        out.setdefault(a, set()).add(b)
counts = {v: dict(coordinator=0, itinerant=0, representative=0, gatekeeper=0, liaison=0) for v in groups}
for a, targets in out.items():
    for b in targets:
        for c in out.get(b, ()):
            if c == a or c in out.get(a, ()):
                continue
            ga, gb, gc = groups[a], groups[b], groups[c]
            role = (
                "coordinator" if ga == gb == gc
                else "representative" if ga == gb
                else "gatekeeper" if gb == gc
                else "itinerant" if ga == gc
                else "liaison"
            )
            counts[b][role] += 1
brokerage_ok = all(counts[v] == data["roles"][v] for v in groups)
if not brokerage_ok:
    failures.append("brokerage counts differ")

print(f"networkx {nx.__version__}: PageRank max |diff| {worst_pr:.2e} (tolerance {PAGERANK_TOLERANCE:g}); "
      f"betweenness max |diff| {worst_bc:.2e} (tolerance {BETWEENNESS_TOLERANCE:g}); "
      f"modularity {data['modularity']:.6f} vs {q:.6f}; degrees {'equal' if degree_ok and weighted_ok else 'DIFFER'}; "
      f"brokerage of {len(groups)} actors {'equal' if brokerage_ok else 'DIFFER'}")
if failures:
    print("FAILED: " + "; ".join(failures))
    sys.exit(1)
print("1 passed, 0 failed")
