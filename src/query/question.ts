/**
 * Questions in English to complete intents. Each slot of the intent (the action, who holds it, the
 * notice and grounds asked about, what is asked for, the object, the scope, the timing, …) has its
 * lexicons (lexicons.ts); the action is chosen by scoring the evidence for every candidate (its verbs,
 * its objects, the question words), not by the first pattern that matches, so "What happens to my
 * files if they shut my account?" is about data after termination and "How much notice before they
 * shut down the service?" is a termination of the whole service. A question without enough evidence
 * for any action is not understood: no guess.
 */
import type { Action, Intent } from '../schema/index.js';
import { categoriesOf } from '../classify/content.js';
import { globalOf, has, matcher, re, withFlags, type Lexicon } from '../lexicon/compose.js';
import { PLACE_NAMES, canonicalPlace } from '../lexicon/scope.js';
import { entityIn } from '../frame/scope.js';
import * as L from './lexicons.js';
import { contentStems } from './rank.js';
import { findDurations } from '../annotate/durations.js';
import { supposesCompliance } from '../lexicon/grounds.js';

/** Normalise the quotes and case of a question. */
export function normalizeQuestion(question: string): string {
  return question.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

type Side = 'provider' | 'customer' | 'either';

/** A question prepared for reading: lower-cased text, the same text with its case, and its subordinate clauses. */
interface Reading {
  q: string;
  cased: string;
  /** Spans of clauses opened by "if", "when", "after", …, and of context sentences: evidence there weighs a quarter. */
  sub: Array<[number, number]>;
}

const SUBORDINATE_OPENER = /\b(?:if|when|whenever|once|after|unless|because|even though|even where|wherever|regardless of whether)\b/g;
/** Where a subordinate clause ends: a stop, or a main clause opening with an auxiliary and its subject ("… does my use count"). */
const CLAUSE_END = /[,;:?!.]|\s(?:does|do|did|is|are|can|could|will|would|may|must|should|am|have|has)\s+(?:i|we|you|they|it|my|our|the|this|that|a|an)\b/g;

export function prepare(question: string): Reading {
  let cased = question.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  // a dash, an arrow or an equals sign between words separates clauses ("unpaid bill = account gone?")
  cased = cased.replace(/\s{1,4}(?:[-–—]{1,40}|->|=>|=)\s{1,4}/g, ' ; ');
  // misspellings read as the word meant; a capitalised word inside the question is a name ("Quillmark"), left alone
  cased = cased.replace(/[A-Za-z']+/g, (w, at: number) => L.SPELLING[w.toLowerCase()] ?? (at > 0 && /^[A-Z]/.test(w) ? w : corrected(w)));
  // a dot inside a name is no stop ("Larder.com"); a plus after one is part of it ("Larder+ membership")
  cased = cased.replace(/(\w)\.(?=[a-z]{2,}\b)/gi, '$1').replace(/(\w)\+(?=\s|$|[?,.;])/g, '$1');
  const q = cased.toLowerCase();
  if (q.length !== cased.length) cased = q;
  const sub: Array<[number, number]> = [];
  // sentences before the question are its context ("We bought it through a reseller. Can they …?")
  const lastQuestion = q.lastIndexOf('?');
  const stop = Math.max(q.lastIndexOf('. ', lastQuestion), q.lastIndexOf('! ', lastQuestion));
  if (lastQuestion > 0 && stop > 0) sub.push([0, stop + 1]);
  for (const m of q.matchAll(SUBORDINATE_OPENER)) {
    CLAUSE_END.lastIndex = m.index;
    const end = CLAUSE_END.exec(q);
    sub.push([m.index, end ? end.index : q.length]);
  }
  return { q, cased, sub };
}

const VOCABULARY = L.VOCABULARY.entries.filter((w) => !w.includes(' '));
/** Every word the lexicons spell out: never taken for a misspelling of another ("content" is no "consent"). */
const LEXICON_ENTRIES = Object.values(L).flatMap((x) => (Array.isArray((x as Partial<Lexicon>).entries) ? (x as Lexicon).entries : []))
  .flatMap((e) => e.toLowerCase().split(/\s+/));
const LEXICON_WORDS = new Set(LEXICON_ENTRIES.filter((w) => !w.endsWith('*')));
const LEXICON_STEMS = [...new Set(LEXICON_ENTRIES.filter((w) => w.endsWith('*') && w.length > 5).map((w) => w.slice(0, -1)))];

/** Are two words one edit apart inside the word (a letter missing, added, changed, or two neighbours swapped)? */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // a letter more or less at the end is another form of the word ("invoices", "provide"), not a misspelling
  if (i >= Math.min(a.length, b.length)) return false;
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1);
  if (a.length === b.length) return rest(a, b) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A word misspelt by one letter, read as the vocabulary word it stands for ("terminte" → "terminate"); others as they are. */
function corrected(word: string): string {
  const w = word.toLowerCase();
  if (w.length < 6 || LEXICON_WORDS.has(w) || LEXICON_STEMS.some((stem) => w.startsWith(stem))) return word;
  return VOCABULARY.find((v) => v.length >= 7 && oneEdit(w, v)) ?? word;
}

interface Hit { start: number; end: number; text: string }

function global(p: RegExp): RegExp {
  return globalOf(p);
}

/** Every match of some patterns, earliest first. */
function hitsOf(text: string, patterns: ReadonlyArray<RegExp | Lexicon>): Hit[] {
  const out: Hit[] = [];
  for (const p of patterns) {
    const re = global(p instanceof RegExp ? p : matcher(p));
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Does any of the patterns match? */
const some = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text));

const inSub = (r: Reading, h: Hit) => r.sub.some(([s, e]) => h.start >= s && h.end <= e);

/** One piece of evidence for an action: patterns that must all match (the first one locates it) and its weight. */
interface Cue {
  action: Action;
  weight: number;
  all: ReadonlyArray<ReadonlyArray<RegExp | Lexicon>>;
  /** Evidence that does not say the action itself (a cure period implies a termination but is not its verb). */
  indirect?: boolean;
}

const cue = (action: Action, weight: number, ...all: Array<ReadonlyArray<RegExp | Lexicon>>): Cue => ({ action, weight, all });

/** The evidence for each action. Ties go to the action listed first in ORDER. */
const CUES: Cue[] = [
  cue('terminate', 4, [L.TERMINATE_WORD, ...L.TERMINATE_PHRASES]),
  cue('terminate', 3, L.TERMINATE_WEAK),
  { ...cue('terminate', 3, [L.CURE_PERIOD, L.CURE_WORD]), indirect: true },
  // "can I still get a refund?": money back is asked of ending a purchase, a question about cancelling
  { ...cue('terminate', 3, [L.REFUND_ASK]), indirect: true },
  cue('terminate', 4, [L.DELETE_IT], [L.ACCOUNT_NOUN]),
  cue('terminate', 4, [L.IT_ENDED], [L.ACCOUNT_NOUN]),
  // "can they take down one of its services?", "pull the websites": the whole service ended (its service, not
  // "my app", which is content taken down)
  cue('terminate', 6, [L.TAKE_DOWN_SERVICE]),
  cue('suspend', 4, [L.SUSPEND_WORD, ...L.SUSPEND_PHRASES]),
  cue('suspend', 1, [/\btemporar\w*/]),
  cue('suspend', 7, [L.SERVICE_DOWN_FOR_A_WHILE]),
  cue('remove-content', 5, L.REMOVE_PHRASES),
  // "What kinds of content will they remove?": the kinds asked about are the provider's grounds to take down
  cue('remove-content', 6, [L.CATEGORIES_ASK, L.CONTENT_RULES], [L.REMOVE_VERB]),
  cue('remove-content', 4, [/\b(?:remov|delet)\w*\s+(?:it|them)\b|\btak(?:e|es|ing)\s+(?:it|them)\s+down\b/], [L.CONTENT_NOUN]),
  cue('data-after-termination', 6, [L.DATA_NOUN], L.END_EVENT),
  cue('data-after-termination', 3, [L.DATA_NOUN], [L.RETENTION]),
  cue('data-after-termination', 3, [/\bwhat\s+happens\s+to\b/], [L.DATA_NOUN]),
  cue('content-duty', 5, [L.CATEGORIES_ASK, L.CONTENT_RULES, L.WHAT_IS_BANNED, L.WHAT_AM_I_FORBIDDEN, L.BAN_CONTENT, L.WHAT_RULE_COVERS]),
  cue('content-duty', 3, [L.POLICY_FORBIDS, L.OTHERS_MAY_USE, L.IS_THING_ALLOWED]),
  cue('content-duty', 2, [L.CONTENT_NOUN], [L.PERMISSION_WORD]),
  cue('content-duty', 3, L.MAY_I_DO),
  cue('content-duty', 5, [L.WATCH_ASK]),
  cue('content-duty', 3, [L.IS_DOING_ALLOWED, L.IS_ACT_ALLOWED]),
  cue('content-duty', 2, [L.PERMISSION_WORD]),
  cue('content-duty', 4, L.DUTY_ASK),
  cue('content-duty', 3, [L.FORBIDDEN_ACT]),
  cue('modify-terms', 5, L.CHANGE_TERMS),
  { ...cue('modify-terms', 3, [L.UNILATERAL], [...L.CHANGE_NOUN, L.CHANGE_VERB]), indirect: true },
  { ...cue('modify-terms', 2, L.CHANGE_NOUN), indirect: true },
  { ...cue('modify-terms', 3, [L.OBJECTION]), indirect: true },
  { ...cue('modify-terms', 3, [L.CHANNEL, L.CHANNEL_WORDS], L.CHANGE_NOUN), indirect: true },
  { ...cue('modify-terms', 1, [L.TAKE_EFFECT], L.CHANGE_NOUN), indirect: true },
  cue('fee-change', 7, L.PRICE_CHANGE),
  cue('auto-renewal', 4, [L.RENEWAL]),
  cue('auto-renewal', 5, [L.NEXT_CHARGE]),
  cue('auto-renewal', 8, [L.CANCEL_TO_STOP_RENEWAL]),
  cue('governing-law', 5, [L.LAW_TOPIC]),
  cue('jurisdiction', 5, L.COURT_TOPIC),
  cue('jurisdiction', 2, [/\b(?:which|what)\s+courts?\b|\bwhere\s+(?:can|could|do|does|would|must|should|will)\b/], L.COURT_TOPIC),
  cue('arbitration', 5, [L.ARBITRATION]),
  cue('arbitration', 2, [L.OPT_OUT]),
  cue('class-action-waiver', 7, [L.CLASS_ACTION]),
  cue('acceptance-by-use', 6, L.ACCEPTANCE),
  cue('liability-cap', 6, L.LIABILITY_CAP),
];

const ORDER: Action[] = [
  'class-action-waiver', 'arbitration', 'acceptance-by-use', 'data-after-termination', 'liability-cap', 'governing-law',
  'jurisdiction', 'fee-change', 'auto-renewal', 'modify-terms', 'remove-content', 'terminate', 'suspend', 'content-duty',
];

/** The categories of content a question names: the clause table's words and the ways people ask. */
function categoriesAsked(r: Reading): NonNullable<Intent['categories']> {
  const found = new Set<string>(categoriesOf(r.cased));
  for (const [category, pattern] of L.QUESTION_CATEGORIES) if (pattern.test(r.q)) found.add(category);
  return [...found] as NonNullable<Intent['categories']>;
}

const RIGHT_TO = /\b(?:right|allowed|entitled|permitted|able|free)\s+to\s+(?:[\w'-]+\s+)?$/;

interface Scored { action: Action; raw: number; adjusted: number; at?: Hit; atMain: boolean; atWeight: number }

const LOSE = /\b(?:lose|losing|lost|forfeit\w{0,10})\b/;

/** Does the question ask whether the asker carries a duty ("do I have to label it?"), rather than how long they have ("how long do I have to fix it?")? */
function asksDuty(r: Reading): boolean {
  return L.DUTY_ASK.some((p) => p.test(r.q)) && !has(L.HOW_LONG, r.q);
}

/** Score every action on the evidence in a question; the best with enough evidence wins. */
export function scoreActions(r: Reading): Scored[] {
  const score = new Map<Action, Scored>();
  const get = (a: Action) => score.get(a) ?? (score.set(a, { action: a, raw: 0, adjusted: 0, atMain: false, atWeight: 0 }), score.get(a)!);
  for (const c of CUES) {
    const found = c.all.map((patterns) => hitsOf(r.q, patterns));
    if (found.some((h) => !h.length)) continue;
    const main = found[0].find((h) => !inSub(r, h));
    const s = get(c.action);
    s.raw += c.weight;
    s.adjusted += main ? c.weight : c.weight / 4;
    // where the action is said: the main-clause match of its strongest evidence, else its first match
    const loc = main ?? found[0][0];
    if (!s.at || (main && !s.atMain) || (Boolean(main) === s.atMain && c.weight > s.atWeight)) Object.assign(s, { at: loc, atMain: Boolean(main), atWeight: c.weight });
  }
  const categories = categoriesAsked(r);
  if (categories.length) {
    // a category named in a may-I question, or with a word of permission or of doing ("phishing", "post porn")
    const framed = some(L.MAY_I, r.q) || has(L.PERMISSION_WORD, r.q) || has(L.ACTIVITY, r.q);
    get('content-duty').raw += framed ? 3 : 1;
    get('content-duty').adjusted += framed ? 3 : 1;
    if (has(L.REMOVE_VERB, r.q)) { get('remove-content').raw += 3; get('remove-content').adjusted += 3; }
  }
  // "If the price goes up, will I be told before it renews?": a price change in the condition and notice asked
  // about is a question about notice of the change
  const fee = score.get('fee-change');
  if (fee && fee.raw >= 7 && has(L.NOTICE_VERB, r.q)) fee.adjusted += 4;
  // the action asked about is the one "the right to", "allowed to" governs ("Does a price rise give me the right to cancel?")
  for (const x of score.values()) if (x.at && RIGHT_TO.test(r.q.slice(Math.max(0, x.at.start - 30), x.at.start))) x.adjusted += 4;
  // "could I be banned for harassing people?": the act named after "for" is the cause of the right asked about, not a duty
  for (const a of ['terminate', 'suspend', 'remove-content'] as const) {
    const x = score.get(a);
    if (x?.at && /^[\w'-]*\s{1,4}(?:[\w'-]{1,40}\s{1,4})?for\s/.test(r.q.slice(x.at.end, x.at.end + 50)) && x.atMain) x.adjusted += 2;
  }
  // "how long do we have to cure it?": a question of time, not of a duty
  const duty = score.get('content-duty');
  if (duty && has(L.HOW_LONG, r.q) && L.DUTY_ASK.some((p) => p.test(r.q))) { duty.raw -= 4; duty.adjusted -= 4; }
  const t = score.get('terminate');
  const s = score.get('suspend');
  // "if my account stays suspended … can they end it": the suspension is the ground, the termination the act
  if (t && s && hitsOf(r.q, L.SUSPENDED_STATE).length) { s.raw -= 4; s.adjusted -= 4; }
  // both verbs: the one a modal governs is asked about ("before they may terminate")
  if (t?.at && s?.at && t.raw >= 3 && s.raw >= 3) {
    const modal = (h: Hit) => /\b(?:may|can|could|will|would|to|allowed to|right to)\s+(?:\w+\s+)?$/.test(r.q.slice(Math.max(0, h.start - 25), h.start));
    if (modal(t.at) && !modal(s.at)) t.adjusted += 1;
    else if (modal(s.at) && !modal(t.at)) s.adjusted += 1;
    else if (t.at.start < s.at.start) t.adjusted += 0.5;
    else s.adjusted += 0.5;
  }
  // refunds and charges are not termination questions ("If I cancel, do I get a refund?"); a charge in a
  // condition is the ground of one ("If my card can't be charged, can they terminate my account?")
  // (a refund asked with the cancelling it follows is a question about ending: "if I cancel within a week, do I get my money back?")
  const refund = t !== undefined && L.REFUND_ASK.test(r.q);
  if (!refund && hitsOf(r.q, [L.NOT_COVERED]).some((h) => !inSub(r, h))) for (const x of [t, s]) if (x) { x.raw -= 6; x.adjusted -= 6; }
  return [...score.values()].filter((x) => x.raw >= 3).sort((a, b) => b.adjusted - a.adjusted || ORDER.indexOf(a.action) - ORDER.indexOf(b.action));
}

// ── Who acts ─────────────────────────────────────────────────────────────────────────────────────

const setOf = (lex: Lexicon) => new Set(lex.entries);
const SKIP = setOf(L.SUBJECT_SKIP);
const CAUSATIVE = setOf(L.CAUSATIVE);
const OBJECT_SUBJECT = setOf(L.OBJECT_SUBJECT);
const GRANT = setOf(L.GRANT);
const AUX = setOf(L.AUX);
const TELLING = setOf(L.TELLING);
const TURN = new Set([...TELLING, ...L.TURN.entries]);
const FRAME = setOf(L.QUESTION_FRAME);
const SUBJECT_BEFORE = new Set([...AUX, ...L.SUBJECT_BEFORE.entries]);
const OWN_GROUP = setOf(L.OWN_GROUP);
const ASKER_WORDS = new Set(L.ASKER.entries);
const CUSTOMER_WORDS = new Set(L.CUSTOMER_WORD.entries.filter((e) => !e.includes(' ')));
const PROVIDER_WORDS = new Set(L.PROVIDER_WORD.entries);
const KNOWN = new Set([...SKIP, ...AUX, ...TURN, ...FRAME, ...ASKER_WORDS, ...CUSTOMER_WORDS, ...PROVIDER_WORDS, ...L.FUNCTION_WORDS.entries]);

function tokens(text: string): Array<{ word: string; start: number }> {
  return [...text.matchAll(/[a-z][a-z'-]*/g)].map((m) => ({ word: m[0], start: m.index }));
}

/** The side a word names as a subject, looking at the word before it ("our company", "the company"). */
function sideOfWord(word: string, before: string | undefined): Side | undefined {
  if (ASKER_WORDS.has(word)) return 'customer';
  if (OWN_GROUP.has(word) && (before === 'my' || before === 'our')) return 'customer';
  if (CUSTOMER_WORDS.has(word)) return 'customer';
  if (PROVIDER_WORDS.has(word)) return 'provider';
  return undefined;
}

/** A side and how it was found: by walking back from the verb, or as the subject of its clause. */
interface Subject { side: Side; how: 'walk' | 'clause' }

/**
 * The subject of the verb at `at`: walk back from the verb over modals and adverbs to the first word
 * that names a side ("can they", "for us to", "is Acme allowed to"); after a preposition or a verb of
 * telling ("warn me before suspending"), the subject of the clause.
 */
/** An aside just before the verb: ", as the customer, ", ", as a business user, ". */
const APPOSITION = /,\s{0,4}as\s{1,4}(?:an?\s{1,4}|the\s{1,4}|my\s{1,4}|our\s{1,4})?[\w-]{1,30}(?:\s{1,4}[\w-]{1,30})?\s{0,4},\s{0,4}$/;

function subjectOf(r: Reading, at: number): Subject | undefined {
  // "can I, as the customer, terminate …": an aside between commas leaves the verb its subject
  const aside = APPOSITION.exec(r.q.slice(Math.max(0, at - 60), at));
  const end = aside ? at - aside[0].length : at;
  const clauseStart = Math.max(...[';', ',', '?', ':', '.', '!'].map((c) => r.q.lastIndexOf(c, end - 1))) + 1;
  const words = tokens(r.q.slice(clauseStart, aside ? end : at));
  const walk = (side: Side): Subject => ({ side, how: 'walk' });
  for (let i = words.length - 1; i >= 0 && i >= words.length - 10; i--) {
    const w = words[i].word;
    const before = words[i - 1]?.word;
    if (SKIP.has(w)) continue;
    if (w === 'who') return undefined;
    const side = sideOfWord(w, before);
    // "can I have Acme terminate it", "can we get them to close it": the asker acts through the provider
    if (side === 'provider' && CAUSATIVE.has(before ?? '') && ASKER_WORDS.has(words[i - 2]?.word ?? '')) return walk('customer');
    if (side) return walk(side);
    if (w === 'me' || w === 'us') {
      const granted = /^(?:right|option|ability|permission|power)$/.test(words[i + 2]?.word ?? '');
      if (before && (OBJECT_SUBJECT.has(before) || (GRANT.has(before) && granted))) return walk('customer');
      break;
    }
    if (w === 'possible' || w === 'way') return walk('customer');
    if (TURN.has(w)) break;
    if (w === 'my' || w === 'our' || w === 'grounds' || w === 'ground' || w === 'for') continue;
    if (!KNOWN.has(w)) {
      if (CAUSATIVE.has(before ?? '') && ASKER_WORDS.has(words[i - 2]?.word ?? '')) return walk('customer');
      // a name after a verb of telling is its object ("give Acme Hosting notice to cancel"): the subject is the clause's
      let j = i - 1;
      while (j >= 0 && !KNOWN.has(words[j].word)) j--;
      if (j >= 0 && TELLING.has(words[j].word)) break;
      if (before === undefined || SUBJECT_BEFORE.has(before)) return walk('provider');
      if (/[A-Z]/.test(r.cased.charAt(clauseStart + words[i].start))) return walk('provider');
    }
  }
  // the subject of the clause: "will they warn me before suspending", "is the provider obliged to notify … ahead of terminating"
  for (let i = 0; i < words.length; i++) {
    const w = words[i].word;
    const before = words[i - 1]?.word;
    if (FRAME.has(w) || SKIP.has(w)) continue;
    const side = sideOfWord(w, before);
    if (side) return { side, how: 'clause' };
    if (w === 'possible' || w === 'way') return { side: 'customer', how: 'clause' };
    if (!KNOWN.has(w) && before !== undefined && AUX.has(before)) return { side: 'provider', how: 'clause' };
  }
  return undefined;
}

const PASSIVE_BEFORE = /\b(?:be|been|being|get|gets|got|getting|is|are|was|were|am)\s+(?:[\w'-]+\s+)?$/;
const PASSIVE_HIT = /^(?:gets?|got|getting|be|been|being|is|are|was|were|am)\s/;
const NOUN_FIRST = withFlags('')`^(?:${L.ACCOUNT_NOUN}|${L.CONTRACT_NOUN}|${L.PART_NOUN}|rights?)`;
const ACCOUNT_BEFORE = withFlags('')`${L.ACCOUNT_NOUN}\s{1,4}$`;
const WH_START = re`^${L.WH_OPENER}`;
const YES_NO_START = re`^${L.YES_NO_OPENER}`;
const IS_THERE_START = withFlags('')`^(?:[^;,]{0,200}[;,]\s{0,4})?${L.IS_THERE}`;
const PLACES_G = withFlags('gi')`${PLACE_NAMES}`;
const CONSUMER_SELF_G = withFlags('gi')`${L.CONSUMER_SELF}`;

/** Who holds the action said at one place: the provider of a passive, the asker's own cancellation, or the verb's subject. */
function holderAt(r: Reading, at: Hit): Subject | 'passive' | undefined {
  const before = r.q.slice(Math.max(0, at.start - 30), at.start);
  // "my account cancellation", "our termination": the asker's own
  if (/^(?:cancell?ation|termination)/.test(at.text) && /\b(?:my|our)\s+(?:[\w-]+\s+)?$/.test(before)) return { side: 'customer', how: 'walk' };
  // "be closed", "get banned", "account frozen", "a beta feature vanished", "my rights end": done to the asker, by someone unnamed
  if ((PASSIVE_HIT.test(at.text) && /(?:ed|en)$/.test(at.text)) || NOUN_FIRST.test(at.text)) return 'passive';
  if (/(?:ed|en|gone|down|off|out)$/.test(at.text) && (PASSIVE_BEFORE.test(before) || ACCOUNT_BEFORE.test(before))) return 'passive';
  // "what notice is needed to cancel …": no one named; the kind of action decides (holderOf)
  if (/\b(?:is|are)\s+(?:needed|required|necessary)\s+to\s+$/.test(before)) return undefined;
  return subjectOf(r, at.start);
}

/** The patterns that say an action, strongest first. */
function actionPatterns(action: Action): Array<ReadonlyArray<RegExp | Lexicon>> {
  return CUES.filter((c) => c.action === action && !c.indirect).sort((a, b) => b.weight - a.weight).map((c) => c.all[0]);
}

/**
 * Who holds the action a question asks about: either side when it names both; else the first place
 * the action is said that names a side, main clauses before subordinate ones ("If I cancel, does it
 * stop?" is the asker's cancellation; "If they shut it down, can I cancel?" too).
 */
function holderOf(r: Reading, action: Action): Subject | undefined {
  if (has(L.EITHER_SIDE, r.q)) return { side: 'either', how: 'walk' };
  const groups = actionPatterns(action).map((patterns) => hitsOf(r.q, patterns));
  let passive = false;
  for (const main of [true, false]) {
    for (const hits of groups) {
      for (const h of hits) {
        if (inSub(r, h) === main) continue;
        const side = holderAt(r, h);
        if (side === 'passive') passive = true;
        else if (side) return side;
      }
    }
  }
  // a passive with no side named elsewhere ("will my account be closed?"): the provider acts
  if (passive) return { side: 'provider', how: 'clause' };
  // an action named as a thing: "termination by the customer", "for us"; a suspension is the provider's, a cancellation or withdrawal window the customer's
  const all = groups.flat();
  if (all.length && /\b(?:for|to|by)\s+(?:the\s+)?(?:customers?|users?|subscribers?|me|us)\b/.test(r.q)) return { side: 'customer', how: 'clause' };
  if (all.length && /\bby\s+(?:the\s+)?(?:provider|company|vendor|them)\b/.test(r.q)) return { side: 'provider', how: 'clause' };
  if (all.some((h) => /^suspen/.test(h.text))) return { side: 'provider', how: 'clause' };
  // "what notice is needed to cancel a campaign?": cancelling with no one named is what a customer does
  if (all.some((h) => /^(?:cancel|withdrawal)/.test(h.text))) return { side: 'customer', how: 'clause' };
  return undefined;
}

const other = (s: Side): Side => (s === 'provider' ? 'customer' : s === 'customer' ? 'provider' : 'either');

// ── The other slots ──────────────────────────────────────────────────────────────────────────────

/** The clause a question's answer turns on: the first one opened by a question word or an auxiliary. */
function opener(r: Reading): 'wh' | 'yes-no' | undefined {
  for (const clause of r.q.split(/[,;:?!.]|\(|\)/)) {
    const c = clause.trim().replace(/^(?:so|and|but|ok|okay|also|then)\s+/, '');
    if (WH_START.test(c)) return 'wh';
    if (YES_NO_START.test(c)) return 'yes-no';
  }
  return undefined;
}

/** The actions that a notice precedes: only these are asked for a notice period. */
const NOTICE_ACTIONS = new Set<Action>(['terminate', 'suspend', 'modify-terms', 'fee-change', 'remove-content', 'auto-renewal']);

function readAsk(r: Reading, action: Action, about: Intent['about']): NonNullable<Intent['ask']> {
  const q = r.q;
  const wh = opener(r) === 'wh';
  const howLong = has(L.HOW_LONG, q);
  if (action === 'terminate' && !has(L.NOT_CURABLE, q) && (has(L.CURE_PERIOD, q) || (has(L.CURE_WORD, q) && (howLong || IS_THERE_START.test(q))))) return 'cure-period';
  const rulesNamed = has(L.CONTENT_RULES, q) && !L.YES_NO_OPENING.test(q);
  if (action === 'content-duty') return has(L.CATEGORIES_ASK, q) || rulesNamed || L.WHAT_IS_BANNED.test(q) || L.WHAT_AM_I_FORBIDDEN.test(q) || L.WHAT_RULE_COVERS.test(q) ? 'categories' : 'whether';
  if (action === 'remove-content' && (has(L.CATEGORIES_ASK, q) || rulesNamed)) return 'categories';
  if (action === 'governing-law' || action === 'jurisdiction') return opener(r) === 'yes-no' ? 'whether' : 'value';
  if (action === 'modify-terms' && about === 'channel') return 'value';
  const periodAsked = howLong || L.GIVEN_PERIOD.test(q) || L.WHAT_PERIOD.test(q) || has(L.PERIOD_ALTERNATIVE, q) || (has(L.PERIOD_WORD, q) && (wh || /\bis there\b/.test(q)));
  // ("can they close it right away, without the usual notice period?" asks whether, not how long)
  const noticeAsked = about !== 'objection' && NOTICE_ACTIONS.has(action) && !(L.AFTER_NOTICE.test(q) && !has(L.NOTICE_PERIOD, q.replace(L.AFTER_NOTICE, ''))) && !has(L.WITHOUT_NOTICE, q) &&
    (has(L.NOTICE_PERIOD, q) || L.HOW_MUCH_NOTICE.test(q) || L.WHAT_NOTICE.test(q) || (howLong && has(L.NOTICE_WORD, q)) ||
      (action === 'auto-renewal' && howLong && /\b(?:before|ahead|in advance|prior to|avoid|late)\b/.test(q)) ||
      // "how many days before the start date must a cancellation be made?": a step owed ahead of a date is notice
      (action === 'terminate' && howLong && /\b(?:before|ahead|in advance|prior to)\b/.test(q) && L.OWED_AHEAD.test(q)) ||
      ((action === 'modify-terms' || action === 'fee-change') && howLong && has(L.TAKE_EFFECT, q)));
  if (noticeAsked) return 'notice-period';
  if (periodAsked) return 'period';
  if (action === 'liability-cap' && wh) return 'value';
  return 'whether';
}

function readNotice(r: Reading): Intent['notice'] {
  const q = r.q;
  if (has(L.WITHOUT_NOTICE, q) || L.WITHOUT_NOTICE_PHRASE.test(q) || L.NOT_GIVE_NOTICE.test(q)) return 'without-notice';
  // ("it's free right now": a state now, not an act at once)
  if (has(L.IMMEDIATE, q.replace(L.STATE_NOW, ' '))) return 'immediate';
  if (/\b(?:advance|prior)\s+(?:notice|warning)\b|\bnotified\s+in\s+advance\b/.test(q) || L.WITH_NOTICE.test(q)) return 'advance';
  if (has(L.NOTICE_VERB, q) && has(L.BEFORE, q)) return 'advance';
  // "do I have to give 30 days' notice to end it?": a duty to give notice
  if (L.DUTY_TO_NOTIFY.some((p) => p.test(q))) return 'advance';
  return undefined;
}

const GROUND_ORDER: Array<[NonNullable<Intent['grounds']>, ReadonlyArray<RegExp | Lexicon>]> = [
  ['non-payment', [L.NON_PAYMENT, L.LATE_PAYMENT, L.FAILED_CHARGE]],
  ['suspension-unremedied', L.SUSPENDED_STATE],
  ['insolvency', [L.INSOLVENCY]],
  ['law', [L.LAW_GROUND]],
  ['inactivity', [L.INACTIVITY, L.STOP_USING]],
  ['convenience', [L.CONVENIENCE]],
  ['breach', [L.BREACH, L.BREAK_RULES]],
  ['cause', [L.CAUSE]],
  ['any', [L.ANY_GROUND]],
];

function readGrounds(r: Reading, action: Action): Intent['grounds'] {
  const found = GROUND_ORDER.filter(([grounds]) => grounds !== 'suspension-unremedied' || action === 'terminate')
    .map(([grounds, patterns]) => ({ grounds, at: hitsOf(r.q, patterns)[0]?.start }))
    .filter((g) => g.at !== undefined);
  // no reason and any reason, both said ("for any reason it likes, even without cause"): the one said first
  const loose = found.filter((g) => g.grounds === 'convenience' || g.grounds === 'any');
  const first = found[0];
  if (first && loose.length === 2 && found.every((g) => loose.includes(g))) return loose.sort((a, b) => a.at! - b.at!)[0].grounds;
  return first?.grounds;
}

/** The part of the service the action bears on ("a beta feature", "one add-on"), unless it is only a time ("after the free trial"). */
function partOf(r: Reading): string | undefined {
  const one = L.ONE_OF_SET.exec(r.q);
  if (one) return one[0].replace(/^(?:one|a single|an individual|individual|single)\s+/, '');
  for (const h of hitsOf(r.q, [L.PART_NOUN])) {
    const before = r.q.slice(Math.max(0, h.start - 24), h.start);
    if (/\b(?:after|during|following|before|throughout|since|until|of)\s{1,4}(?:the|my|our|a|an|your)?\s{0,4}$/.test(before)) continue;
    return h.text;
  }
  return undefined;
}


function readScope(r: Reading): Intent['scope'] {
  const scope: NonNullable<Intent['scope']> = {};
  const regions: string[] = [];
  const denied: string[] = [];
  // "for an agreement with Acme Ireland Limited": the contracting entity, whose name is no place
  const entity = entityIn(r.cased, true);
  if (entity) scope.entity = entity.name;
  for (const m of r.cased.matchAll(PLACES_G)) {
    const text = m[0];
    const start = m.index;
    if (entity && start >= entity.start && start < entity.end) continue;
    const beforeText = r.q.slice(Math.max(0, start - 40), start);
    const afterText = r.q.slice(start + text.length, start + text.length + 20);
    // "us" the pronoun, not the United States: only written "US", or "the us", "non-us", "us consumer"
    if (/^us$/i.test(text) && text !== 'US' && !/\b(?:the|non-?)\s*$/.test(beforeText) && !(/^\s+(?:consumers?|customers?|users?|residents?|citizens?|business(?:es)?|compan(?:y|ies)|based)\b/.test(afterText) && !/\b(?:of|for|to|let|with|from|give|gives)\s+$/.test(beforeText))) continue;
    if (/^(?:in|me|or|ok|oh|la|pa|de|al)$/i.test(text)) continue;
    if (some(L.LAW_PLACE_BEFORE, beforeText) || L.LAW_PLACE_AFTER.test(afterText)) continue;
    const place = canonicalPlace(text);
    if (!place) continue;
    // "I live in the US, not the EEA": a place the asker denies is no scope, beside one it names
    if (L.NOT_PLACE.test(beforeText)) { if (!denied.includes(place)) denied.push(place); continue; }
    if (L.OUTSIDE_PLACE.test(beforeText)) scope.outside = true;
    if (!regions.includes(place)) regions.push(place);
  }
  // ("I'm not in the EEA": alone, it says where the asker is not)
  if (!regions.length && denied.length) { regions.push(...denied); scope.outside = true; }
  if (regions.length) scope.regions = regions;
  const consumer = [...r.q.matchAll(CONSUMER_SELF_G)].some((m) => !L.NOT_A.test(r.q.slice(0, m.index)));
  if (some(L.BUSINESS_SELF, r.q) && !/\bnot\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:business|company)\b/.test(r.q)) scope.customer = 'business';
  else if (consumer || L.PERSONAL_USE.test(r.q)) scope.customer = 'consumer';
  if (L.GOVERNMENT_SELF.test(r.q)) { scope.entity = 'government'; scope.customer = 'business'; }
  const plan = L.PLAN.exec(r.q);
  if (plan) scope.plan = plan[0].charAt(0).toUpperCase() + plan[0].slice(1);
  return Object.keys(scope).length ? scope : undefined;
}

function readTiming(r: Reading, action: Action): Intent['timing'] {
  const q = r.q;
  if (action === 'data-after-termination') return some(L.END_EVENT, q) ? 'after-end' : undefined;
  if ((action === 'fee-change' || action === 'modify-terms') && some(L.AT_RENEWAL, q) && !some(L.MID_TERM, q)) return 'at-renewal';
  if (some(L.MID_TERM, q)) return 'mid-term';
  if ((action === 'acceptance-by-use' || action === 'arbitration') && (has(L.CHANGE_VERB, q) || some(L.CHANGE_NOUN, q) || some(L.CHANGE_TERMS, q))) return 'after-change';
  return undefined;
}

function readAbout(r: Reading, action: Action): Intent['about'] {
  const q = r.q;
  // ("could I lose my data?" asks whether it goes, a yes meaning it does: a deletion question, whatever else it says)
  // ("could I lose my files?" asks of losing them, by deletion or by lost access; "will they delete …?" of deletion)
  if (action === 'data-after-termination') return LOSE.test(q) ? 'loss' : has(L.RETRIEVAL, q) ? 'retrieval' : 'deletion';
  if (action === 'arbitration' && has(L.OPT_OUT, q)) return 'opt-out';
  // "does the provider pay the arbitration filing fees?": who bears the costs of arbitrating, not whether one must
  if (action === 'arbitration' && has(L.COSTS_ASK, q)) return 'costs';
  if (action === 'fee-change' && some(L.NEW_FEE_ASK, q)) return 'new-fee';
  if (action === 'modify-terms' && (L.CHANNEL.test(q) || has(L.CHANNEL_WORDS, q))) return 'channel';
  if (action === 'modify-terms' && has(L.OBJECTION, q)) return 'objection';
  if (action === 'liability-cap' && has(L.EXCLUSION_ASK, q) && !has(L.CAP_ASK, q)) return 'exclusion';
  if (action === 'jurisdiction' && L.LOCAL_COURTS_ASK.some((p) => p.test(q))) return 'local-courts';
  if (action === 'auto-renewal' && has(L.REMINDER_ASK, q)) return 'reminder';
  if (action === 'content-duty' && L.WATCH_ASK.test(q)) return 'monitoring';
  if (action === 'terminate' && L.REFUND_ASK.test(q)) return 'refund';
  return undefined;
}

/**
 * What a yes to a content question means: a word of prohibition in its main clause ("is scraping
 * prohibited?", "am I barred from …") with no word of permission beside it ("am I allowed to …") asks
 * whether the thing is prohibited; "not allowed" is a prohibition, not a permission.
 */
function readFraming(r: Reading): Intent['framing'] {
  const prohibition = hitsOf(r.q, [L.PROHIBITION_ASK]).filter((h) => !inSub(r, h));
  if (!prohibition.length) return undefined;
  const covered = (h: Hit) => prohibition.some((p) => h.start >= p.start && h.end <= p.end);
  const permission = hitsOf(r.q, [L.PERMISSION_ASK]).filter((h) => !inSub(r, h) && !covered(h));
  return permission.length ? 'permission' : 'prohibition';
}

/** Words that only frame a may-I question ("allowed", "use", "post"): not among a content question's terms. */
const FRAME_STEMS = new Set(contentStems(L.FRAME_WORDS.entries.join(' ')));

/**
 * Read an English question into an {@link Intent}. Returns undefined when the question is not one
 * tos-clauses understands.
 */
export function parseQuestion(question: string): Intent | undefined {
  const r = prepare(question);
  if (!r.q) return undefined;
  const best = scoreActions(r)[0];
  if (!best) return undefined;
  const action = best.action;
  const intent: Intent = { action, ask: 'whether' };
  const about = readAbout(r, action);
  intent.ask = readAsk(r, action, about);
  const rightHolder = action === 'terminate' || action === 'suspend' || action === 'remove-content' || action === 'modify-terms' || action === 'fee-change';
  if (rightHolder) {
    const holder = holderOf(r, action);
    if (action === 'terminate' || action === 'suspend') {
      if (intent.ask === 'cure-period') {
        // the side in breach has the time to cure; the other holds the right to terminate
        // the side in breach: the subject of "breach", "fix", "cure" ("if I breach", "how long do they have to fix it"); a late payment is the customer's
        const breach = hitsOf(r.q, [L.BREACH, L.BREAK_RULES, L.CURE_WORD]).filter((h) => /^(?:breach|violat|break|broke|cure|remed|fix|put|pay|settle|rectify|correct|make)/.test(h.text))
          .map((h) => subjectOf(r, h.start)).find((x) => x?.how === 'walk');
        const late = hitsOf(r.q, [L.NON_PAYMENT, L.LATE_PAYMENT]).length > 0;
        const by = holder?.side ?? (breach ? other(breach.side) : late ? 'provider' : undefined);
        if (by) { intent.by = by; intent.breaching = other(by); }
      } else if (holder) intent.by = holder.side;
      else if (/\b(?:my|our|me|us|your)\b/.test(r.q)) intent.by = 'provider';
    } else if (about !== 'objection') {
      // a change, a removal or a price is the provider's, unless the asker is its subject ("can I change …")
      const asker = actionPatterns(action).flatMap((p) => hitsOf(r.q, p)).some((h) => /\b(?:can|could|may|might|will|would|shall|should|must|do|did|want to|need to)\s+(?:i|we)\s+(?:[\w'-]+\s+)?$/.test(r.q.slice(Math.max(0, h.start - 30), h.start)));
      intent.by = asker ? 'customer' : 'provider';
    }
  }
  if (intent.ask === 'whether') {
    const notice = readNotice(r);
    if (notice) intent.notice = notice;
    // "do they have to give me 30 days' notice?": the period asked about, written just before "notice"
    if (notice === 'advance') {
      const d = findDurations(r.q).find((x) => /^['’]?s?\s{0,4}(?:\(\w{1,20}\)\s{0,4})?(?:prior\s{1,4}|advance\s{1,4}|written\s{1,4}){0,2}notice\b/.test(r.q.slice(x.end, x.end + 40)));
      if (d) intent.period = { amount: d.amount, unit: d.unit };
    }
  }
  // "if it doesn't actually violate the policies, will they still take it down?": content that keeps to the rules
  const compliant = action === 'remove-content' && supposesCompliance(r.q);
  if (compliant) intent.compliant = true;
  if (rightHolder) {
    const grounds = readGrounds(r, action);
    if (grounds && !(compliant && grounds === 'breach')) intent.grounds = grounds;
    if (intent.ask === 'cure-period' && !intent.grounds) intent.grounds = 'breach';
  }
  if (action === 'terminate') {
    const part = partOf(r);
    if (part) { intent.object = 'part'; intent.part = part; }
    else if (some(L.SHUTDOWN, r.q)) intent.object = 'service';
  }
  const scope = readScope(r);
  if (scope) intent.scope = scope;
  const timing = readTiming(r, action);
  if (timing) intent.timing = timing;
  if ((action === 'modify-terms' || action === 'fee-change') && has(L.UNILATERAL, r.q)) intent.unilateral = true;
  if (about) intent.about = about;
  // "is my own liability capped if I have to indemnify them?": the customer's liability, not the provider's
  if (action === 'liability-cap' && has(L.OWN_LIABILITY, r.q)) intent.by = 'customer';
  // "can they take me to court where I live?": the provider suing; "can I sue them in my country?": the asker
  if (about === 'local-courts') intent.by = L.SUED_ASKER.test(r.q) ? 'provider' : 'customer';
  if (action === 'content-duty' || action === 'remove-content') {
    const categories = categoriesAsked(r);
    if (categories.length) intent.categories = categories;
  }
  if (action === 'content-duty' && intent.ask === 'whether') {
    const framing = asksDuty(r) ? 'duty' : readFraming(r);
    if (framing === 'prohibition' || framing === 'duty') intent.framing = framing;
  }
  if (action === 'terminate' || action === 'suspend') {
    // "shut off my account", "close or freeze it": either right answers; the other is tried when the first is silent
    if (some(L.COORDINATED, r.q) || some(L.EITHER_ACTION, r.q)) intent.alternative = action === 'terminate' ? 'suspend' : 'terminate';
  }
  // the question's own words; in a may-I question, not the words that only ask it ("allowed", "post"), which every prohibition shares
  const terms = contentStems(question.replace(/[’‘`]/g, "'")).filter((t) => action !== 'content-duty' || !FRAME_STEMS.has(t));
  if (terms.length) intent.terms = terms;
  return intent;
}
