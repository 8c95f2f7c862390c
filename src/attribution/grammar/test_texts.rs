//! Texts for the tests that hold a fast reading of a sentence to its plain
//! one (the cue gate, the quoted tokens): sentences made to hit each
//! pattern, its neighbours and the ends of the slice, with a newsroom's
//! words outside ASCII; and the fixtures' articles, whole and sentence by
//! sentence.

/// The sentences written for the tests, then each fixture article cut at
/// its periods and line ends, and whole.
pub(super) fn sample_texts() -> Vec<String> {
    let mut texts: Vec<String> = vec![
        "He said that the army, \"left\" the area.".into(),
        "THAT said: \u{201c}no\u{201d}, reportedly — \u{2014} – ― ok".into(),
        "In a statement, according to AFP, officials said , \"x\"".into(),
        "She stressed, \"it is understood\" ,\"".into(),
        "DÉNONCÉ Dénoncé thèse THÈSE réputé selon d'après à ce qu'il paraît".into(),
        "claims, claim: Claim that' \u{2018}quoted\u{2019} «x» were accused".into(),
        "It Was Reported IS SAID TO in the words of as reported by it is said".into(),
        "According to media reports, reports say it is; is said; in the".into(),
        "that".into(),
        ",".into(),
        "\"".into(),
        "said ,".into(),
        "\u{201c}We will win,\u{201d} that is all \u{2018}they\u{2019} know.".into(),
        "Pat Caddell: Democrat Voters Worried About the Party".into(),
        "WALLACE: Let's start with the economy tonight, please.".into(),
        "In a statement, the ministry denied it.".into(),
        "Bemoaning the \"phony system,\" Trump accused rivals.".into(),
        "'' Doubled '' quotes ' and that , \"".into(),
        "\u{201e}Low\u{201c} \u{ab}guillemets\u{bb} \u{2018}single\u{2019} '' x '' \"\" ' '".into(),
        String::new(),
    ];
    let mut files = vec![];
    let mut dirs = vec![std::path::PathBuf::from("fixtures")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 10);
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        texts.extend(text.split(['.', '\n']).map(str::to_string));
        texts.push(text);
    }
    texts
}
