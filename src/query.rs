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
    Unknown { name: String, suggestions: Vec<String> },
    Ambiguous { name: String, candidates: Vec<String> },
}

impl std::fmt::Display for NameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NameError::Unknown { name, suggestions } if suggestions.is_empty() => {
                write!(f, "no entity named {name:?} in the graph")
            }
            NameError::Unknown { name, suggestions } => {
                write!(f, "no entity named {name:?} in the graph; did you mean {}?", suggestions.join(", "))
            }
            NameError::Ambiguous { name, candidates } => {
                write!(f, "{name:?} is ambiguous: {}; use an id", candidates.join(", "))
            }
        }
    }
}

/// Normalises a name for lookup: accents, case, apostrophes, hyphens, "the ".
pub fn normalize_name(s: &str) -> String {
    let s = strip_accents(s).to_lowercase().replace(['\u{2019}', '\''], "").replace(['-', '_', '.'], " ");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

/// A graph loaded for queries.
pub struct QueryGraph {
    pub file: GraphFile,
    /// node index -> petgraph node (edge weights are indices into `file.edges`)
    pub graph: DiGraph<usize, usize>,
    names: HashMap<String, Vec<usize>>,
    /// (source, target) node indices of each edge
    ends: Vec<(usize, usize)>,
    /// every edge incident to a node, as a step: (other node, edge, walked backwards)
    adj: Vec<Vec<Step>>,
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
        let ends: Vec<(usize, usize)> =
            file.edges.iter().map(|e| (idx[e.source.as_str()], idx[e.target.as_str()])).collect();
        let mut adj: Vec<Vec<Step>> = vec![Vec::new(); file.nodes.len()];
        for (ei, &(s, t)) in ends.iter().enumerate() {
            graph.add_edge(NodeIndex::new(s), NodeIndex::new(t), ei);
            adj[s].push((t, ei, false));
            adj[t].push((s, ei, true));
        }
        drop(idx);
        QueryGraph { file, graph, names, ends, adj }
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
                let by_label: Vec<usize> =
                    many.iter().copied().filter(|&i| normalize_name(&self.file.nodes[i].label) == key).collect();
                if let [one] = by_label.as_slice() {
                    return Ok(*one);
                }
                Err(NameError::Ambiguous {
                    name: name.to_string(),
                    candidates: many
                        .iter()
                        .map(|&i| format!("{} ({})", self.file.nodes[i].id, self.file.nodes[i].label))
                        .collect(),
                })
            }
            _ => Err(NameError::Unknown { name: name.to_string(), suggestions: self.suggest(&key) }),
        }
    }

    fn suggest(&self, key: &str) -> Vec<String> {
        let limit = (key.chars().count() / 3).max(2);
        let mut scored: Vec<(usize, String)> = Vec::new();
        for (name, nodes) in &self.names {
            let d = edit_distance(key, name);
            let d = if name.contains(key) || key.contains(name.as_str()) { d.min(limit) } else { d };
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

    /// Steps leaving `node` under the walk policy, in a fixed order.
    fn steps<'s>(
        &'s self,
        node: usize,
        relations: Option<&'s HashSet<Relation>>,
        walk: Walk,
    ) -> impl Iterator<Item = Step> + 's {
        self.adj[node].iter().copied().filter(move |&(_, ei, reversed)| {
            let e = &self.file.edges[ei];
            let direction_ok = !reversed || walk == Walk::Undirected || e.relation.is_symmetric();
            direction_ok && self.allowed(e, relations, walk)
        })
    }

    /// Up to `q.k` shortest simple paths (Yen), fewest hops first, or lowest
    /// cost with `q.weighted` (cost of an edge = 1 / weight).
    pub fn paths(&self, from: usize, to: usize, q: &PathQuery) -> Vec<Vec<Hop>> {
        let (k, max_hops, relations, walk, weighted) = (q.k, q.max_hops, q.relations.as_ref(), q.walk, q.weighted);
        let cost = |edge: usize| {
            if weighted {
                1.0 / self.file.edges[edge].weight.max(1) as f64
            } else {
                1.0
            }
        };
        let shortest = |src: usize, banned_nodes: &HashSet<usize>, banned_edges: &HashSet<(usize, usize)>| {
            if weighted {
                self.dijkstra(src, to, relations, walk, &cost, banned_nodes, banned_edges)
            } else {
                self.bfs(src, to, relations, walk, banned_nodes, banned_edges)
            }
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
                let spur_node = if spur_i == 0 { from } else { root[spur_i - 1].0 };
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
                    let known = found.iter().chain(candidates.iter().map(|(_, p)| p)).any(|p| self.path_key(p) == key);
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
        found.into_iter().filter(|p| max_hops.is_none_or(|m| p.len() <= m)).map(|p| self.hops(from, &p)).collect()
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

    /// Fewest-hops path by bidirectional BFS (the smaller frontier grows first),
    /// deterministic: adjacency order is fixed, the meeting node is the lowest
    /// index among the shortest, and a typed relation beats co-occurrence.
    fn bfs(
        &self,
        from: usize,
        to: usize,
        relations: Option<&HashSet<Relation>>,
        walk: Walk,
        banned_nodes: &HashSet<usize>,
        banned_edges: &HashSet<(usize, usize)>,
    ) -> Option<Vec<Step>> {
        if from == to {
            return None;
        }
        const FAR: u32 = u32::MAX;
        let n = self.file.nodes.len();
        let mut fdist = vec![FAR; n];
        let mut bdist = vec![FAR; n];
        // fprev[v]: forward step into v; bnext[u]: forward step out of u towards `to`
        let mut fprev: Vec<Option<Step>> = vec![None; n];
        let mut bnext: Vec<Option<Step>> = vec![None; n];
        fdist[from] = 0;
        bdist[to] = 0;
        let mut ffront = vec![from];
        let mut bfront = vec![to];
        let better = |new: (usize, usize), old: Option<Step>| match old {
            Some((ou, oe, _)) => {
                let key = |e: usize, u: usize| (self.file.edges[e].relation == Relation::CoOccurs, u, e);
                key(new.1, new.0) < key(oe, ou)
            }
            None => true,
        };
        while !ffront.is_empty() && !bfront.is_empty() {
            let mut next = Vec::new();
            let forward = ffront.len() <= bfront.len();
            if forward {
                for &u in &ffront {
                    for (v, e, rev) in self.steps(u, relations, walk) {
                        if banned_nodes.contains(&v) || banned_edges.contains(&(v, u)) {
                            continue;
                        }
                        if fdist[v] == FAR {
                            fdist[v] = fdist[u] + 1;
                            fprev[v] = Some((u, e, rev));
                            next.push(v);
                        } else if fdist[v] == fdist[u] + 1 && better((u, e), fprev[v]) {
                            fprev[v] = Some((u, e, rev));
                        }
                    }
                }
            } else {
                for &v in &bfront {
                    for &(u, e, rev_v) in &self.adj[v] {
                        let edge = &self.file.edges[e];
                        let forward_ok = rev_v || walk == Walk::Undirected || edge.relation.is_symmetric();
                        if !forward_ok
                            || !self.allowed(edge, relations, walk)
                            || banned_nodes.contains(&u)
                            || banned_edges.contains(&(v, u))
                        {
                            continue;
                        }
                        if bdist[u] == FAR {
                            bdist[u] = bdist[v] + 1;
                            bnext[u] = Some((v, e, !rev_v));
                            next.push(u);
                        } else if bdist[u] == bdist[v] + 1 && better((v, e), bnext[u]) {
                            bnext[u] = Some((v, e, !rev_v));
                        }
                    }
                }
            }
            let meet = next
                .iter()
                .copied()
                .filter(|&x| fdist[x] != FAR && bdist[x] != FAR)
                .min_by_key(|&x| (fdist[x] + bdist[x], x));
            if forward {
                ffront = next;
            } else {
                bfront = next;
            }
            if let Some(m) = meet {
                let mut path = walk_back(&fprev, from, m)?;
                let mut cur = m;
                while cur != to {
                    let (v, e, rev) = bnext[cur]?;
                    path.push((v, e, rev));
                    cur = v;
                }
                return Some(path);
            }
        }
        None
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
                o.0.partial_cmp(&self.0).unwrap_or(Ordering::Equal).then_with(|| o.1.cmp(&self.1))
            }
        }
        impl PartialOrd for State {
            fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
                Some(self.cmp(o))
            }
        }
        let n = self.file.nodes.len();
        let mut dist = vec![f64::INFINITY; n];
        let mut prev: Vec<Option<Step>> = vec![None; n];
        let mut heap = BinaryHeap::new();
        dist[from] = 0.0;
        heap.push(State(0.0, from));
        while let Some(State(d, u)) = heap.pop() {
            if u == to {
                break;
            }
            if d > dist[u] {
                continue;
            }
            for (v, edge, reversed) in self.steps(u, relations, walk) {
                if banned_nodes.contains(&v) || banned_edges.contains(&(v, u)) {
                    continue;
                }
                let nd = d + cost(edge);
                if nd < dist[v] - 1e-12 {
                    dist[v] = nd;
                    prev[v] = Some((u, edge, reversed));
                    heap.push(State(nd, v));
                } else if (nd - dist[v]).abs() <= 1e-12 {
                    // equal cost: prefer a typed relation to co-occurrence, then the lower edge index
                    if let Some((pu, pe, _)) = prev[v] {
                        let key = |e: usize, from: usize| (self.file.edges[e].relation == Relation::CoOccurs, from, e);
                        if key(edge, u) < key(pe, pu) {
                            prev[v] = Some((u, edge, reversed));
                        }
                    }
                }
            }
        }
        if from == to || prev[to].is_none() {
            return None;
        }
        walk_back(&prev, from, to)
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
                let other = if dir == Direction::Outgoing { er.target() } else { er.source() }.index();
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
            b.weight.cmp(&a.weight).then_with(|| a.id.cmp(&b.id)).then_with(|| a.relation.cmp(&b.relation))
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
            .filter(|e| (&e.source == ia && &e.target == ib) || (&e.source == ib && &e.target == ia))
            .collect();
        out.sort_by_key(|e| (e.relation == Relation::CoOccurs, e.relation, e.source.clone()));
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
        let n = f.nodes.len();
        let pairs: Vec<(usize, usize, f64)> = self.undirected_pairs();
        let (components, largest) = components(n, &pairs);
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
        for &(s, t, _) in &pairs {
            adj[s].push(t);
            adj[t].push(s);
        }
        let mut degree: Vec<Ranked> = f
            .nodes
            .iter()
            .zip(adj.iter_mut())
            .map(|(node, nb)| {
                nb.sort_unstable();
                nb.dedup();
                Ranked { id: node.id.clone(), label: node.label.clone(), value: nb.len() as f64 }
            })
            .collect();
        drop(adj);
        rank_sort(&mut degree);
        degree.truncate(top);
        let pr = pagerank(n, &pairs, 0.85, 50);
        let mut prank: Vec<Ranked> = f
            .nodes
            .iter()
            .zip(pr)
            .map(|(n, v)| Ranked { id: n.id.clone(), label: n.label.clone(), value: (v * 1e6).round() / 1e6 })
            .collect();
        rank_sort(&mut prank);
        prank.truncate(top);
        let edge_order = |a: &&Edge, b: &&Edge| {
            b.weight
                .cmp(&a.weight)
                .then_with(|| a.source.cmp(&b.source))
                .then_with(|| a.target.cmp(&b.target))
                .then_with(|| a.relation.cmp(&b.relation))
        };
        let mut edges: Vec<&Edge> = f.edges.iter().collect();
        if top > 0 && edges.len() > top {
            edges.select_nth_unstable_by(top - 1, edge_order);
            edges.truncate(top);
        }
        edges.sort_by(edge_order);
        Stats {
            nodes: f.nodes.len(),
            edges: f.edges.len(),
            documents: f.graph.documents,
            nodes_by_type: sorted(by_type),
            edges_by_relation: sorted(by_rel),
            components,
            largest_component: largest,
            top_degree: degree,
            top_pagerank: prank,
            top_edges: edges
                .iter()
                .take(top)
                .map(|e| (e.source.clone(), e.relation.as_str().to_string(), e.target.clone(), e.weight))
                .collect(),
        }
    }

    /// Each edge as (source, target, weight), symmetric relations both ways.
    fn undirected_pairs(&self) -> Vec<(usize, usize, f64)> {
        let mut out = Vec::with_capacity(self.file.edges.len() * 2);
        for (e, &(s, t)) in self.file.edges.iter().zip(&self.ends) {
            out.push((s, t, e.weight as f64));
            if e.relation.is_symmetric() {
                out.push((t, s, e.weight as f64));
            }
        }
        out
    }

    /// Nodes within `depth` hops of `center` (any direction), and the graph
    /// restricted to them (and to `relations` if given).
    pub fn subgraph(&self, center: usize, depth: usize, relations: Option<&HashSet<Relation>>) -> GraphFile {
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
        let ids: HashSet<&str> = seen.iter().map(|&i| self.file.nodes[i].id.as_str()).collect();
        GraphFile {
            directed: self.file.directed,
            multigraph: self.file.multigraph,
            graph: self.file.graph.clone(),
            nodes: self.file.nodes.iter().filter(|n| ids.contains(n.id.as_str())).cloned().collect(),
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

/// The steps from `from` to `end`, following predecessor steps back from `end`.
fn walk_back(prev: &[Option<Step>], from: usize, end: usize) -> Option<Vec<Step>> {
    let mut path = Vec::new();
    let mut cur = end;
    while cur != from {
        let (p, edge, reversed) = prev[cur]?;
        path.push((cur, edge, reversed));
        cur = p;
    }
    path.reverse();
    Some(path)
}

/// Number of weakly connected components and the size of the largest (union-find).
fn components(n: usize, pairs: &[(usize, usize, f64)]) -> (usize, usize) {
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut parent: Vec<usize> = (0..n).collect();
    for &(s, t, _) in pairs {
        let (a, b) = (find(&mut parent, s), find(&mut parent, t));
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut size = vec![0usize; n];
    for x in 0..n {
        let r = find(&mut parent, x);
        size[r] += 1;
    }
    (size.iter().filter(|&&c| c > 0).count(), size.into_iter().max().unwrap_or(0))
}

/// Highest value first; full sort only for the ranks wanted by the caller.
fn rank_sort(v: &mut [Ranked]) {
    v.sort_by(|a, b| b.value.partial_cmp(&a.value).unwrap_or(Ordering::Equal).then_with(|| a.id.cmp(&b.id)));
}

/// Weighted PageRank by power iteration, O(E) per iteration; dangling mass is
/// spread uniformly.
pub fn pagerank(n: usize, edges: &[(usize, usize, f64)], damping: f64, iterations: usize) -> Vec<f64> {
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
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
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
