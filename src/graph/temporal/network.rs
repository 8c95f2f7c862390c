//! A simple temporal network: time points, and difference constraints
//! between them in days (`to − from ∈ [min, max]`).
//!
//! Each constraint becomes at most two edges of a petgraph graph: an edge
//! u → v of weight w says v − u ≤ w, so `max` is an edge from → to and
//! `min` an edge to → from of weight −min. The times are consistent
//! exactly when the graph has no negative cycle. The network is cut into
//! connected components (union-find over the constraints' points) and each
//! component is searched with petgraph's Bellman-Ford
//! (`algo::find_negative_cycle`) from a virtual source joined to each of
//! its points, so the cost grows with the constraints that touch one
//! another, not with all pairs. A cycle found is then shortened: the
//! shortest negative cycle through any of its points (fewest constraints)
//! is what a conflict reports, and its constraints are set aside before the
//! component is searched again, so one article yields each conflict once.

use petgraph::algo::{bellman_ford, find_negative_cycle};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;

/// One difference constraint: `to − from ∈ [min, max]` days (`None` is an
/// open side). `note` is the caller's: what the constraint came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Constraint {
    pub from: usize,
    pub to: usize,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub note: usize,
}

/// How many conflicts one network reports at most: an article that repeats
/// a conflict thousands of times is read in bounded time.
pub const MAX_CONFLICTS: usize = 32;

/// How many constraints a component may hold for its cycles to be
/// shortened (the shortening walks the component once a point of the cycle
/// and a length): past it, the cycle Bellman-Ford found is reported as it is.
const SHORTEN_LIMIT: usize = 400;

/// The network: its points are `0..points`.
#[derive(Debug, Default, Clone)]
pub struct Network {
    pub points: usize,
    pub constraints: Vec<Constraint>,
}

/// One edge of a cycle: the constraint it came from, and which side of it
/// (`upper`: its `max`, else its `min`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CycleEdge {
    pub constraint: usize,
    pub upper: bool,
}

impl Network {
    pub fn new(points: usize) -> Network {
        Network {
            points,
            constraints: Vec::new(),
        }
    }

    /// Adds a point and returns it.
    pub fn point(&mut self) -> usize {
        self.points += 1;
        self.points - 1
    }

    /// Adds `to − from ∈ [min, max]`; a constraint with neither side, or
    /// with a point out of range, is left out.
    pub fn constrain(
        &mut self,
        from: usize,
        to: usize,
        min: Option<i64>,
        max: Option<i64>,
        note: usize,
    ) {
        if (min.is_none() && max.is_none()) || from >= self.points || to >= self.points {
            return;
        }
        self.constraints.push(Constraint {
            from,
            to,
            min,
            max,
            note,
        });
    }

    /// The conflicts of the network: each a shortest negative cycle, as the
    /// edges that close it, in order. Constraints of a conflict reported are
    /// set aside before the next is looked for.
    pub fn conflicts(&self) -> Vec<Vec<CycleEdge>> {
        let mut out = Vec::new();
        let mut active = vec![true; self.constraints.len()];
        // One constraint alone conflicts only when its bounds cross.
        for component in self.components().into_iter().filter(|c| {
            c.len() > 1
                || c.iter().any(|&k| {
                    let x = self.constraints[k];
                    x.from == x.to || matches!((x.min, x.max), (Some(a), Some(b)) if a > b)
                })
        }) {
            loop {
                if out.len() >= MAX_CONFLICTS {
                    return out;
                }
                let live: Vec<usize> = component.iter().copied().filter(|&c| active[c]).collect();
                let Some(cycle) = self.negative_cycle(&live) else {
                    break;
                };
                for e in &cycle {
                    active[e.constraint] = false;
                }
                out.push(cycle);
            }
        }
        out
    }

    /// Whether the constraints `live` admit a solution.
    pub fn consistent(&self, live: &[usize]) -> bool {
        self.negative_cycle(live).is_none()
    }

    /// The constraints of each connected component, in order.
    fn components(&self) -> Vec<Vec<usize>> {
        let mut sets = UnionFind::<usize>::new(self.points.max(1));
        for c in &self.constraints {
            sets.union(c.from, c.to);
        }
        let mut by_root: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
        let mut order = Vec::new();
        for (k, c) in self.constraints.iter().enumerate() {
            let root = sets.find(c.from);
            let list = by_root.entry(root).or_insert_with(|| {
                order.push(root);
                Vec::new()
            });
            list.push(k);
        }
        order
            .into_iter()
            .map(|r| by_root.remove(&r).unwrap_or_default())
            .collect()
    }

