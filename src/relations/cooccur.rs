//! Co-occurrence: every pair of distinct entities mentioned in one sentence.

use super::{Relation, RelationFact};

/// Pairs of distinct entities of one sentence, each pair once, source < target.
pub fn pairs(entities_in_sentence: &[usize]) -> Vec<RelationFact> {
    let mut ents = entities_in_sentence.to_vec();
    ents.sort_unstable();
    ents.dedup();
    let mut out = Vec::new();
    for (i, &a) in ents.iter().enumerate() {
        for &b in &ents[i + 1..] {
            out.push(RelationFact {
                source: a,
                target: b,
                relation: Relation::CoOccurs,
                trigger: None,
                negated: false,
                confidence: 1.0,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    type Case<'a> = (&'a [usize], &'a [(usize, usize)]);

    #[test]
    fn pairs_are_unique_and_ordered() {
        let cases: &[Case] = &[
            (&[], &[]),
            (&[3], &[]),
            (&[3, 3], &[]),
            (&[5, 1, 5], &[(1, 5)]),
            (&[2, 0, 1], &[(0, 1), (0, 2), (1, 2)]),
        ];
        for (ents, want) in cases {
            let got: Vec<(usize, usize)> = super::pairs(ents).iter().map(|f| (f.source, f.target)).collect();
            assert_eq!(got, *want);
        }
    }
}
