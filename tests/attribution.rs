//! Attribution: every cue pattern, alias mechanism and pronoun case, on
//! sentences written for these tests. Each row names a claim by a piece of
//! its text and says who the tool must find behind it.

use crosscheck::attribution::{Attribution, Attributions};
use crosscheck::check::{check_text, FileReport};
use crosscheck::claims::Claim;
use crosscheck::document::Format;
use crosscheck::rules::RuleSet;

fn check(text: &str) -> FileReport {
    check_text(
        "t.txt",
        Format::Plain,
        text.to_string(),
        None,
        &RuleSet::builtin(),
    )
}

/// The first claim whose sentence holds `anchor`.
fn claim<'a>(r: &'a FileReport, anchor: &str) -> &'a Claim {
    let at = r
        .doc()
        .text
        .find(anchor)
        .unwrap_or_else(|| panic!("anchor {anchor:?} not in text"));
    r.claims
        .iter()
        .find(|c| c.span.start <= at && at + anchor.len() <= c.span.end)
        .unwrap_or_else(|| panic!("no claim holds {anchor:?}"))
}

/// The first attribution whose cue reads `cue`.
fn by_cue<'a>(r: &'a FileReport, cue: &str) -> Option<&'a Attribution> {
    r.attributions
        .items
        .iter()
        .find(|a| r.doc().clean_text(a.cue) == cue)
}

struct Who {
    source: Option<String>,
    cue: Option<String>,
    mention: Option<String>,
    vague: bool,
    unresolved: bool,
}

fn who(r: &FileReport, anchor: &str) -> Who {
    let a = claim(r, anchor).attribution(&r.attributions);
    let names = |at: &Attributions, k: usize| at.sources[k].name.clone();
    Who {
        source: a.and_then(|a| a.source).map(|k| names(&r.attributions, k)),
        cue: a.map(|a| r.doc().clean_text(a.cue)),
        mention: a.and_then(|a| a.source_span).map(|s| r.doc().clean_text(s)),
        vague: a.is_some_and(|a| a.vague),
        unresolved: a.is_some_and(|a| a.unresolved.is_some()),
    }
}

