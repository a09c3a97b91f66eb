#!/usr/bin/env python3
"""Write a synthetic graph JSON in newsgraph's format for query benchmarks.

Usage: synthetic_graph.py OUT.json [NODES] [EDGES] [SEED]   (defaults 100000 1000000 1)
Degree follows a skewed (preferential) distribution, like entity graphs of news.
"""
import json
import random
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
m = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
types = ["actor", "institution", "country"]
rels = ["co_occurs"] * 8 + ["supports", "opposes", "criticises", "denies", "meets", "affiliated_with", "member_of"]
ids = [f"e{i:06d}" for i in range(n)]
seen = set()
with open(out, "w") as f:
    f.write('{"directed":true,"multigraph":true,"graph":{"name":"synthetic","documents":%d},"nodes":[' % m)
    for i, e in enumerate(ids):
        f.write(("," if i else "") + json.dumps({"id": e, "label": f"Entity {i}", "type": types[i % 3],
                                                  "aliases": [], "mentions": 1, "documents": 1}))
    f.write('],"edges":[')
    k = 0
    while k < m:
        s = int(n * rng.random() ** 2)
        t = int(n * rng.random())
        r = rng.choice(rels)
        if s == t:
            continue
        if r in ("co_occurs", "meets") and s > t:
            s, t = t, s
        if (s, t, r) in seen:
            continue
        seen.add((s, t, r))
        f.write(("," if k else "") + json.dumps({
            "source": ids[s], "target": ids[t], "key": r, "relation": r, "weight": 1 + int(rng.expovariate(0.5)),
            "confidence": 1.0, "evidence": [{"doc": f"d{k}", "sentence": 0, "start": 0, "end": 10, "text": "synthetic."}]}))
        k += 1
    f.write("]}\n")
