//! Queries over a built graph (`graph.json`): name resolution with
//! suggestions, shortest and k-shortest paths, neighbours, edges between two
//! entities, statistics (degree, PageRank, components) and ego subgraphs.
//!
//! Direction policy: by default `co_occurs` and `meets` are walked both ways
//! and typed relations only from source to target; `Walk::Undirected` ignores
//! direction everywhere; `Walk::Directed` uses typed relations only, in their
//! direction ("who acts on whom").

use crate::gazetteer::strip_accents;
use crate::graph::{Edge, GraphFile};
use crate::relations::Relation;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::cmp::Ordering;
use std::collections::{BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};

/// How edges may be walked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Walk {
    #[default]
    Default,
    Directed,
    Undirected,
}

/// A step of a path: (node reached, edge index, walked against the edge's direction).
type Step = (usize, usize, bool);

/// What `paths` looks for.
#[derive(Debug, Clone, Default)]
pub struct PathQuery {
    /// Number of shortest simple paths wanted.
    pub k: usize,
    pub max_hops: Option<usize>,
    /// Only these relations, if given.
    pub relations: Option<HashSet<Relation>>,
    pub walk: Walk,
    /// Cost of a hop = 1 / weight instead of 1.
    pub weighted: bool,
}

/// Why a name did not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    Unknown {
        name: String,
        suggestions: Vec<String>,
    },
    Ambiguous {
        name: String,
        candidates: Vec<String>,
    },
}

impl std::fmt::Display for NameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NameError::Unknown { name, suggestions } if suggestions.is_empty() => {
                write!(f, "no entity named {name:?} in the graph")
            }
            NameError::Unknown { name, suggestions } => {
                write!(
                    f,
                    "no entity named {name:?} in the graph; did you mean {}?",
                    suggestions.join(", ")
                )
            }
            NameError::Ambiguous { name, candidates } => {
                write!(
                    f,
                    "{name:?} is ambiguous: {}; use an id",
                    candidates.join(", ")
                )
            }
        }
    }
}

/// Normalises a name for lookup: accents, case, apostrophes, hyphens, "the ".
pub fn normalize_name(s: &str) -> String {
    let s = strip_accents(s)
        .to_lowercase()
        .replace(['\u{2019}', '\''], "")
        .replace(['-', '_', '.'], " ");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

/// A graph loaded for queries.
pub struct QueryGraph {
    pub file: GraphFile,
    /// node index -> petgraph node
    pub graph: DiGraph<usize, usize>,
    names: HashMap<String, Vec<usize>>,
}

/// One step of a path.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Hop {
    pub from: String,
    pub to: String,
    /// Edge index in `file.edges`.
    #[serde(skip)]
    pub edge: usize,
    pub relation: Relation,
    /// True when walked against the edge's direction.
    pub reversed: bool,
    pub weight: u64,
}

/// A neighbour row.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Neighbor {
    pub id: String,
    pub label: String,
    pub relation: Relation,
    /// "out" (entity -> neighbour), "in", or "both" for symmetric relations.
    pub direction: &'static str,
    pub weight: u64,
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Ranked {
    pub id: String,
    pub label: String,
    pub value: f64,
}

/// Graph statistics.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Stats {
    pub nodes: usize,
    pub edges: usize,
    pub documents: u64,
    pub nodes_by_type: Vec<(String, usize)>,
    pub edges_by_relation: Vec<(String, usize)>,
    pub components: usize,
    pub largest_component: usize,
    pub top_degree: Vec<Ranked>,
    pub top_pagerank: Vec<Ranked>,
    pub top_edges: Vec<(String, String, String, u64)>,
}