/// (text, anchor inside the claim, source name, cue as written)
const CUES: &[(&str, &str, &str, &str)] = &[
    (
        "Mustafa Bali said 300 militants remained.",
        "300",
        "Mustafa Bali",
        "said",
    ),
    (
        "The mayor says the bridge will reopen in May.",
        "bridge",
        "mayor",
        "says",
    ),
    (
        "Lynch told reporters that the inquiry was closed.",
        "inquiry",
        "Lynch",
        "told",
    ),
    (
        "The talks had failed, Grant added.",
        "talks",
        "Grant",
        "added",
    ),
    (
        "The army confirmed that 12 soldiers died.",
        "12",
        "army",
        "confirmed",
    ),
    (
        "The ministry denied that troops had fired.",
        "troops",
        "ministry",
        "denied",
    ),
    (
        "Police warned that the roads would flood.",
        "roads",
        "Police",
        "warned",
    ),
    (
        "Tom Grant arrived. He urged the government to act.",
        "government",
        "Tom Grant",
        "urged",
    ),
    (
        "The company claimed it had 40,000 customers.",
        "40,000",
        "company",
        "claimed",
    ),
    (
        "The Interior Ministry announced that 2,000 police would be deployed.",
        "2,000",
        "Interior Ministry",
        "announced",
    ),
    (
        "The United Nations estimated that 8,000 people fled.",
        "8,000",
        "United Nations",
        "estimated",
    ),
    (
        "The SDF on Monday called for 1,000 troops to remain.",
        "1,000",
        "SDF",
        "called for",
    ),
    (
        "The minister acknowledged that 300 jobs would go.",
        "300",
        "minister",
        "acknowledged",
    ),
    (
        "Ortiz insisted the vote had been fair.",
        "vote",
        "Ortiz",
        "insisted",
    ),
    (
        "Reuters reported that 15 trucks left the town.",
        "15",
        "Reuters",
        "reported",
    ),
    (
        "The senator wrote that the bill would cost $3.5 billion.",
        "$3.5 billion",
        "senator",
        "wrote",
    ),
    (
        "Trump tweeted that the crowd numbered 40,000.",
        "40,000",
        "Trump",
        "tweeted",
    ),
    (
        "The team had 12 players, The Post has learned.",
        "12",
        "Post",
        "learned",
    ),
    (
        "Around 15 trucks left the town, according to Agence France-Presse (AFP) correspondents.",
        "15",
        "AFP correspondents",
        "according to",
    ),
    (
        "According to the Red Cross, 62 people died.",
        "62",
        "Red Cross",
        "According to",
    ),
    (
        "The SDF said in a statement that 300 fighters surrendered.",
        "300",
        "SDF",
        "said",
    ),
    (
        "The International Rescue Committee said on Monday that 62 people died.",
        "62",
        "International Rescue Committee",
        "said",
    ),
    (
        "The passages opened on Tuesday for 2,000 people, the Russian Defense Ministry said.",
        "2,000",
        "Russian Defense Ministry",
        "said",
    ),
    (
        "The talks, he said, had failed. Grant was there.",
        "talks",
        "",
        "said",
    ),
    (
        "\"We have 300 men,\" said Caddell.",
        "300",
        "Caddell",
        "said",
    ),
    (
        "\"We have 300 men,\" Caddell said.",
        "300",
        "Caddell",
        "said",
    ),
    // What is said ranks before the act it comes with.
    (
        "Clinton had mocked the complaint, saying 40 people had called.",
        "40",
        "Clinton",
        "saying",
    ),
    (
        "WALLACE: Let us start with the 12 candidates on stage.",
        "12",
        "WALLACE",
        ":",
    ),
    (
        "Kamarck argues that 30 states will be moot.",
        "30",
        "Kamarck",
        "argues",
    ),
    // A speaker's head before a prepositional phrase.
    (
        "The bridge was shut on Monday, attorneys for the family said.",
        "bridge",
        "attorneys for the family",
        "said",
    ),
    (
        "The head of the port authority, Ana Lima, argues there is no money left.",
        "money",
        "head of the port authority",
        "argues",
    ),
    // A document noun that is also a verb form.
    (
        "\"Costs rose 12 percent,\" the report says.",
        "12",
        "report",
        "says",
    ),
    // A subject with a participle or a prepositional phrase after its head.
    (
        "The latest city poll released Friday shows that 54 percent back the plan.",
        "54",
        "poll",
        "shows",
    ),
    (
        "A union representing 900 nurses endorsed the mayor on Thursday.",
        "900",
        "union",
        "endorsed",
    ),
    // Abbreviations inside a name.
    (
        "The S.E.C. said it would fine 12 brokers.",
        "12",
        "S.E.C",
        "said",
    ),
    (
        "Martin L. Ortiz Jr. responded that 40 jobs were safe.",
        "40",
        "Ortiz",
        "responded",
    ),
    // An appositive between dashes; a part of a group after an opening phrase.
    (
        "Mr. Ellis -- a professor who has studied debates -- said 20 moderators applied.",
        "20",
        "Ellis",
        "said",
    ),
    (
        "In a statement, one of the family's lawyers, Joan Pike, said 3 videos exist.",
        "3 videos",
        "lawyers",
        "said",
    ),
    // A possessor in lower case, before an adjective.
    (
        "The video contradicted the police's earlier claim that 2 shots were fired.",
        "2 shots",
        "police",
        "claim",
    ),
    // Inverted at the opening of the sentence; a time between verb and particle.
    ("Said Ellis: \"We need 50 more.\"", "50", "Ellis", "Said"),
    (
        "Governor Ana Ruiz called Friday for 200 more officers.",
        "200",
        "Ana Ruiz",
        "called Friday for",
    ),
];

