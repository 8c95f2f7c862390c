//! What a cue pattern finds in a sentence: the kind of cue (`CueKind`), and
//! one attribution with token ranges into the sentence (`Found`).

use std::ops::Range;

use crate::text::Span;

/// What kind of cue attributes the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb ("said", "called for").
    Verb,
    /// "according to X".
    Preposition,
    /// "X cited Y as saying": the claim is relayed.
    Relay,
    /// "reportedly", "it is understood": nobody is named.
    Vague,
    /// An agentless passive ("was accused of", "is expected to"): the party
    /// is not named.
    Passive,
    /// A stance or an act of a named speaker ("Trump attacked", "Clinton
    /// wants", "the SDF were hoping"), rather than something said.
    Stance,
}

impl CueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Verb => "verb",
            CueKind::Preposition => "preposition",
            CueKind::Relay => "relay",
            CueKind::Vague => "vague",
            CueKind::Passive => "passive",
            CueKind::Stance => "stance",
        }
    }
}

/// One attribution found in a sentence, with token ranges into the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub kind: CueKind,
    pub cue: Span,
    /// The phrase that names the speaker.
    pub speaker: Option<Range<usize>>,
    /// The speaker named by a relay ("its sources" in "cited its sources as saying").
    pub relayed_from: Option<Range<usize>>,
    /// An appositive after the speaker ("a spokesman for the SDF").
    pub appositive: Option<Range<usize>>,
    /// What the cue governs.
    pub content: Span,
    /// The cue ends the sentence with a colon: the content follows it.
    pub content_follows: bool,
    /// The sentence is only the cue and its speaker ("Clinton said."): the
    /// content is the sentence before.
    pub content_precedes: bool,
}

impl Found {
    /// An attribution with no relay, appositive or content elsewhere.
    pub(super) fn new(
        kind: CueKind,
        cue: Span,
        speaker: Option<Range<usize>>,
        content: Span,
    ) -> Found {
        Found {
            kind,
            cue,
            speaker,
            relayed_from: None,
            appositive: None,
            content,
            content_follows: false,
            content_precedes: false,
        }
    }
}
