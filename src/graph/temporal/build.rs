//! Building the timeline: each sentence of each article read into
//! mentions and constraints (`read`), in order, with what a sentence
//! passes to the next (the last person, the topic, the last dated
//! mention, the known year); then the participants of the mentions a join
//! weighs.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::constraint::Raw;
use super::mention::{Clause, Mention};
use super::params::TimelineParams;
use super::read;
use super::read::Words;
use super::timeline::Timeline;
use crate::expressions::TimeExpr;
use crate::graph::{Article, ClaimGraph};
use crate::text::Span;

/// How many mentions a timeline holds at most: a text that repeats event
/// words without end is read in bounded time and memory.
const MAX_MENTIONS: usize = 20_000;

/// A read sentence whose mentions' clauses may be weighed later: its
/// tokens, lower-case words and times' token ranges, kept from its reading.
struct Held<'a> {
    article: usize,
    sentence: usize,
    tokens: &'a [crate::text::tokens::Token<'a>],
    lower: read::LowerCase,
    times: Vec<(usize, usize)>,
}

/// A held sentence as `clauses` reads it: the sentence, its lower-case
/// words and the participant stems made so far.
type HeldWords<'h, 'a> = (&'h Held<'a>, Vec<&'h str>, Vec<Option<Option<String>>>);

impl Timeline {
    /// Builds the timeline of the graph's articles.
    pub fn build(graph: &ClaimGraph, articles: &[Article], params: &TimelineParams) -> Timeline {
        Timeline::build_with(graph, articles, params, &Words::new(params))
    }

    /// As `build`, with the params' word classes made once (a rule keeps
    /// them for every article it checks).
    pub fn build_with(
        graph: &ClaimGraph,
        articles: &[Article],
        params: &TimelineParams,
        words: &Words,
    ) -> Timeline {
        let mut mentions: Vec<Mention> = Vec::new();
        let mut raws: Vec<Raw> = Vec::new();
        let mut held: Vec<Held> = Vec::new();
        for (a, article) in articles.iter().enumerate() {
            let stand_in = graph.references[a];
            let mut last_person: Option<String> = None;
            let mut known_names: Vec<String> = Vec::new();
            let mut last_timed: Option<usize> = None;
            let mut topic: Option<read::Topic> = None;
            let mut known_year: Option<i32> = None;
            // The claims of the article by sentence, in claim order: each
            // sentence's first claim, times and cues are a slice of these
            // (one walk over the claims, not one a sentence).
            let mut by_sentence: Vec<usize> = (0..article.claims.len()).collect();
            by_sentence.sort_by_key(|&c| article.claims[c].sentence);
            let cues: Vec<Span> = by_sentence
                .iter()
                .filter_map(|&c| article.claims[c].attribution(article.attributions))
                .map(|att| att.cue)
                .collect();
            // Where each claim's cues start in `cues`.
            let mut cue_at = Vec::with_capacity(by_sentence.len() + 1);
            let mut count = 0;
            for &c in &by_sentence {
                cue_at.push(count);
                count += usize::from(article.claims[c].attribution.is_some());
            }
            cue_at.push(count);
            let mut next = 0;
            for k in 0..article.doc.sentences.len() {
                if mentions.len() >= MAX_MENTIONS {
                    break;
                }
                // The claims of sentence `k`: `by_sentence[first..last]`.
                while next < by_sentence.len() && article.claims[by_sentence[next]].sentence < k {
                    next += 1;
                }
                let first = next;
                let mut last = first;
                while last < by_sentence.len() && article.claims[by_sentence[last]].sentence == k {
                    last += 1;
                }
                let claims = &by_sentence[first..last];
                // The sentence's times, in claim order: borrowed when one
                // claim holds them all (most sentences), else gathered.
                let mut timed = claims
                    .iter()
                    .map(|&c| &article.claims[c].times)
                    .filter(|t| !t.is_empty());
                let own: Option<Cow<[TimeExpr]>> = match (timed.next(), timed.next()) {
                    (None, _) => None,
                    (Some(one), None) => Some(Cow::Borrowed(one)),
                    (Some(a), Some(b)) => {
                        let mut all = a.clone();
                        all.extend(b.iter().cloned());
                        for t in timed {
                            all.extend(t.iter().cloned());
                        }
                        Some(Cow::Owned(all))
                    }
                };
                let tokens = article.sentence_tokens(k);
                if k == 0 && is_headline(article, tokens) {
                    continue;
                }
                // A sentence with no time, no word of the classes and no age
                // (", 34,") states nothing the network reads.
                let age_like = |i: usize| {
                    tokens[i].is_number()
                        && i > 0
                        && tokens[i - 1].is_punct(',')
                        && tokens
                            .get(i + 1)
                            .is_some_and(|t| t.is_punct(',') || t.is_punct('.'))
                };
                // (One pass over the tokens. "-year-old" is nine bytes: a
                // shorter token holds none.)
                if own.is_none()
                    && !(0..tokens.len()).any(|i| {
                        words.opens(tokens, i)
                            || (tokens[i].text.len() >= 9 && tokens[i].text.contains("-year-old"))
                            || age_like(i)
                    })
                {
                    continue;
                }
                // Lower case, borrowed where the word already is.
                let lower_case = read::LowerCase::of(tokens);
                let lower = lower_case.words(tokens);
                // Relative times of an article with no reference date are
                // placed against the stand-in date, then widened.
                let again;
                let times: &[TimeExpr] = match own.as_deref() {
                    Some(own)
                        if article.reference.is_none()
                            && own.iter().any(|t| {
                                t.relative
                                    || (t.start.is_none()
                                        && t.kind != crate::expressions::TimeKind::Duration)
                            }) =>
                    {
                        // Placed from the mentions read already, not read
                        // again.
                        again = crate::expressions::time::placed_in_text_order(
                            claims
                                .iter()
                                .flat_map(|&c| &article.claims[c].time_mentions),
                            stand_in,
                        );
                        &again
                    }
                    Some(own) => own,
                    None => &[],
                };
                let sentence = read::Sentence {
                    tokens,
                    lower: &lower,
                };
                let at = read::At {
                    article: a,
                    sentence: k,
                    claim: claims.first().copied(),
                    reference: article.reference,
                    stand_in,
                    dateline: article.doc.stated_date,
                    last_person: last_person.as_deref(),
                    known_names: &known_names,
                    known_year: if article.reference.is_none() {
                        known_year
                    } else {
                        None
                    },
                    last_timed,
                    first_mention: mentions.len(),
                    topic: topic.as_ref(),
                    text: &article.doc.prose,
                    cues: &cues[cue_at[first]..cue_at[last]],
                };
                let mut got = read::read(words, &sentence, times, &at);
                topic = got.topic(&sentence, k, mentions.len());
                known_year = got.stated_year.or(known_year);
                if let Some(p) = got.persons.last() {
                    last_person = Some(p.clone());
                }
                for p in &got.persons {
                    if p.contains(' ') && !known_names.contains(p) {
                        known_names.push(p.clone());
                    }
                }
                let first = mentions.len();
                // "A day later" counts from the last date before it, and
                // only when that date is an event's.
                match got.last_date {
                    Some(Some(k)) => last_timed = Some(first + k),
                    Some(None) => last_timed = None,
                    None => {}
                }
                if got
                    .mentions
                    .iter()
                    .any(|m| matches!(m.clause, Clause::Own { .. }))
                {
                    held.push(Held {
                        article: a,
                        sentence: k,
                        tokens,
                        lower: lower_case,
                        times: std::mem::take(&mut got.times),
                    });
                }
                mentions.extend(got.mentions);
                raws.extend(
                    got.raws
                        .into_iter()
                        .filter(|r| params.uses(r.note.relation.as_str())),
                );
            }
        }
        clauses(&mut mentions, held, words);
        Timeline::from_read(graph, articles, mentions, raws, &params.family)
    }
}

/// Whether the article's first sentence is a headline: a paragraph of its
/// own, short, with no final stop. A headline names the story's events
/// with no tense or time ("Hospital deaths inquiry"); read as a mention it
/// would make the body's first "An inquiry" another one.
fn is_headline(article: &Article, tokens: &[crate::text::tokens::Token]) -> bool {
    let sentences = &article.doc.sentences;
    let own_paragraph = sentences
        .get(1)
        .is_some_and(|next| next.paragraph != sentences[0].paragraph);
    let words = tokens.iter().filter(|t| t.is_word()).count();
    let stop = tokens
        .last()
        .is_some_and(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'));
    own_paragraph && words <= 14 && !stop
}

/// Makes the participants and names of the mentions a join weighs: those
/// of a key two or more mentions share (or all, for the developers'
/// listing), and the topics a pronoun's mention among them takes its
/// participants from. A key only one mention has starts an event no other
/// mention weighs.
fn clauses(mentions: &mut [Mention], held: Vec<Held>, words: &Words) {
    let mut want: Vec<bool> = if words.details {
        vec![true; mentions.len()]
    } else {
        let mut count: HashMap<&str, usize> = HashMap::default();
        for m in mentions.iter() {
            *count.entry(m.key.as_str()).or_default() += 1;
        }
        mentions.iter().map(|m| count[m.key.as_str()] > 1).collect()
    };
    // (A topic comes before the mention that takes it.)
    for k in (0..mentions.len()).rev() {
        if let (true, Clause::Topic(t)) = (want[k], mentions[k].clause) {
            want[t] = true;
        }
    }
    // The sentence of the mentions at hand, with its lower-case words and
    // their stems (the mentions of one sentence are together, in the order
    // of `held`).
    let mut rest = held.iter();
    let mut here: Option<HeldWords> = None;
    for k in 0..mentions.len() {
        if !want[k] {
            continue;
        }
        match mentions[k].clause {
            Clause::Made => {}
            Clause::Topic(t) => {
                mentions[k].participants = mentions[t].participants.clone();
            }
            Clause::Own { len } => {
                let place = (mentions[k].article, mentions[k].sentence);
                if here
                    .as_ref()
                    .is_none_or(|(h, _, _)| (h.article, h.sentence) != place)
                {
                    here = rest
                        .by_ref()
                        .find(|h| (h.article, h.sentence) == place)
                        .map(|h| (h, h.lower.words(h.tokens), vec![None; h.tokens.len()]));
                }
                let Some((h, lower, stems)) = here.as_mut() else {
                    continue;
                };
                let sentence = read::Sentence {
                    tokens: h.tokens,
                    lower,
                };
                let (mut participants, names) =
                    read::participants_of(&sentence, mentions[k].at, len, &h.times, stems);
                // "the cyclone" and "the storm" are one participant.
                words.kin_of(&mut participants);
                participants.sort();
                participants.dedup();
                words.kin_of(&mut mentions[k].modifiers);
                mentions[k].participants = participants;
                mentions[k].names = names;
            }
        }
    }
}