impl QueryGraph {
    pub fn new(file: GraphFile) -> Self {
        let mut graph = DiGraph::with_capacity(file.nodes.len(), file.edges.len());
        for i in 0..file.nodes.len() {
            graph.add_node(i);
        }
        let idx = file.node_index();
        let mut names: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, n) in file.nodes.iter().enumerate() {
            let mut keys: BTreeSet<String> = BTreeSet::new();
            keys.insert(normalize_name(&n.id));
            keys.insert(normalize_name(&n.label));
            for a in &n.aliases {
                keys.insert(normalize_name(a));
            }
            for k in keys {
                names.entry(k).or_default().push(i);
            }
        }
        let ends: Vec<(usize, usize)> = file
            .edges
            .iter()
            .map(|e| (idx[e.source.as_str()], idx[e.target.as_str()]))
            .collect();
        for (ei, (s, t)) in ends.into_iter().enumerate() {
            graph.add_edge(NodeIndex::new(s), NodeIndex::new(t), ei);
        }
        QueryGraph { file, graph, names }
    }

    /// Resolves an id, label or alias (case- and accent-insensitive).
    pub fn resolve(&self, name: &str) -> Result<usize, NameError> {
        if let Some(i) = self.file.nodes.iter().position(|n| n.id == name) {
            return Ok(i);
        }
        let key = normalize_name(name);
        match self.names.get(&key).map(Vec::as_slice) {
            Some([one]) => Ok(*one),
            Some(many) if !many.is_empty() => {
                // an exact label match wins over alias matches
                let by_label: Vec<usize> = many
                    .iter()
                    .copied()
                    .filter(|&i| normalize_name(&self.file.nodes[i].label) == key)
                    .collect();
                if let [one] = by_label.as_slice() {
                    return Ok(*one);
                }
                Err(NameError::Ambiguous {
                    name: name.to_string(),
                    candidates: many
                        .iter()
                        .map(|&i| {
                            format!("{} ({})", self.file.nodes[i].id, self.file.nodes[i].label)
                        })
                        .collect(),
                })
            }
            _ => Err(NameError::Unknown {
                name: name.to_string(),
                suggestions: self.suggest(&key),
            }),
        }
    }

    fn suggest(&self, key: &str) -> Vec<String> {
        let limit = (key.chars().count() / 3).max(2);
        let mut scored: Vec<(usize, String)> = Vec::new();
        for (name, nodes) in &self.names {
            let d = edit_distance(key, name);
            let d = if name.contains(key) || key.contains(name.as_str()) {
                d.min(limit)
            } else {
                d
            };
            if d <= limit {
                for &n in nodes {
                    scored.push((d, self.file.nodes[n].label.clone()));
                }
            }
        }
        scored.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, label) in scored {
            if !out.contains(&label) {
                out.push(label);
            }
            if out.len() == 5 {
                break;
            }
        }
        out
    }

    fn allowed(&self, e: &Edge, relations: Option<&HashSet<Relation>>, walk: Walk) -> bool {
        if walk == Walk::Directed && e.relation == Relation::CoOccurs {
            return false;
        }
        relations.is_none_or(|r| r.contains(&e.relation))
    }

    /// Edges leaving `node` under the walk policy: (neighbour, edge index, reversed).
    fn steps(&self, node: usize, relations: Option<&HashSet<Relation>>, walk: Walk) -> Vec<Step> {
        let n = NodeIndex::new(node);
        let mut out = Vec::new();
        for er in self.graph.edges_directed(n, Direction::Outgoing) {
            let e = &self.file.edges[*er.weight()];
            if self.allowed(e, relations, walk) {
                out.push((er.target().index(), *er.weight(), false));
            }
        }
        for er in self.graph.edges_directed(n, Direction::Incoming) {
            let e = &self.file.edges[*er.weight()];
            let both_ways = walk == Walk::Undirected || e.relation.is_symmetric();
            if both_ways && self.allowed(e, relations, walk) {
                out.push((er.source().index(), *er.weight(), true));
            }
        }
        out
    }

    /// Up to `q.k` shortest simple paths (Yen), fewest hops first, or lowest
    /// cost with `q.weighted` (cost of an edge = 1 / weight).
    pub fn paths(&self, from: usize, to: usize, q: &PathQuery) -> Vec<Vec<Hop>> {
        let (k, max_hops, relations, walk, weighted) =
            (q.k, q.max_hops, q.relations.as_ref(), q.walk, q.weighted);
        let cost = |edge: usize| {
            if weighted {
                1.0 / self.file.edges[edge].weight.max(1) as f64
            } else {
                1.0
            }
        };
        let shortest =
            |src: usize, banned_nodes: &HashSet<usize>, banned_edges: &HashSet<(usize, usize)>| {
                self.dijkstra(src, to, relations, walk, &cost, banned_nodes, banned_edges)
            };
        let mut found: Vec<Vec<Step>> = Vec::new();
        let Some(first) = shortest(from, &HashSet::new(), &HashSet::new()) else {
            return Vec::new();
        };
        found.push(first);
        let mut candidates: Vec<(f64, Vec<Step>)> = Vec::new();
        while found.len() < k {
            let last = found.last().cloned().unwrap_or_default();
            for spur_i in 0..last.len() {
                let root = &last[..spur_i];
                let spur_node = if spur_i == 0 {
                    from
                } else {
                    root[spur_i - 1].0
                };
                let mut banned_edges = HashSet::new();
                for p in &found {
                    if p.len() > spur_i && p[..spur_i] == *root {
                        banned_edges.insert((p[spur_i].0, spur_node));
                    }
                }
                let mut banned_nodes: HashSet<usize> = root.iter().map(|h| h.0).collect();
                banned_nodes.insert(from);
                banned_nodes.remove(&spur_node);
                if let Some(spur) = shortest(spur_node, &banned_nodes, &banned_edges) {
                    let mut path = root.to_vec();
                    path.extend(spur);
                    // distinct node sequences: parallel edges do not make another path
                    let key = self.path_key(&path);
                    let known = found
                        .iter()
                        .chain(candidates.iter().map(|(_, p)| p))
                        .any(|p| self.path_key(p) == key);
                    if !known {
                        let c: f64 = path.iter().map(|h| cost(h.1)).sum();
                        candidates.push((c, path));
                    }
                }
            }
            if candidates.is_empty() {
                break;
            }
            candidates.sort_by(|a, b| {
                a.0.partial_cmp(&b.0)
                    .unwrap_or(Ordering::Equal)
                    .then_with(|| self.path_key(&a.1).cmp(&self.path_key(&b.1)))
            });
            found.push(candidates.remove(0).1);
        }
        found
            .into_iter()
            .filter(|p| max_hops.is_none_or(|m| p.len() <= m))
            .map(|p| self.hops(from, &p))
            .collect()
    }

    fn path_key(&self, p: &[Step]) -> Vec<String> {
        p.iter().map(|h| self.file.nodes[h.0].id.clone()).collect()
    }

    fn hops(&self, from: usize, p: &[Step]) -> Vec<Hop> {
        let mut prev = from;
        p.iter()
            .map(|&(node, edge, reversed)| {
                let e = &self.file.edges[edge];
                let hop = Hop {
                    from: self.file.nodes[prev].id.clone(),
                    to: self.file.nodes[node].id.clone(),
                    edge,
                    relation: e.relation,
                    reversed,
                    weight: e.weight,
                };
                prev = node;
                hop
            })
            .collect()
    }

    /// Dijkstra with deterministic tie-breaking (by node index, then edge index).
    #[allow(clippy::too_many_arguments)]
    fn dijkstra(
        &self,
        from: usize,
        to: usize,
        relations: Option<&HashSet<Relation>>,
        walk: Walk,
        cost: &dyn Fn(usize) -> f64,
        banned_nodes: &HashSet<usize>,
        // (next node, from node) steps not to take
        banned_edges: &HashSet<(usize, usize)>,
    ) -> Option<Vec<Step>> {
        #[derive(PartialEq)]
        struct State(f64, usize);
        impl Eq for State {}
        impl Ord for State {
            fn cmp(&self, o: &Self) -> Ordering {
                o.0.partial_cmp(&self.0)
                    .unwrap_or(Ordering::Equal)
                    .then_with(|| o.1.cmp(&self.1))
            }
        }
        impl PartialOrd for State {
            fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
                Some(self.cmp(o))
            }
        }
        let mut dist: HashMap<usize, f64> = HashMap::new();
        let mut prev: HashMap<usize, Step> = HashMap::new();
        let mut heap = BinaryHeap::new();
        dist.insert(from, 0.0);
        heap.push(State(0.0, from));
        while let Some(State(d, u)) = heap.pop() {
            if u == to {
                break;
            }
            if d > dist.get(&u).copied().unwrap_or(f64::INFINITY) {
                continue;
            }
            let mut steps = self.steps(u, relations, walk);
            // for the same neighbour, a typed relation explains more than co-occurrence
            steps.sort_by_key(|s| {
                (
                    s.0,
                    self.file.edges[s.1].relation == Relation::CoOccurs,
                    s.1,
                )
            });
            for (v, edge, reversed) in steps {
                if banned_nodes.contains(&v) || banned_edges.contains(&(v, u)) {
                    continue;
                }
                let nd = d + cost(edge);
                if nd < dist.get(&v).copied().unwrap_or(f64::INFINITY) - 1e-12 {
                    dist.insert(v, nd);
                    prev.insert(v, (u, edge, reversed));
                    heap.push(State(nd, v));
                }
            }
        }
        if from == to || !prev.contains_key(&to) {
            return None;
        }
        let mut path = Vec::new();
        let mut cur = to;
        while cur != from {
            let (p, edge, reversed) = prev[&cur];
            path.push((cur, edge, reversed));
            cur = p;
        }
        path.reverse();
        Some(path)
    }

    /// Neighbours of `node`, strongest first.
    pub fn neighbors(
        &self,
        node: usize,
        relations: Option<&HashSet<Relation>>,
        direction: Option<Direction>,
        min_weight: u64,
    ) -> Vec<Neighbor> {
        let n = NodeIndex::new(node);
        let mut out = Vec::new();
        for (dir, name) in [(Direction::Outgoing, "out"), (Direction::Incoming, "in")] {
            for er in self.graph.edges_directed(n, dir) {
                let e = &self.file.edges[*er.weight()];
                let other = if dir == Direction::Outgoing {
                    er.target()
                } else {
                    er.source()
                }
                .index();
                let symmetric = e.relation.is_symmetric();
                if !symmetric && direction.is_some_and(|d| d != dir) {
                    continue;
                }
                if relations.is_some_and(|r| !r.contains(&e.relation)) || e.weight < min_weight {
                    continue;
                }
                out.push(Neighbor {
                    id: self.file.nodes[other].id.clone(),
                    label: self.file.nodes[other].label.clone(),
                    relation: e.relation,
                    direction: if symmetric { "both" } else { name },
                    weight: e.weight,
                    confidence: e.confidence,
                });
            }
        }
        out.sort_by(|a, b| {
            b.weight
                .cmp(&a.weight)
                .then_with(|| a.id.cmp(&b.id))
                .then_with(|| a.relation.cmp(&b.relation))
        });
        out
    }

    /// All edges between `a` and `b`, either direction, grouped by relation.
    pub fn between(&self, a: usize, b: usize) -> Vec<&Edge> {
        let (ia, ib) = (&self.file.nodes[a].id, &self.file.nodes[b].id);
        let mut out: Vec<&Edge> = self
            .file
            .edges
            .iter()
            .filter(|e| {
                (&e.source == ia && &e.target == ib) || (&e.source == ib && &e.target == ia)
            })
            .collect();
        out.sort_by_key(|e| {
            (
                e.relation == Relation::CoOccurs,
                e.relation,
                e.source.clone(),
            )
        });
        out
    }

    /// Counts, components, top entities by degree and PageRank, top edges.
    pub fn stats(&self, top: usize) -> Stats {
        let f = &self.file;
        let mut by_type: HashMap<String, usize> = HashMap::new();
        for n in &f.nodes {
            *by_type.entry(n.etype.clone()).or_default() += 1;
        }
        let mut by_rel: HashMap<String, usize> = HashMap::new();
        for e in &f.edges {
            *by_rel.entry(e.relation.as_str().to_string()).or_default() += 1;
        }
        let sorted = |m: HashMap<String, usize>| {
            let mut v: Vec<(String, usize)> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            v
        };
        let comps = petgraph::algo::kosaraju_scc(&{
            let mut u = self.graph.clone();
            for e in self.graph.edge_references() {
                u.add_edge(e.target(), e.source(), *e.weight());
            }
            u
        });
        let largest = comps.iter().map(Vec::len).max().unwrap_or(0);
        let mut degree: Vec<Ranked> = f
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| Ranked {
                id: n.id.clone(),
                label: n.label.clone(),
                value: self
                    .graph
                    .neighbors_undirected(NodeIndex::new(i))
                    .collect::<HashSet<_>>()
                    .len() as f64,
            })
            .collect();
        rank_sort(&mut degree);
        degree.truncate(top);
        let pr = pagerank(f.nodes.len(), &self.undirected_pairs(), 0.85, 50);
        let mut prank: Vec<Ranked> = f
            .nodes
            .iter()
            .zip(pr)
            .map(|(n, v)| Ranked {
                id: n.id.clone(),
                label: n.label.clone(),
                value: (v * 1e6).round() / 1e6,
            })
            .collect();
        rank_sort(&mut prank);
        prank.truncate(top);
        let mut edges: Vec<&Edge> = f.edges.iter().collect();
        edges.sort_by(|a, b| {
            b.weight
                .cmp(&a.weight)
                .then_with(|| a.source.cmp(&b.source))
                .then_with(|| a.target.cmp(&b.target))
                .then_with(|| a.relation.cmp(&b.relation))
        });
        Stats {
            nodes: f.nodes.len(),
            edges: f.edges.len(),
            documents: f.graph.documents,
            nodes_by_type: sorted(by_type),
            edges_by_relation: sorted(by_rel),
            components: comps.len(),
            largest_component: largest,
            top_degree: degree,
            top_pagerank: prank,
            top_edges: edges
                .iter()
                .take(top)
                .map(|e| {
                    (
                        e.source.clone(),
                        e.relation.as_str().to_string(),
                        e.target.clone(),
                        e.weight,
                    )
                })
                .collect(),
        }
    }

    /// Each edge as (source, target, weight), symmetric relations both ways.
    fn undirected_pairs(&self) -> Vec<(usize, usize, f64)> {
        let idx = self.file.node_index();
        let mut out = Vec::with_capacity(self.file.edges.len() * 2);
        for e in &self.file.edges {
            let (s, t) = (idx[e.source.as_str()], idx[e.target.as_str()]);
            out.push((s, t, e.weight as f64));
            if e.relation.is_symmetric() {
                out.push((t, s, e.weight as f64));
            }
        }
        out
    }

    /// Nodes within `depth` hops of `center` (any direction), and the graph
    /// restricted to them (and to `relations` if given).
    pub fn subgraph(
        &self,
        center: usize,
        depth: usize,
        relations: Option<&HashSet<Relation>>,
    ) -> GraphFile {
        let mut seen: HashSet<usize> = HashSet::from([center]);
        let mut queue = VecDeque::from([(center, 0)]);
        while let Some((u, d)) = queue.pop_front() {
            if d == depth {
                continue;
            }
            for (v, _, _) in self.steps(u, relations, Walk::Undirected) {
                if seen.insert(v) {
                    queue.push_back((v, d + 1));
                }
            }
        }
        let ids: HashSet<&str> = seen
            .iter()
            .map(|&i| self.file.nodes[i].id.as_str())
            .collect();
        GraphFile {
            directed: self.file.directed,
            multigraph: self.file.multigraph,
            graph: self.file.graph.clone(),
            nodes: self
                .file
                .nodes
                .iter()
                .filter(|n| ids.contains(n.id.as_str()))
                .cloned()
                .collect(),
            edges: self
                .file
                .edges
                .iter()
                .filter(|e| ids.contains(e.source.as_str()) && ids.contains(e.target.as_str()))
                .filter(|e| relations.is_none_or(|r| r.contains(&e.relation)))
                .cloned()
                .collect(),
        }
    }
}

