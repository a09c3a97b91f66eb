//! Exporters: networkx node-link JSON (see `graph::GraphFile::to_json`) and
//! Graphviz DOT.

pub mod dot;
