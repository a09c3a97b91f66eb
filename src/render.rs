//! Rendering DOT to SVG/PNG/PDF with Graphviz (through graphviz-rust's
//! `exec_dot`), choosing `sfdp` for big graphs, where `dot` takes minutes.

use crate::error::{Error, Result};
use graphviz_rust::cmd::{CommandArg, Format, Layout};

/// Graphs with more nodes than this are laid out with `sfdp` by default.
pub const SFDP_ABOVE_NODES: usize = 150;

/// Output format from a file extension.
pub fn format_for(ext: &str) -> Option<Format> {
    Some(match ext.to_ascii_lowercase().as_str() {
        "svg" => Format::Svg,
        "png" => Format::Png,
        "pdf" => Format::Pdf,
        _ => return None,
    })
}

/// A layout engine by name.
pub fn layout_for(name: &str) -> Option<Layout> {
    Some(match name {
        "dot" => Layout::Dot,
        "neato" => Layout::Neato,
        "sfdp" => Layout::Sfdp,
        "fdp" => Layout::Fdp,
        "circo" => Layout::Circo,
        "twopi" => Layout::Twopi,
        _ => return None,
    })
}

/// The layout used when none is asked for.
pub fn auto_layout(nodes: usize) -> &'static str {
    if nodes > SFDP_ABOVE_NODES {
        "sfdp"
    } else {
        "dot"
    }
}

/// Runs Graphviz on `dot_text`; a missing Graphviz says how to install it.
pub fn render(dot_text: String, format: Format, layout: Layout) -> Result<Vec<u8>> {
    graphviz_rust::exec_dot(dot_text, vec![CommandArg::Format(format), CommandArg::Layout(layout)]).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::Invalid(
                "Graphviz is not installed (the `dot` program was not found): install it with \
                 `apt-get install graphviz` (Debian/Ubuntu), `brew install graphviz` (macOS) or from \
                 https://graphviz.org/download/, or open graph.html instead"
                    .into(),
            )
        } else {
            Error::Invalid(format!("Graphviz failed: {e}"))
        }
    })
}
