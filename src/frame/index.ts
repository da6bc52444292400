/**
 * Frames: the one reading of a provision that every clause type shares. For each predicate (an
 * action a modal governs), the frame says who holds it, whether the clause denies it, what it bears
 * on, on what conditions and with what exceptions, with what notice and timing, and for whom (its
 * scope). A clause type is a view of frames: it picks the frames of its actions and names their
 * fields; it does not read the sentence again.
 */
import type { Grounds, Party, Scope } from '../schema/index.js';
import type { Parties } from '../annotate/parties.js';
import { nearestParty, partyOf } from '../annotate/parties.js';
import { readGrounds, readNotice, type NoticeFacts } from '../annotate/facts.js';
import { readVerbs } from '../annotate/nlp.js';
import { re, withFlags } from '../lexicon/compose.js';
import { groundsOf } from '../lexicon/grounds.js';
import { CONDITION_OPENER, EXCEPTION_OPENER } from '../lexicon/modality.js';
import type { Predicate } from './predicates.js';
import { headingScope, readScope, toScope } from './scope.js';

export type { Predicate } from './predicates.js';
export { findPredicates } from './predicates.js';

/** The text a frame reads: a provision's text, heading and headings. */
export interface FrameSource {
  text: string;
  heading: string;
  headings: readonly string[];
  /** Listed items of the provision (a lead-in's list, or "(a) … (b) …" inside a sentence). */
  items?: ReadonlyArray<{ start: number; end: number }>;
}

/** A part of a main clause: the main words, a condition ("if …"), an exception ("unless …") or a proviso. */
export interface Segment {
  kind: 'main' | 'condition' | 'exception' | 'proviso';
  start: number;
  end: number;
}

/** An exception to a frame ("except where prohibited by law", "unless you are a consumer in the EU"), with its scope. */
export interface Exception {
  text: string;
  start: number;
  end: number;
  /** The scope the exception carves out, when it names one: the frame does not hold there. */
  scope?: Scope;
}

/** The shared reading of one predicate. */
export interface Frame {
  predicate: Predicate;
  /** The main clause the predicate stands in: from its start (after a ";") to the next main clause. */
  clause: { start: number; end: number };
  segments: Segment[];
  holder: { party: Party; phrase: string; sure: boolean };
  negated: boolean;
  exceptions: Exception[];
  /** The grounds of the right: of its main words and conditions, not of its exceptions, and of the heading. */
  grounds: Grounds[];
  /** Notice and periods: the notice of the main words, cure and other periods of the whole clause. */
  timing: NoticeFacts;
  /** Who the frame is limited to (its own words, else its headings); absent when it holds for everyone. */
  scope?: Scope;
}

/** A new main clause after the predicate: ", and we may …", "; Customer will …" ("; provided you give 7 days' notice" carries on). */
const NEXT_MAIN = withFlags('g')`;(?!\s{0,4}(?:provided|except|unless|save|subject to|other than)\b)|,\s{1,4}(?:and|but|or|while|whereas)\s{1,4}(?=(?:we|you|either party|each party|the (?:company|customer|provider|user)s?|[A-Z][\w-]{1,40}(?:\s[A-Z][\w-]{1,40})?)\s{1,4}(?:may|will|shall|can|must|reserves?|retains?|agrees?|is|are)\b)`;
// "(as provided below)", "as if": a participle or comparison, not an opener of its own part
// "If you live in X then these terms are governed by …": "then" closes a condition written without a comma
const SEGMENT_CUT = withFlags('g')`,\s{0,4}|\s{1,4}then\s{1,4}(?=[a-z])|\s{1,4}(?=\((?:[a-z]|[ivx]{1,40}|\d{1,12})\)\s)|(?<!\bas)\s{1,4}(?=(?:provided|except|unless|if|where|in the event|save)\b)`;
const CONDITION_START = re`^\s{0,4}(?:or\s{1,4}|and\s{1,4})?${CONDITION_OPENER}\b`;
const EXCEPTION_START = re`^\s{0,4}${EXCEPTION_OPENER}`;
const PROVISO_START = re`^\s{0,4}(?:provided|subject to|notwithstanding)\b`;
const LONE_OPENER = re`^\s{0,4}(?:except|unless|save|provided|other than|excluding)\s{0,4}$`;
// "except where required by law, in which case they take effect at once": the consequence belongs to the exception
const CONTINUES = re`^\s{0,4}in\s{1,4}(?:which|that|such)\s{1,4}(?:case|event)\b|^\s{0,4}(?:or|and|and/or)\b(?!\s{1,4}(?:we|you|either|each|[A-Z][\w-]{1,40}\s{1,4}(?:may|will|shall|can|must))\b)|^\s{0,4}\((?:[a-z]|[ivx]{1,40}|\d{1,12})\)`;