#[test]
fn cue_patterns() {
    for &(text, anchor, source, cue) in CUES {
        let r = check(text);
        let w = who(&r, anchor);
        assert_eq!(w.cue.as_deref(), Some(cue), "cue in {text:?}");
        if !source.is_empty() {
            let got = w.source.clone().unwrap_or_default();
            assert!(
                got.contains(source),
                "source in {text:?}: got {got:?}, want {source:?}"
            );
        }
    }
}

#[test]
fn mid_sentence_cue_keeps_the_whole_sentence_as_content() {
    let r = check("Bali said the army was tired. The talks, he said, had failed after 12 days.");
    let c = claim(&r, "talks");
    let a = c.attribution(&r.attributions).unwrap();
    assert!(r.doc().clean_text(a.content).contains("had failed"));
    assert_eq!(who(&r, "talks").source.as_deref(), Some("Bali"));
}

#[test]
fn indirect_speech_content_is_the_governed_clause() {
    let r = check("The SDF said on Monday that 62 people had died.");
    let a = claim(&r, "62").attribution(&r.attributions).unwrap();
    assert_eq!(r.doc().clean_text(a.content), "62 people had died");
}

#[test]
fn a_quotation_over_several_sentences_keeps_its_attribution() {
    let text = "\"We will hold the town. We have 300 men. They will not leave,\" said Bali.\n\nThe weather was cold.";
    let r = check(text);
    for anchor in ["hold the town", "300 men", "not leave"] {
        assert_eq!(who(&r, anchor).source.as_deref(), Some("Bali"), "{anchor}");
    }
}

#[test]
fn a_quotation_over_several_paragraphs_keeps_its_attribution() {
    let text = "Bali said: \"The town will fall within 3 days.\n\n\"After that we will hold 40 villages.\"\n\nThe weather was cold.";
    let r = check(text);
    assert_eq!(who(&r, "40 villages").source.as_deref(), Some("Bali"));
    assert!(r
        .claims
        .iter()
        .all(|c| !r.doc().clean_text(c.span).contains("weather")));
}

#[test]
fn a_colon_cue_attributes_the_next_paragraph() {
    let text = "Caddell continued:\n\n\"There were 2 polls and both showed 43 percent.\"";
    let r = check(text);
    assert_eq!(who(&r, "43 percent").source.as_deref(), Some("Caddell"));
}

#[test]
fn an_opening_quote_is_attributed_in_the_next_paragraph() {
    let text =
        "\"We will not give up. 300 of us remain.\"\n\nMustafa Bali said the fighting would go on.";
    let r = check(text);
    assert_eq!(who(&r, "300 of us").source.as_deref(), Some("Mustafa Bali"));
}

#[test]
fn a_cue_inside_a_quotation_is_the_speakers_own_words() {
    let r = check("\"I think we have 300 men,\" Bali said.");
    assert_eq!(who(&r, "300").source.as_deref(), Some("Bali"));
    assert_eq!(r.attributions.items.len(), 1);
}

#[test]
fn relayed_claims_are_hearsay_with_via() {
    let r = check("The Syrian Observatory for Human Rights cited its sources as saying 150 militants had agreed to surrender.");
    let a = claim(&r, "150").attribution(&r.attributions).unwrap();
    assert_eq!(r.doc().clean_text(a.cue), "cited its sources as saying");
    let via = a.via.expect("a relay has a via");
    assert_eq!(
        r.attributions.sources[via].name,
        "Syrian Observatory for Human Rights"
    );
    let r = check("Reuters quoted the commander as saying 40 fighters were killed.");
    let a = claim(&r, "40").attribution(&r.attributions).unwrap();
    assert_eq!(r.attributions.sources[a.source.unwrap()].name, "commander");
    assert_eq!(r.attributions.sources[a.via.unwrap()].name, "Reuters");
}

