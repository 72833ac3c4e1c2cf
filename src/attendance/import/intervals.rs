//! Minutes attended: the union of a person's join–leave intervals within a session.
//!
//! Reports list one row per join, and the rows of one person overlap when they were connected
//! twice at once (a laptop and a phone, or a reconnect logged before the drop). Adding the rows'
//! durations, as the reports' own "Duration" columns invite, counts that time twice; the union
//! does not.

use chrono::NaiveDateTime;

/// The union of `intervals` clipped to `[start, end]`, sorted and with overlapping or touching
/// intervals merged. Intervals that end before they start, or that lie outside the window, are
/// left out.
pub fn merge_intervals(
    intervals: &[(NaiveDateTime, NaiveDateTime)],
    start: NaiveDateTime,
    end: NaiveDateTime,
) -> Vec<(NaiveDateTime, NaiveDateTime)> {
    let mut clipped: Vec<_> = intervals
        .iter()
        .map(|&(joined, left)| (joined.max(start), left.min(end)))
        .filter(|(from, to)| from < to)
        .collect();
    clipped.sort_unstable();
    let mut merged: Vec<(NaiveDateTime, NaiveDateTime)> = Vec::with_capacity(clipped.len());
    for (from, to) in clipped {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

/// Whole minutes attended between `start` and `end`: the union of the intervals (see
/// [`merge_intervals`]), its seconds added up and divided by 60, rounding down. Rounding down
/// because the minutes feed thresholds (a certificate for 80 % of a session): 59 minutes and 59
/// seconds must not pass a one-hour bar. A rejoin is not counted twice, time before `start` or
/// after `end` does not count, an interval whose leave is before its join is ignored, and an empty
/// list (or `end` not after `start`) gives 0.
pub fn minutes_attended(intervals: &[(NaiveDateTime, NaiveDateTime)], start: NaiveDateTime, end: NaiveDateTime) -> i64 {
    let seconds: i64 =
        merge_intervals(intervals, start, end).iter().map(|(from, to)| (*to - *from).num_seconds()).sum();
    seconds / 60
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn t(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2023, 2, 14).unwrap().and_hms_opt(h, m, s).unwrap()
    }

    const START: (u32, u32) = (7, 0);

    fn minutes(intervals: &[(NaiveDateTime, NaiveDateTime)]) -> i64 {
        minutes_attended(intervals, t(START.0, START.1, 0), t(10, 0, 0))
    }

    #[test]
    fn counts_overlapping_rejoins_once() {
        assert_eq!(minutes(&[(t(7, 10, 0), t(8, 0, 0)), (t(7, 50, 0), t(8, 30, 0))]), 80);
        // one interval inside another
        assert_eq!(minutes(&[(t(7, 0, 0), t(9, 0, 0)), (t(7, 30, 0), t(8, 0, 0))]), 120);
        // the same row twice
        assert_eq!(minutes(&[(t(7, 0, 0), t(7, 30, 0)), (t(7, 0, 0), t(7, 30, 0))]), 30);
        // touching intervals
        assert_eq!(minutes(&[(t(7, 0, 0), t(7, 30, 0)), (t(7, 30, 0), t(8, 0, 0))]), 60);
    }

    #[test]
    fn clips_at_both_ends() {
        assert_eq!(minutes(&[(t(6, 40, 0), t(7, 15, 0))]), 15);
        assert_eq!(minutes(&[(t(9, 50, 0), t(10, 40, 0))]), 10);
        assert_eq!(minutes(&[(t(6, 0, 0), t(11, 0, 0))]), 180);
    }

    #[test]
    fn sums_disjoint_intervals_in_any_order() {
        assert_eq!(minutes(&[(t(9, 0, 0), t(9, 30, 0)), (t(7, 0, 0), t(7, 30, 0)), (t(8, 0, 0), t(8, 30, 0))]), 90);
        let merged = merge_intervals(&[(t(9, 0, 0), t(9, 30, 0)), (t(7, 0, 0), t(7, 30, 0))], t(7, 0, 0), t(10, 0, 0));
        assert_eq!(merged, [(t(7, 0, 0), t(7, 30, 0)), (t(9, 0, 0), t(9, 30, 0))]);
    }

    #[test]
    fn rounds_the_total_down_not_each_interval() {
        assert_eq!(minutes(&[(t(7, 0, 0), t(7, 59, 59))]), 59);
        // 30.5 + 30.5 minutes = 61 minutes
        assert_eq!(minutes(&[(t(7, 0, 0), t(7, 30, 30)), (t(8, 0, 0), t(8, 30, 30))]), 61);
    }

    #[test]
    fn nothing_counts_as_zero() {
        assert_eq!(minutes(&[]), 0);
        assert_eq!(minutes(&[(t(5, 0, 0), t(6, 59, 59))]), 0);
        assert_eq!(minutes(&[(t(10, 0, 0), t(11, 0, 0))]), 0);
        // left before joined
        assert_eq!(minutes(&[(t(9, 0, 0), t(8, 0, 0))]), 0);
        // a window that ends before it starts
        assert_eq!(minutes_attended(&[(t(7, 0, 0), t(9, 0, 0))], t(9, 0, 0), t(8, 0, 0)), 0);
    }
}