    /// The edges of the constraints `live`, on local nodes: (graph, the
    /// global point of each node, the virtual source).
    fn graph_of(
        &self,
        live: &[usize],
    ) -> (DiGraph<usize, (f64, CycleEdge)>, Vec<usize>, NodeIndex) {
        let mut graph: DiGraph<usize, (f64, CycleEdge)> = DiGraph::new();
        let mut local: rustc_hash::FxHashMap<usize, NodeIndex> = Default::default();
        let mut points = Vec::new();
        let mut node = |graph: &mut DiGraph<usize, (f64, CycleEdge)>, p: usize| {
            *local.entry(p).or_insert_with(|| {
                points.push(p);
                graph.add_node(p)
            })
        };
        for &k in live {
            let c = self.constraints[k];
            let (u, v) = (node(&mut graph, c.from), node(&mut graph, c.to));
            if let Some(max) = c.max {
                graph.add_edge(
                    u,
                    v,
                    (
                        max as f64,
                        CycleEdge {
                            constraint: k,
                            upper: true,
                        },
                    ),
                );
            }
            if let Some(min) = c.min {
                graph.add_edge(
                    v,
                    u,
                    (
                        -(min as f64),
                        CycleEdge {
                            constraint: k,
                            upper: false,
                        },
                    ),
                );
            }
        }
        let source = graph.add_node(usize::MAX);
        for n in graph.node_indices() {
            if n != source {
                graph.add_edge(
                    source,
                    n,
                    (
                        0.0,
                        CycleEdge {
                            constraint: usize::MAX,
                            upper: true,
                        },
                    ),
                );
            }
        }
        (graph, points, source)
    }

    /// A shortest negative cycle among the constraints `live`, if any.
    ///
    /// Bellman-Ford from the virtual source tells whether there is one.
    /// petgraph's `find_negative_cycle` from that source can answer with the
    /// source alone (its predecessor walk stops at a node with none), so the
    /// cycle is then looked for through each point in turn, by edge count,
    /// fewest constraints first.
    fn negative_cycle(&self, live: &[usize]) -> Option<Vec<CycleEdge>> {
        if live.is_empty() {
            return None;
        }
        let (graph, _, source) = self.graph_of(live);
        let weights = graph.map(|_, n| *n, |_, e| e.0);
        if bellman_ford(&weights, source).is_ok() {
            return None;
        }
        let found = find_negative_cycle(&weights, source)
            .filter(|nodes| !nodes.contains(&source))
            .map(|nodes| cycle_edges(&graph, &nodes))
            .filter(|edges| !edges.is_empty());
        if live.len() > SHORTEN_LIMIT {
            if let Some(edges) = found {
                return Some(edges);
            }
        }
        // (Else the search below, from each point, finds it.)
        let mut best: Option<Vec<CycleEdge>> = None;
        // A large component (a text that repeats its times without end) is
        // searched from its first points, for short cycles only.
        let large = live.len() > SHORTEN_LIMIT;
        let points = if large { 16 } else { graph.node_count() - 1 };
        let starts = if large { 64 } else { usize::MAX };
        for start in graph.node_indices().filter(|&n| n != source).take(starts) {
            let limit = best.as_ref().map_or(points, |b| b.len() - 1);
            if limit == 0 {
                break;
            }
            if let Some(edges) = shortest_through(&graph, start, limit) {
                best = Some(edges);
            }
        }
        best.or(found)
    }
}

/// The edges of a cycle given as its nodes: between two nodes in turn, the
/// lightest edge.
fn cycle_edges(graph: &DiGraph<usize, (f64, CycleEdge)>, nodes: &[NodeIndex]) -> Vec<CycleEdge> {
    let mut out = Vec::new();
    for (k, &u) in nodes.iter().enumerate() {
        let v = nodes[(k + 1) % nodes.len()];
        if let Some(e) = graph
            .edges(u)
            .filter(|e| e.target() == v)
            .min_by(|a, b| a.weight().0.total_cmp(&b.weight().0))
        {
            out.push(e.weight().1);
        }
    }
    out
}