#[test]
fn several_speakers_keep_all_of_them() {
    let r = check("Both the SDF and United States officials have said the 300 civilians slowed their advance.");
    let a = claim(&r, "300").attribution(&r.attributions).unwrap();
    let names: Vec<&str> = a
        .sources
        .iter()
        .map(|&s| r.attributions.sources[s].name.as_str())
        .collect();
    assert_eq!(names, ["SDF", "United States officials"]);
    assert_eq!(a.source, Some(a.sources[0]));
}

// ---- aliases -------------------------------------------------------------

#[test]
fn an_acronym_introduced_in_parentheses_is_an_alias() {
    let r = check("Agence France-Presse (AFP) has staff in the town.\n\nAFP said 15 trucks left.");
    let s = who(&r, "15").source.unwrap();
    assert_eq!(s, "Agence France-Presse");
    let src = r.attributions.sources.iter().find(|x| x.name == s).unwrap();
    assert!(src.aliases.contains(&"AFP".to_string()));
}

#[test]
fn an_acronym_read_from_initials_is_the_same_source() {
    let text = "The International Rescue Committee runs the camp.\n\nThe IRC said 62 people died.\n\nThe International Rescue Committee said 40 more were ill.";
    let r = check(text);
    assert_eq!(
        who(&r, "62").source.as_deref(),
        Some("International Rescue Committee")
    );
    assert_eq!(who(&r, "40 more").source, who(&r, "62").source);
    assert_eq!(r.attributions.sources.len(), 1);
    assert!(r.attributions.sources[0]
        .aliases
        .contains(&"IRC".to_string()));
}

#[test]
fn an_appositive_gives_role_and_affiliation() {
    let r = check(
        "Mustafa Bali, a spokesman for the Syrian Democratic Forces, said 300 militants remained.",
    );
    let src = &r.attributions.sources[r.attributions.items[0].source.unwrap()];
    assert_eq!(src.name, "Mustafa Bali");
    assert_eq!(src.role.as_deref(), Some("spokesman"));
    assert_eq!(
        r.attributions.sources[src.affiliation.unwrap()].name,
        "Syrian Democratic Forces"
    );
}

#[test]
fn a_surname_alone_is_the_same_person() {
    let r = check("Mustafa Bali said 300 militants remained.\n\nBali said 40 had left.");
    assert_eq!(who(&r, "40 had").source.as_deref(), Some("Mustafa Bali"));
    assert_eq!(r.attributions.sources.len(), 1);
}

#[test]
fn a_nominal_names_the_organisation_it_heads() {
    let text = "The Syrian Observatory for Human Rights said 150 surrendered.\n\nThe Observatory said 40 were wounded.\n\nThe Russian Defense Ministry said 2 passages opened.\n\nThe ministry said 3,000 people crossed.";
    let r = check(text);
    assert_eq!(
        who(&r, "40 were").source.as_deref(),
        Some("Syrian Observatory for Human Rights")
    );
    assert_eq!(
        who(&r, "3,000").source.as_deref(),
        Some("Russian Defense Ministry")
    );
}

#[test]
fn a_description_the_article_gives_is_an_alias() {
    let text = "Fighting was led by the Syrian Democratic Forces (SDF), the US-backed militia spearheading the fight.\n\nThe militia said 300 fighters remained.";
    let r = check(text);
    assert_eq!(
        who(&r, "300").source.as_deref(),
        Some("Syrian Democratic Forces")
    );
}

// ---- pronouns and nominals ----------------------------------------------

#[test]
fn he_resolves_to_the_last_person_who_spoke() {
    let text = "Mustafa Bali said 300 militants remained.\n\nThe SDF said 40 fighters surrendered.\n\nHe urged countries to take back 2,000 citizens.";
    let r = check(text);
    let w = who(&r, "2,000");
    assert_eq!(w.source.as_deref(), Some("Mustafa Bali"));
    assert_eq!(w.mention.as_deref(), Some("He"));
}