fn rank_sort(v: &mut [Ranked]) {
    v.sort_by(|a, b| {
        b.value
            .partial_cmp(&a.value)
            .unwrap_or(Ordering::Equal)
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Weighted PageRank by power iteration, O(E) per iteration; dangling mass is
/// spread uniformly.
pub fn pagerank(
    n: usize,
    edges: &[(usize, usize, f64)],
    damping: f64,
    iterations: usize,
) -> Vec<f64> {
    if n == 0 {
        return Vec::new();
    }
    let mut out_w = vec![0.0; n];
    for &(s, _, w) in edges {
        out_w[s] += w;
    }
    let mut rank = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    for _ in 0..iterations {
        let dangling: f64 = (0..n).filter(|&i| out_w[i] == 0.0).map(|i| rank[i]).sum();
        let base = (1.0 - damping) / n as f64 + damping * dangling / n as f64;
        next.iter_mut().for_each(|x| *x = base);
        for &(s, t, w) in edges {
            next[t] += damping * rank[s] * w / out_w[s];
        }
        std::mem::swap(&mut rank, &mut next);
    }
    rank
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_and_distance() {
        let cases = [
            ("Zelenskiy", "zelenskiy"),
            ("volodymyr-zelenskiy", "volodymyr zelenskiy"),
            ("Orbán", "orban"),
            ("The Kremlin", "kremlin"),
            ("Russia’s", "russias"),
            ("U.S.", "u s"),
        ];
        for (a, b) in cases {
            assert_eq!(normalize_name(a), b);
        }
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn pagerank_sums_to_one_and_ranks_hubs() {
        let edges = [(0, 1, 1.0), (2, 1, 1.0), (3, 1, 1.0), (1, 0, 1.0)];
        let pr = pagerank(4, &edges, 0.85, 100);
        let sum: f64 = pr.iter().sum();
        assert!((sum - 1.0).abs() < 1e-9, "{sum}");
        assert!(pr[1] > pr[0] && pr[0] > pr[2]);
        assert!(pagerank(0, &[], 0.85, 10).is_empty());
    }
}
