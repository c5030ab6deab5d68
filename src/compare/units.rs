//! Units of one dimension compare after conversion: "3.000 meter" and
//! "sekitar 3 kilometer" are one measure (`unit:length`) with values in the
//! base unit (metres). The table is `src/data/compare_units.txt`.
//!
//! It does not read text or change what a statement says: statements keep
//! their own figure and measure; only grouping and value comparison convert.

use crate::resolve::fxhash::FxHashMap;
use std::sync::LazyLock;

const FILE: &str = "compare_units.txt";
const SRC: &str = include_str!("../data/compare_units.txt");

struct Table {
    /// Unit code (lowercase, as in a measure after `unit:`) → (index of
    /// its dimension, base units per unit).
    units: FxHashMap<&'static str, (usize, f64)>,
    /// The measure of each dimension ("unit:length").
    dims: Vec<String>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut t = Table {
        units: FxHashMap::default(),
        dims: Vec::new(),
    };
    for line in crate::data::lines(FILE, SRC) {
        let f: Vec<&'static str> = line.fields().collect();
        let (Some(&unit), Some(&dim), Some(factor)) = (
            f.first(),
            f.get(1),
            f.get(2).and_then(|x| x.parse::<f64>().ok()),
        ) else {
            continue;
        };
        let measure = format!("unit:{dim}");
        let d = match t.dims.iter().position(|m| *m == measure) {
            Some(d) => d,
            None => {
                t.dims.push(measure);
                t.dims.len() - 1
            }
        };
        t.units.insert(unit, (d, factor));
    }
    t
});

fn lookup(measure: &str) -> Option<(usize, f64)> {
    let unit = measure.strip_prefix("unit:")?;
    TABLE.units.get(unit).copied()
}

/// The measure grouping compares: the dimension of a convertible unit
/// ("unit:km" → "unit:length"), any other measure itself.
pub fn dimension(measure: &str) -> &str {
    match lookup(measure) {
        Some((d, _)) => TABLE.dims[d].as_str(),
        None => measure,
    }
}

/// How many base units of its dimension one unit of the measure is (1 for a
/// measure that does not convert).
pub fn factor(measure: &str) -> f64 {
    lookup(measure).map_or(1.0, |(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_is_clean() {
        let problems = crate::data::check_hygiene(FILE, SRC);
        assert!(problems.is_empty(), "{problems:?}");
        for line in crate::data::lines(FILE, SRC) {
            let f: Vec<&str> = line.fields().collect();
            assert_eq!(
                f.len(),
                3,
                "{FILE}:{}: want `unit | dimension | factor`",
                line.number
            );
            let factor: f64 = f[2].parse().expect("factor is a number");
            assert!(factor > 0.0 && factor.is_finite(), "{FILE}:{}", line.number);
        }
    }

    #[test]
    fn units_of_one_dimension_share_a_measure() {
        // (measure, dimension, factor)
        let table = [
            ("unit:m", "unit:length", 1.0),
            ("unit:km", "unit:length", 1000.0),
            ("unit:cm", "unit:length", 0.01),
            ("unit:mile", "unit:length", 1609.344),
            ("unit:ton", "unit:mass", 1000.0),
            ("unit:g", "unit:mass", 0.001),
            ("unit:ha", "unit:area", 10000.0),
            ("unit:km2", "unit:area", 1e6),
            ("unit:ml", "unit:volume", 0.001),
            ("unit:mw", "unit:power", 1000.0),
            // Not convertible: kept as they are.
            ("unit:m_asl", "unit:m_asl", 1.0),
            ("unit:magnitude", "unit:magnitude", 1.0),
            ("percent", "percent", 1.0),
            ("count", "count", 1.0),
            ("money:IDR", "money:IDR", 1.0),
            ("unit:", "unit:", 1.0),
            ("", "", 1.0),
        ];
        for (m, dim, f) in table {
            assert_eq!(dimension(m), dim, "{m}");
            assert_eq!(factor(m), f, "{m}");
        }
    }

    #[test]
    fn different_dimensions_never_share_a_measure() {
        let mut dims: Vec<&str> = TABLE.dims.iter().map(String::as_str).collect();
        let n = dims.len();
        dims.sort_unstable();
        dims.dedup();
        assert_eq!(dims.len(), n);
        // A dimension's measure is never a unit's own measure.
        for d in &dims {
            assert!(lookup(d).is_none(), "{d}");
        }
    }
}