/**
 * The bounds of the main clause a predicate at `at` stands in. A lead-in's listed items are its
 * conditions: a predicate before the first item reaches over all of them.
 */
export function clauseAround(text: string, at: number, itemsStart = Infinity): { start: number; end: number } {
  // the last ";" before the predicate (outside a lead-in's items), found by binary search in the text's
  // semicolons, listed once per text: a scan back per predicate would make a long sentence quadratic
  const stops = semicolonsOf(text);
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (stops[mid] < Math.min(at, itemsStart)) lo = mid + 1; else hi = mid; }
  const start = lo > 0 ? stops[lo - 1] + 1 : 0;
  let end = text.length;
  if (at < itemsStart && itemsStart < text.length) return { start, end };
  // the next main clause is looked for in a bounded window after the predicate (a clause runs on for at
  // most a few sentences' worth of words; searching to the end for every predicate would be quadratic)
  const window = text.slice(at, at + CLAUSE_REACH);
  NEXT_MAIN.lastIndex = 0;
  const next = NEXT_MAIN.exec(window);
  if (next) end = at + next.index;
  return { start, end };
}

/** How far after a predicate its clause may run before the next main clause is no longer looked for. */
const CLAUSE_REACH = 1500;

let lastText = '';
let lastStops: number[] = [];
function semicolonsOf(text: string): number[] {
  if (text !== lastText) {
    lastStops = [];
    for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) lastStops.push(i);
    lastText = text;
  }
  return lastStops;
}

/** Split a main clause into its parts: main words, conditions, exceptions and provisos. */
export function segmentsOf(text: string, clause: { start: number; end: number }): Segment[] {
  const body = text.slice(clause.start, clause.end);
  const cuts = [0];
  for (const m of body.matchAll(SEGMENT_CUT)) cuts.push(m.index! + m[0].length);
  cuts.push(body.length);
  // pieces between cuts; "except where …", "unless if …": an opener on its own joins the words after it
  const pieces: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && LONE_OPENER.test(body.slice(last[0], last[1]))) last[1] = cuts[i + 1];
    else pieces.push([cuts[i], cuts[i + 1]]);
  }
  const out: Segment[] = [];
  for (const [from, to] of pieces) {
    const piece = body.slice(from, to);
    if (!piece.trim()) continue;
    const prev = out[out.length - 1];
    let kind: Segment['kind'] = PROVISO_START.test(piece) ? 'proviso' : EXCEPTION_START.test(piece) ? 'exception' : CONDITION_START.test(piece) ? 'condition' : 'main';
    // "if you (a) fail to pay, or (b) breach": the parts of a condition or exception carry on; a proviso
    // ("provided that …") runs to the end of the clause
    if (prev && prev.kind === 'proviso') kind = 'proviso';
    else if (kind === 'main' && prev && prev.kind !== 'main' && CONTINUES.test(piece)) kind = prev.kind;
    const start = clause.start + from;
    const end = clause.start + to;
    if (prev && prev.kind === kind) prev.end = end;
    else out.push({ kind, start, end });
  }
  // "Provided that we have complied with the code this Agreement may be terminated …": a fronted proviso
  // with no comma after it holds the main words too; a clause has main words, so its first part is read as them
  if (out.length && !out.some((s) => s.kind === 'main')) out[0] = { ...out[0], kind: 'main' };
  return out;
}