#[test]
fn the_spokesman_resolves_to_the_last_spokesman_named() {
    let text = "Mustafa Bali, a spokesman for the SDF, said 300 militants remained.\n\nThe spokesman said 40 had left.";
    let r = check(text);
    assert_eq!(who(&r, "40 had").source.as_deref(), Some("Mustafa Bali"));
}

#[test]
fn they_resolves_when_one_plural_speaker_is_in_view() {
    let text = "AFP correspondents reached the town on Monday and said the road was open.\n\nThey said 40 trucks had left.";
    let r = check(text);
    let w = who(&r, "40 trucks");
    assert!(!w.unresolved);
    assert_eq!(w.source.as_deref(), Some("AFP correspondents"));
}

#[test]
fn they_with_several_candidates_is_ambiguous() {
    let text = "The government opened two passages with Russian troops for people who want to leave, the Russian Defense Ministry said.\n\nThey said the trucks carried hundreds of people.";
    let r = check(text);
    let w = who(&r, "hundreds");
    assert!(w.unresolved);
    assert_eq!(w.source, None);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "ambiguous-source")
        .expect("a finding");
    assert!(
        f.message.contains("Russian Defense Ministry"),
        "{}",
        f.message
    );
}

// ---- vague sources --------------------------------------------------------

#[test]
fn agentless_passives_and_cues_without_a_found_speaker_keep_their_cue() {
    // An agentless passive: a cue of kind passive, nobody named, no finding.
    for (text, anchor, cue) in [
        (
            "The mayor was accused of hiding 40 reports.",
            "40",
            "accused",
        ),
        (
            "About 12 percent of voters are expected to switch.",
            "12",
            "expected",
        ),
        (
            "The plan has been widely criticized for its 9 loopholes.",
            "9",
            "criticized",
        ),
    ] {
        let r = check(text);
        let a = claim(&r, anchor).attribution(&r.attributions).expect(text);
        assert_eq!(r.doc().clean_text(a.cue), cue, "{text}");
        assert_eq!(a.kind.as_str(), "passive", "{text}");
        assert_eq!(a.source, None, "{text}");
        assert!(
            !r.findings.iter().any(|f| f.rule == "vague-source"),
            "{text}"
        );
    }
    // With "by X" the agent is the speaker, not an unnamed party.
    let r = check("The plan was criticized by the union for its 9 loopholes.");
    let w = who(&r, "9");
    assert_eq!(w.mention.as_deref(), Some("the union"));
    // A passive that is not a cue ("was found"), and a passive inside what a
    // named speaker says, are not claims of an unnamed party.
    let r = check("A second device was found in 2 bags.");
    assert!(claim(&r, "2").attribution(&r.attributions).is_none());
    let r = check("The ministry said 40 villages were cut off, and more rain is expected.");
    assert_eq!(r.attributions.items.len(), 1);
    // "stated that" with a subject no pattern reads: the cue, and no source.
    let r = check("To varying degrees, all agreed that 3 taxes would rise.");
    let w = who(&r, "3 taxes");
    assert_eq!(w.cue.as_deref(), Some("agreed"));
    assert_eq!(w.source, None);
    // "Having said that" is a set phrase.
    let r = check("Having said that, 3 economists argue otherwise.");
    assert!(by_cue(&r, "said").is_none());
}

#[test]
fn vague_cues_and_unnamed_speakers_have_no_source() {
    for (text, anchor) in [
        ("One group reportedly made a final stand with 40 men.", "40"),
        ("It is understood that 12 ministers will resign.", "12"),
        ("Sources said 300 fighters remained.", "300"),
        ("Officials said 300 fighters remained.", "300"),
        ("According to reports, 300 fighters remained.", "300"),
    ] {
        let r = check(text);
        let w = who(&r, anchor);
        assert!(w.vague, "{text}");
        assert_eq!(w.source, None, "{text}");
        assert!(
            r.findings.iter().any(|f| f.rule == "vague-source"),
            "{text}"
        );
    }
    // An organisation makes officials a named source.
    let r = check("Pentagon officials said 300 fighters remained.");
    assert!(!who(&r, "300").vague);
}