/// The negative closed walk of fewest edges (at most `limit`) from `start`
/// back to it: lengths grow one edge at a time (Bellman-Ford by edge
/// count), and the first length that closes below zero is simple, since a
/// shorter negative walk inside it would have closed first.
fn shortest_through(
    graph: &DiGraph<usize, (f64, CycleEdge)>,
    start: NodeIndex,
    limit: usize,
) -> Option<Vec<CycleEdge>> {
    let n = graph.node_count();
    let mut dist = vec![f64::INFINITY; n];
    dist[start.index()] = 0.0;
    // The edge that reached each node at each length.
    let mut came: Vec<Vec<Option<(NodeIndex, CycleEdge)>>> = Vec::new();
    for _ in 0..limit.min(n) {
        let mut next = vec![f64::INFINITY; n];
        let mut step = vec![None; n];
        for e in graph.edge_references() {
            if e.weight().1.constraint == usize::MAX {
                continue;
            }
            let (u, v) = (e.source().index(), e.target().index());
            let d = dist[u] + e.weight().0;
            if d < next[v] {
                next[v] = d;
                step[v] = Some((e.source(), e.weight().1));
            }
        }
        came.push(step);
        dist = next;
        if dist[start.index()] < -1e-9 {
            // Walk back from start through the lengths.
            let mut edges = Vec::new();
            let mut at = start;
            for level in (0..came.len()).rev() {
                let (prev, edge) = came[level][at.index()]?;
                edges.push(edge);
                at = prev;
            }
            edges.reverse();
            return Some(edges);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consistent_network_has_no_conflict() {
        let mut n = Network::new(3);
        // 1 − 0 ∈ [2, 3], 2 − 1 ∈ [1, 1], 2 − 0 ∈ [3, 4].
        n.constrain(0, 1, Some(2), Some(3), 0);
        n.constrain(1, 2, Some(1), Some(1), 1);
        n.constrain(0, 2, Some(3), Some(4), 2);
        assert!(n.conflicts().is_empty());
    }

    #[test]
    fn negative_cycle_is_found() {
        let mut n = Network::new(3);
        n.constrain(0, 1, Some(2), Some(3), 0);
        n.constrain(1, 2, Some(1), Some(1), 1);
        // 2 − 0 ≤ 2, yet the others give at least 3.
        n.constrain(0, 2, None, Some(2), 2);
        let conflicts = n.conflicts();
        assert_eq!(conflicts.len(), 1);
        let mut notes: Vec<usize> = conflicts[0]
            .iter()
            .map(|e| n.constraints[e.constraint].note)
            .collect();
        notes.sort();
        assert_eq!(notes, vec![0, 1, 2]);
    }

    #[test]
    fn the_smallest_cycle_is_reported() {
        // A long chain 0 → 1 → 2 → 3 → 4 that, with 4 − 0 ≤ 1, conflicts;
        // and a direct pair on 0 and 4 that conflicts alone (4 − 0 ≥ 10).
        let mut n = Network::new(5);
        for k in 0..4 {
            n.constrain(k, k + 1, Some(1), None, k);
        }
        n.constrain(0, 4, None, Some(1), 10);
        n.constrain(0, 4, Some(10), None, 11);
        let conflicts = n.conflicts();
        assert!(!conflicts.is_empty());
        let first: Vec<usize> = conflicts[0]
            .iter()
            .map(|e| n.constraints[e.constraint].note)
            .collect();
        assert_eq!(first.len(), 2, "{first:?}");
        assert!(first.contains(&10) && first.contains(&11));
    }

    #[test]
    fn widened_bounds_remove_a_conflict() {
        // An event on day 5 against "about a week" after day 0: exact, 7 ≠ 5;
        // hedged to [5, 9], it holds.
        let mut exact = Network::new(2);
        exact.constrain(0, 1, Some(5), Some(5), 0);
        exact.constrain(0, 1, Some(7), Some(7), 1);
        assert_eq!(exact.conflicts().len(), 1);
        let mut hedged = Network::new(2);
        hedged.constrain(0, 1, Some(5), Some(5), 0);
        hedged.constrain(0, 1, Some(5), Some(9), 1);
        assert!(hedged.conflicts().is_empty());
    }

    #[test]
    fn components_are_searched_apart() {
        let mut n = Network::new(6);
        n.constrain(0, 1, Some(3), Some(3), 0);
        n.constrain(0, 1, Some(1), Some(1), 1);
        n.constrain(2, 3, Some(1), Some(2), 2);
        n.constrain(4, 5, None, Some(-1), 3);
        n.constrain(5, 4, None, Some(0), 4);
        let conflicts = n.conflicts();
        assert_eq!(conflicts.len(), 2);
    }

    #[test]
    fn a_conflict_is_reported_once() {
        let mut n = Network::new(2);
        n.constrain(0, 1, Some(3), Some(3), 0);
        n.constrain(0, 1, Some(1), Some(1), 1);
        n.constrain(0, 1, Some(1), Some(1), 2);
        // The first pair conflicts; set aside, 1 and 2 agree.
        assert_eq!(n.conflicts().len(), 1);
    }
}
