//! "Did you mean ...?" for misspelled keys.

/// The candidate closest to `word` by edit distance (case-insensitive), if it
/// is close enough to be a plausible typo: at most one edit per three
/// characters of the candidate, and at least one.
pub fn closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(&word, &candidate.to_lowercase()), candidate))
        .filter(|&(distance, candidate)| distance <= (candidate.chars().count() / 3).max(1))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance: insertions, deletions and substitutions, by `char`.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // `row[j]` is the distance between the prefix of `a` seen so far and `b[..j]`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: [&str; 4] = ["db", "fixtures", "timeout", "migrations"];

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("timeout", "timeout"), 0);
        assert_eq!(edit_distance("timout", "timeout"), 1);
        assert_eq!(edit_distance("timeotu", "timeout"), 2);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("dé", "de"), 1);
    }

    #[test]
    fn suggests_close_keys() {
        assert_eq!(closest("timout", KEYS), Some("timeout"));
        assert_eq!(closest("timeouts", KEYS), Some("timeout"));
        assert_eq!(closest("fixture", KEYS), Some("fixtures"));
        assert_eq!(closest("migration", KEYS), Some("migrations"));
        assert_eq!(closest("dv", KEYS), Some("db"));
        assert_eq!(closest("DB", KEYS), Some("db"));
        assert_eq!(closest("Timeout", KEYS), Some("timeout"));
    }

    #[test]
    fn no_suggestion_for_distant_words() {
        assert_eq!(closest("retries", KEYS), None);
        assert_eq!(closest("isolation", KEYS), None);
        assert_eq!(closest("x", KEYS), None);
        assert_eq!(closest("foo", KEYS), None);
        assert_eq!(closest("timeout", std::iter::empty()), None);
    }
}