#[test]
fn unattributed_figures_are_flagged_unless_sourced_nearby() {
    let flagged = |text: &str| {
        check(text)
            .findings
            .iter()
            .filter(|f| f.rule == "unattributed-figure")
            .count()
    };
    assert_eq!(flagged("More than 150 militants handed over to Iraq"), 1);
    // The headline restates a figure the body attributes.
    assert_eq!(flagged("More than 150 militants handed over\n\nThe army said more than 150 militants handed themselves over."), 0);
    // The paragraph's attribution carries to its next sentence.
    assert_eq!(
        flagged("The army said the town fell. Some 300 fighters surrendered."),
        0
    );
    // A small count describes, it does not tally.
    assert_eq!(flagged("Two passages opened near the border."), 0);
}

/// A wire story written for this test: every claim's source, as a table.
#[test]
fn wire_story_snapshot() {
    let text = std::fs::read_to_string("fixtures/attribution/wire.txt").unwrap();
    let r = check_text(
        "fixtures/attribution/wire.txt",
        Format::Plain,
        text,
        None,
        &RuleSet::builtin(),
    );
    let mut out = String::new();
    for s in &r.attributions.sources {
        out.push_str(&format!(
            "{} {} [{}] {:?} role={:?} affiliation={:?} mentions={}\n",
            s.id,
            s.name,
            s.aliases.join(", "),
            s.kind,
            s.role,
            s.affiliation
                .map(|a| r.attributions.sources[a].name.clone()),
            s.mentions.len()
        ));
    }
    for c in &r.claims {
        let line = r.doc().locate(c.span).line;
        let who = match c.attribution(&r.attributions) {
            Some(a) => format!(
                "{} <- {:?} ({:?})",
                r.attributions.who(a, r.doc()),
                r.doc().clean_text(a.cue),
                a.kind
            ),
            None => "unattributed".to_string(),
        };
        let text: String = c.text.chars().take(50).collect();
        out.push_str(&format!("{} line {line}: {text} — {who}\n", c.id));
    }
    for f in &r.findings {
        out.push_str(&format!("{}: {}\n", f.rule, f.message));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn a_pronoun_with_no_candidate_is_not_flagged() {
    for text in [
        "The deal is in place. Unfortunately, it seems that 40 officials disagree.",
        "Banksy is Britain's most wanted artist, but he continues to paint 300 walls.",
        "Tourists can expect requests about whether they want their linens laundered daily.",
    ] {
        let r = check(text);
        assert!(
            !r.findings.iter().any(|f| f.rule == "ambiguous-source"),
            "{text}: {:?}",
            r.findings
        );
    }
}

#[test]
fn what_someone_says_is_not_a_claim_of_theirs() {
    let r =
        check("No matter who the nominee is or what that person says, 300 delegates will vote.");
    assert!(
        r.attributions.items.iter().all(|a| !a.vague),
        "{:?}",
        r.attributions.items
    );
    // A name keeps it, and so does a group.
    let r = check("That was what Liz Wahl said when she resigned from the network in 2014.");
    assert_eq!(who(&r, "resigned").source.as_deref(), Some("Liz Wahl"));
    let r = check(
        "They built 40 condos, amounting to what the senators said was economic gerrymandering.",
    );
    assert_eq!(
        who(&r, "gerrymandering").source.as_deref(),
        Some("senators")
    );
}

#[test]
fn measurements_records_and_bare_numbers_need_no_source() {
    let flagged = |text: &str| {
        check(text)
            .findings
            .iter()
            .filter(|f| f.rule == "unattributed-figure")
            .count()
    };
    assert_eq!(
        flagged("The village lies around 125 miles south of Dhaka."),
        0
    );
    assert_eq!(
        flagged("Trezeguet has scored 10 goals in 11 matches this season."),
        0
    );
    assert_eq!(flagged("Sehwag top-scored with 68 off 52 balls."), 0);
    // Money, shares and counts of people do.
    assert_eq!(flagged("The lyrics sold for $1.2 million on Tuesday."), 1);
    assert_eq!(flagged("Attacks are down 75 percent in recent months."), 1);
    assert_eq!(
        flagged("In the trial that followed, 55 people were found guilty."),
        1
    );
}

#[test]
fn a_speaker_phrase_takes_titles_before_a_name_but_not_other_words() {
    let r = check("For 12 years Adelma Cifuentes said she felt alone.");
    assert_eq!(
        who(&r, "alone").mention.as_deref(),
        Some("Adelma Cifuentes")
    );
    let r =
        check("In fact, the law was written for 40 tribes, said CNN legal analyst Jeffrey Toobin.");
    assert_eq!(who(&r, "tribes").source.as_deref(), Some("Jeffrey Toobin"));
    let r = check("The SDF's spokesman said 300 fighters remained.");
    let a = claim(&r, "300").attribution(&r.attributions).unwrap();
    let s = &r.attributions.sources[a.source.unwrap()];
    assert_eq!(s.role.as_deref(), Some("spokesman"));
    assert_eq!(r.attributions.sources[s.affiliation.unwrap()].name, "SDF");
}

#[test]
fn a_country_that_speaks_is_an_organisation() {
    let r = check("Russia said 300 troops had left. It denied that 40 had stayed.");
    let s = &r.attributions.sources[who_index(&r, "300")];
    assert_eq!(s.kind, crosscheck::attribution::SourceKind::Organization);
    // "It" is then the country.
    assert_eq!(who(&r, "40 had").source.as_deref(), Some("Russia"));
}

fn who_index(r: &FileReport, anchor: &str) -> usize {
    claim(r, anchor)
        .attribution(&r.attributions)
        .and_then(|a| a.source)
        .expect("a source")
}

#[test]
fn participles_after_and_acts_on_a_name_reduced_passives_and_nouns_from_a_speaker() {
    let r = check("Both candidates vied for the title, each touting 20 years of experience and saying the other lacks judgment.");
    assert!(by_cue(&r, "saying").is_some());
    let r = check("A dozen people protested after the Dallas Morning News endorsed Clinton.");
    assert!(by_cue(&r, "endorsed").is_some());
    let r = check(
        "Charter schools are a favourite on both sides, promoted by Donald Trump and 40 governors.",
    );
    let a = by_cue(&r, "promoted by").expect("a passive agent");
    assert_eq!(
        r.attributions.sources[a.source.unwrap()].name,
        "Donald Trump"
    );
    let r = check("The move took place despite repeated warnings from the ministry that 300 roads were closed.");
    let a = by_cue(&r, "warnings").expect("a noun cue");
    assert_eq!(r.attributions.sources[a.source.unwrap()].name, "ministry");
}

#[test]
fn catenatives_contracted_pronouns_relatives_and_quantified_agents() {
    let r = check("Caddell went on to discuss 12 polls released that week.");
    let a = by_cue(&r, "discuss").expect("a catenative cue");
    assert_eq!(r.attributions.sources[a.source.unwrap()].name, "Caddell");
    let r = check("Trump spoke at a rally. He’s claiming that 3 million votes were fraudulent.");
    assert!(by_cue(&r, "claiming").is_some());
    let r = check(
        "They turned to the Chicago Police Department which reported 2,521 shooting incidents.",
    );
    let a = by_cue(&r, "reported").expect("a relative subject");
    assert_eq!(
        r.attributions.sources[a.source.unwrap()].name,
        "Chicago Police Department"
    );
    let r = check("The nominee has been endorsed by dozens of newspapers across 30 states.");
    let a = by_cue(&r, "endorsed by").expect("a passive agent");
    assert_eq!(r.attributions.sources[a.source.unwrap()].name, "newspapers");
}

#[test]
fn the_writers_own_stance_is_attributed_to_the_writer_without_a_finding() {
    let r = check(
        "Mr. Trump, I have a deal for you. I know your tax returns are being audited for 2 years.",
    );
    let a = claim(&r, "audited")
        .attribution(&r.attributions)
        .expect("attributed");
    assert_eq!(
        a.source_span.map(|s| r.doc().clean_text(s)).as_deref(),
        Some("I")
    );
    assert_eq!(a.source, None);
    assert!(!r.findings.iter().any(|f| f.rule == "ambiguous-source"));
    let r = check("The newspaper has also detailed 40 payments to the foundation.");
    assert!(by_cue(&r, "detailed").is_some());
}

#[test]
fn a_participle_after_an_adverb_keeps_the_main_speaker() {
    let r = check(
        "The GOP nominee complained about his mic, even suggesting 2 aides had sabotaged it.",
    );
    let a = by_cue(&r, "suggesting").expect("a participle");
    assert_eq!(
        a.source_span.map(|s| r.doc().clean_text(s)).as_deref(),
        Some("The GOP nominee")
    );
}

#[test]
fn nouns_that_look_like_verbs_and_bare_verbs_of_talking_are_not_cues() {
    for (text, cue) in [
        ("The New York state attorney general is confirming that 3 foundations lacked permits.", "state"),
        ("Clinton communications director Jennifer Palmieri spoke to reporters on Friday about 40 pages.", "spoke"),
        ("Trump attacked Clinton for her support of military action in 2 countries.", "support"),
    ] {
        let r = check(text);
        assert!(
            by_cue(&r, cue).is_none(),
            "{text}"
        );
    }
    // With its particle, a verb of talking is a cue.
    let r = check("Mr. Obama spoke about the 12 victims of the attack.");
    assert!(by_cue(&r, "spoke about").is_some());
}

#[test]
fn a_poll_or_a_slide_speaks_through_its_findings() {
    let r = check("A new poll shows that 43 percent back Clinton.");
    assert_eq!(who(&r, "43 percent").mention.as_deref(), Some("A new poll"));
    let r = check("Another slide shows that 8 of 10 avocados come from Mexico.");
    assert!(by_cue(&r, "shows").is_some());
}

#[test]
fn headline_labels_set_phrases_phone_calls_and_names_given_are_not_cues() {
    for (text, cue) in [
        (
            "The Latest: Trump urges 40 supporters to monitor polling places.",
            ":",
        ),
        (
            "Stealth Over Health: Clinton Was Headed to ER 2 Times.",
            ":",
        ),
        ("Having said that, 3 economists argue otherwise.", "said"),
        ("She called into the radio program 2 times.", "called"),
        (
            "The mine lies near a stream called Miracle Run, 40 miles away.",
            "called",
        ),
    ] {
        let r = check(text);
        assert!(by_cue(&r, cue).is_none(), "{text}");
    }
    // A speaker and a colon still are.
    let r = check("Pat Caddell: Democrat Voters Worried About 2 Issues");
    assert!(by_cue(&r, ":").is_some());
}

#[test]
fn relatives_floating_quantifiers_and_second_verbs_after_auxiliaries() {
    let r = check("Cities that support the rules filed 40 briefs.");
    let a = by_cue(&r, "support").expect("a relative 'that'");
    assert_eq!(r.attributions.sources[a.source.unwrap()].name, "Cities");
    let r = check("Sens. Jeff Merkley and Sherrod Brown all suggested that 3 claims could be grounds for a suit.");
    assert!(by_cue(&r, "suggested").is_some());
    let r = check("Clinton urged allies to spend more but has said she will keep 2 commitments.");
    let a = by_cue(&r, "said").expect("a second verb");
    assert_eq!(r.attributions.sources[a.source.unwrap()].name, "Clinton");
}
