//! Reports written article by article. A corpus run holds only the articles
//! being checked, not every report until the end, so its memory does not
//! grow with the number of files. The formats here have a fixed head and
//! tail around independent pieces, one per article; each piece is rendered
//! on the thread that checked its article. The other formats (SARIF, JUnit,
//! HTML, DOT) need totals or cross-file structure up front and are rendered
//! from all the reports at once.

use crate::check::FileReport;

use super::{checkstyle, github, json, jsonl, pretty, Tally};

/// A format that can be written one article at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Streamed {
    Json,
    Jsonl,
    Pretty { claims: bool },
    Github,
    Checkstyle,
}

impl Streamed {
    /// What comes before the first article.
    pub fn head(self) -> String {
        match self {
            Streamed::Json => json::head(),
            Streamed::Checkstyle => checkstyle::HEAD.to_string(),
            Streamed::Jsonl | Streamed::Pretty { .. } | Streamed::Github => String::new(),
        }
    }

    /// One article's piece, as UTF-8.
    pub fn piece(self, report: &FileReport) -> Vec<u8> {
        self.piece_after(report, "")
    }

    /// One article's piece with the separator before it, as UTF-8: a piece
    /// written after another goes out in one write, with no copy of it into
    /// a buffer to join the two.
    pub fn separated_piece(self, report: &FileReport) -> Vec<u8> {
        self.piece_after(report, self.separator())
    }

    fn piece_after(self, report: &FileReport, lead: &str) -> Vec<u8> {
        let one = std::slice::from_ref(report);
        let piece = match self {
            Streamed::Json => return json::piece_after(report, lead),
            Streamed::Jsonl => jsonl::render(one).into_bytes(),
            Streamed::Pretty { claims } => pretty::render_files(one, claims).into_bytes(),
            Streamed::Github => github::render(one).into_bytes(),
            Streamed::Checkstyle => checkstyle::render_files(one).into_bytes(),
        };
        if lead.is_empty() {
            return piece;
        }
        [lead.as_bytes(), &piece].concat()
    }

    /// What stands between one article's piece and the next.
    pub fn separator(self) -> &'static str {
        match self {
            Streamed::Json => ",",
            _ => "",
        }
    }

    /// What comes after the last article, given the totals of the run.
    pub fn tail(self, tally: &Tally) -> String {
        match self {
            Streamed::Json => json::tail(tally.files),
            Streamed::Pretty { .. } => pretty::summary(tally),
            Streamed::Checkstyle => checkstyle::TAIL.to_string(),
            Streamed::Jsonl | Streamed::Github => String::new(),
        }
    }

    /// The whole report of `reports`, as the pieces make it.
    pub fn render(self, reports: &[FileReport]) -> String {
        let mut out = self.head().into_bytes();
        for (k, r) in reports.iter().enumerate() {
            if k > 0 {
                out.extend_from_slice(self.separator().as_bytes());
            }
            out.extend_from_slice(&self.piece(r));
        }
        out.extend_from_slice(self.tail(&Tally::of(reports)).as_bytes());
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_text;
    use crate::document::Format;
    use crate::rules::RuleSet;

    fn reports(n: usize) -> Vec<FileReport> {
        let rules = RuleSet::builtin();
        let texts = [
            "About 300 fighters left on Tuesday, the army said.",
            "More than 150 militants left last week. \"It is over,\" he said.",
            "Nearly 42,000 people fled, according to the UN.",
        ];
        (0..n)
            .map(|k| {
                check_text(
                    &format!("a{k}.txt"),
                    Format::Plain,
                    texts[k % texts.len()].to_string(),
                    chrono::NaiveDate::from_ymd_opt(2019, 2, 20),
                    &rules,
                )
            })
            .collect()
    }

    /// The JSON written in pieces is the JSON of the whole report, byte for
    /// byte, with no article, one, or several.
    #[test]
    fn json_pieces_make_the_whole_report() {
        for n in [0, 1, 3] {
            let r = reports(n);
            assert_eq!(Streamed::Json.render(&r), json::render(&r), "{n} articles");
        }
    }

    /// A piece after its separator is the separator, then the piece.
    #[test]
    fn pieces_after_a_lead_start_with_it() {
        let r = reports(1);
        for format in [Streamed::Json, Streamed::Pretty { claims: true }] {
            let piece = format.piece(&r[0]);
            assert_eq!(format.piece_after(&r[0], ""), piece);
            assert_eq!(format.piece_after(&r[0], ","), [b",", &piece[..]].concat());
        }
    }

    #[test]
    fn pretty_and_checkstyle_pieces_make_the_whole_report() {
        let r = reports(3);
        assert_eq!(
            Streamed::Pretty { claims: true }.render(&r),
            pretty::render(&r, true)
        );
        assert_eq!(Streamed::Checkstyle.render(&r), checkstyle::render(&r));
    }
}