function textOf(text: string, segments: Segment[], kinds: ReadonlyArray<Segment['kind']>): string {
  // keep positions: the other parts become spaces, so words never join across a gap
  let out = '';
  let at = segments[0]?.start ?? 0;
  for (const s of segments) {
    out += ' '.repeat(Math.max(0, s.start - at));
    out += kinds.includes(s.kind) ? text.slice(s.start, s.end) : ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out;
}

/** Who holds the right of a predicate: the subject of its clause, or the agent of a passive ("may be suspended by us"). */
export function holderOf(text: string, predicate: Predicate, parties: Parties): Frame['holder'] {
  // "the cancellation of an Order must be made in writing": the procedure binds whoever cancels, the customer
  // (the provider's own endings are not written as a procedure it must follow), unless a party's name owns it
  if (predicate.modal === 'procedure') {
    const before = text.slice(Math.max(0, predicate.at - 40), predicate.at);
    const owner = nearestParty(before, before.length, parties);
    return owner.party === 'provider' ? { ...owner, sure: false } : { party: 'customer', phrase: '', sure: false };
  }
  if (predicate.form !== 'active') {
    const rest = text.slice(predicate.at);
    const by = /^[^.;]{0,60}?\bby (us|you|either party|the provider|the customer|[A-Z][\w.&-]+)/.exec(rest);
    if (by) {
      const party = partyOf(by[1], parties);
      // "terminated by YOU or ASUS", "by either you or us": each side named holds it (a name not the customer's is the provider's)
      const orOther = /^\s{1,4}or\s{1,4}(us|you|we|the provider|the customer|[A-Z][\w.&-]{0,40})\b/.exec(rest.slice(by[0].length, by[0].length + 50));
      if (orOther && bothSides(by[1], orOther[1], parties)) return { party: 'either', phrase: `${by[1]} or ${orOther[1]}`, sure: true };
      // "may be suspended by Palisade": a named agent that is not the customer is, in all likelihood, the provider
      if (party === 'unknown' && /^[A-Z]/.test(by[1])) return { party: 'provider', phrase: by[1], sure: false };
      return { party, phrase: by[1], sure: true };
    }
    return { party: 'provider', phrase: '', sure: false };
  }
  // "Your rights under these Terms will automatically terminate if …": an ending that happens of itself
  // is the provider's to apply, whoever's rights it ends
  const subject = AUTOMATIC_SUBJECT.exec(text.slice(Math.max(0, predicate.modalAt - 120), predicate.modalAt));
  if (subject && /^(?:will|shall)$/i.test(predicate.modal)) {
    // "If you delete or we disable your account, these Terms shall terminate": whoever's act ends it holds the ending
    const acts = ENDED_BY_ACT.exec(text.slice(Math.max(0, predicate.modalAt - 200), predicate.modalAt));
    if (acts) {
      const sides = new Set([acts[1], acts[2]].filter(Boolean).map((w) => (/^you$/i.test(w!) ? 'customer' : 'provider')));
      return { party: sides.size > 1 ? 'either' : [...sides][0] as Frame['holder']['party'], phrase: acts[0].trim(), sure: false };
    }
    return { party: 'provider', phrase: subject[0].trim(), sure: false };
  }
  // "You or we may suspend or terminate your account": both sides named as the subject hold it
  const pair = BOTH_SUBJECT.exec(text.slice(Math.max(0, predicate.modalAt - 80), predicate.modalAt));
  if (pair && bothSides(pair[1], pair[2], parties)) return { party: 'either', phrase: `${pair[1]} or ${pair[2]}`, sure: true };
  const near = nearestParty(text, predicate.modalAt, parties);
  if (near.party !== 'unknown') return { ...near, sure: true };
  // no party word before the modal: where a name the document does not define stands there ("Corvid Mail
  // may …"), the NLP layer finds the subject, reading only the clause around the predicate; a proper name
  // that is not the customer's is, in all likelihood, the provider's
  const from = Math.max(0, predicate.modalAt - 200);
  if (!NAME_BEFORE.test(text.slice(from, predicate.modalAt))) return { party: 'unknown', phrase: '', sure: false };
  const word = text.slice(predicate.at, predicate.at + 20).split(/\s+/)[0].replace(/[^\w]/g, '');
  for (const v of readVerbs(text.slice(from, Math.min(text.length, predicate.end + 100)), word)) {
    const party = partyOf(v.subject, parties);
    if (party !== 'unknown') return { party, phrase: v.subject, sure: false };
    if (PROPER_NAME.test(v.subject)) return { party: 'provider', phrase: v.subject, sure: false };
  }
  return { party: 'unknown', phrase: '', sure: false };
}

/** Do two names stand for the two sides (a name that is not the customer's is, in all likelihood, the provider's)? */
function bothSides(a: string, b: string, parties: Parties): boolean {
  const side = (name: string) => {
    const named = partyOf(name, parties);
    return named === 'unknown' && /^[A-Z]/.test(name) ? 'provider' : named;
  };
  const sides = new Set([side(a), side(b)]);
  return sides.has('provider') && sides.has('customer');
}

/** Two sides as one subject, just before the modal: "You or we", "either you or Acme", "we and you". */
const BOTH_SUBJECT = withFlags('')`(?:^|[^\w\s]\s{0,4}|\b[Ee]ither\s{1,4})\b([Yy]ou|[Ww]e|[Tt]he [Cc]ustomer|[Cc]ustomer|[A-Z][\w.&-]{1,40})\s{1,4}(?:or|and|and\/or)\s{1,4}(you|we|us|the [Cc]ustomer|[Cc]ustomer|[A-Z][\w.&-]{1,40})\s{1,4}$`;

/** A condition that is a side's own act of ending: "If you delete or we disable your account, …". */
const ENDED_BY_ACT = re`\b(?:if|when|once|upon)\s{1,4}(you|we)\s{1,4}(?:\w{1,20}\s{1,4})?(?:delete|close|cancel|terminate|deactivate|disable)[a-z]{0,3}\b(?:\s{1,4}or\s{1,4}(you|we)\s{1,4}(?:delete|close|cancel|terminate|deactivate|disable)[a-z]{0,3}\b)?`;

/** A capitalised word not at the start of the text: a name that may be the subject. */
const NAME_BEFORE = withFlags('')`\S\s{1,4}[A-Z][a-z]{1,30}`;
const PROPER_NAME = withFlags('')`^(?!The\b|This\b|These\b|Such\b|Any\b|All\b|Each\b)[A-Z][\w&.-]{0,30}(?:\s[A-Z][\w&.-]{0,30}){0,3}$`;

/** A thing, not a party, as the subject of an ending: "Your rights under these Terms", "the licence granted to you". */
const AUTOMATIC_SUBJECT = re`\b(?:your|the customer['’]s|customer['’]s|the user['’]s|user['’]s|its|their|the|this|these)\s{1,4}(?:[\w-]{1,30}\s{1,4}){0,2}?(?:rights?|licen[cs]es?|account|access|subscription|membership|permissions?|agreement|terms)\b(?:\s{1,4}(?:under|to|granted|hereunder|in)\b[^,;]{0,60})?\s{1,4}$`;

/** "will not suspend … without first giving ten days' notice": a denial that names its condition grants the right on it. */
const DENIED_WITHOUT = re`^[^.;]{0,100}?\bwithout (?:first )?(?:giving|providing|sending|prior|advance|written|reasonable|at least)?\b[^.;]{0,60}\bnotice\b`;

/** A proviso that gives the right's notice: "provided (that) you give Acme at least 7 days' prior notice". */
const GIVES_NOTICE = re`^\s{0,4}provided\b[^.;]{0,60}\b(?:give|gives|giving|provide|provides|providing|serve|serves|send|sends)\b[^.;]{0,60}\bnotice\b`;

/** Read the frame of one predicate of a provision. */
export function readFrame(source: FrameSource, predicate: Predicate, parties: Parties): Frame {
  const { text } = source;
  const clause = clauseAround(text, predicate.at, source.items?.length ? Math.min(...source.items.map((i) => i.start)) : Infinity);
  const segments = segmentsOf(text, clause);
  let negated = predicate.negated;
  if (negated && DENIED_WITHOUT.test(text.slice(predicate.at))) negated = false;
  const exceptions: Exception[] = segments.filter((s) => s.kind === 'exception').map((s) => {
    const words = text.slice(s.start, s.end).trim().replace(/[,;:.\s]{1,40}$/, '');
    const scope = readScope(words);
    return { text: words, start: s.start, end: s.end, ...(scope ? { scope: toScope(scope) } : {}) };
  });
  const main = textOf(text, segments, ['main']);
  const operative = textOf(text, segments, ['main', 'condition']);
  const whole = text.slice(clause.start, clause.end);
  // notice and immediacy are the main words' (else the conditions'); a notice written only in a proviso
  // or an exception ("… immediately due and payable") is not the right's; cure and trigger periods may
  // stand anywhere in the clause
  const specified = (n: NoticeFacts['notice']) => n.kind !== 'unspecified' || n.immediate === true;
  const inMain = readNotice(main).notice;
  const all = readNotice(whole);
  // … except a proviso that gives the notice itself ("; provided you give us at least 7 days' prior notice")
  const inOperative = specified(inMain) ? inMain : readNotice(operative).notice;
  const provisoNotice = specified(inOperative) ? undefined : segments.filter((s) => s.kind === 'proviso').map((s) => text.slice(s.start, s.end)).find((t) => GIVES_NOTICE.test(t));
  const timing: NoticeFacts = { notice: provisoNotice ? readNotice(provisoNotice).notice : inOperative, cure: all.cure, periods: all.periods };
  const grounds = groundsOf(readGrounds(operative), readGrounds(source.heading), whole, segments.some((s) => s.kind === 'condition'));
  const own = readScope(operative);
  const scope = own ? toScope(own) : headingScope(source.headings);
  return {
    predicate,
    clause,
    segments,
    holder: holderOf(text, predicate, parties),
    negated,
    exceptions,
    grounds,
    timing,
    ...(scope ? { scope } : {}),
  };
}
