/**
 * Termination and suspension rights. A provision holds a right when an action word ("terminate",
 * "suspend", "cancel", "freeze", …) is governed by a modal or a right ("may", "reserves the right
 * to"), stands in a passive with a modal ("may be suspended"), or follows a consequence ("will
 * result in immediate account termination", "subject to cancellation"). Mere mentions ("upon
 * termination", "survive termination") are not rights.
 */
import type { Condition, Grounds, Party, Span, TerminationClause } from '../schema/index.js';
import { leafItems, type Provision } from '../segment/index.js';
import { escapeRegExp } from '../annotate/parties.js';
import { DEFINITION } from '../annotate/names.js';
import { readEffect, readGrounds, readNotice } from '../annotate/facts.js';
import { ANY_TIME, groundsOf } from '../lexicon/grounds.js';
import { toDuration } from '../annotate/durations.js';
import { common, type ClassifyContext } from './base.js';
import { clauseAround, findPredicates, readFrame, type Frame, type Predicate } from '../frame/index.js';
import { complementOf, readScope, toScope } from '../frame/scope.js';
import { CONTENT, SUSPENSION_NOUN, SUSPENSION_VERBS, TERMINATION_NOUN, TERMINATION_VERBS } from '../lexicon/actions.js';
import { lexicon, re, within, withFlags } from '../lexicon/compose.js';

type Kind = 'termination' | 'suspension';

const ACTIONS = [['termination', TERMINATION_VERBS], ['suspension', SUSPENSION_VERBS]] as const;
const NOUNS = [['termination', TERMINATION_NOUN], ['suspension', SUSPENSION_NOUN]] as const;
const WHENEVER = re`\bwhenever\b`;
const ENDING_WORD = re`\b(?:cancel\w{0,40}|terminat\w{0,40}|end(?:s|ing)?|clos\w{0,40}|downgrad\w{0,40}|change)\b`;

/** Find the rights (not mere mentions) to terminate or suspend in a text. */
export function findRights(text: string): Predicate[] {
  return findPredicates(text, ACTIONS, NOUNS, { notBefore: CONTENT });
}

export type { ClassifyContext } from './base.js';

function conditionsOf(p: Provision, ctx: ClassifyContext, from = 0, to = p.text.length): Condition[] {
  // leaf items: an item whose range holds other items is their lead, not a condition of its own
  const leaves = leafItems(p, from, to);
  const out = leaves.map((it) => {
    const text = p.text.slice(it.start, it.end).trim();
    return { label: it.label, section: it.section, text, grounds: readGrounds(text), span: ctx.span(p.offs[it.start], p.offs[Math.max(it.start, it.end - 1)] + 1) };
  });
  if (out.length) return out;
  const part = p.text.slice(from, to);
  const cond = /\b(?:if|in the event (?:that )?|should)\s+[^.;]*/i.exec(part) ??
    /\bwhere\s+(?!(?:possible|practicable|applicable|appropriate|required|permitted|feasible|necessary)\b)[^.;]*/i.exec(part);
  if (cond && cond[0].length > 12) {
    const start = from + cond.index;
    // a fronted condition ends where the main clause begins: "If we find a violation, we may …"
    const main = /,\s+(?:then\s+)?(?:we|you|it|they|the \w+|[A-Z][\w-]*(?: [A-Z][\w-]*)?)\s+(?:may|can|will|shall|might|reserves?|retains?|has|have|is entitled|are entitled)\b/.exec(cond[0]);
    const end = start + (main ? cond[0].slice(0, main.index) : cond[0]).replace(/[\s,]{1,40}$/, '').length;
    return [{ section: p.section, text: p.text.slice(start, end), grounds: readGrounds(p.text.slice(start, end)), span: ctx.span(p.offs[start], p.offs[end - 1] + 1) }];
  }
  return [];
}

// where one sentence gives a right on two notices: "on sixty days' notice for convenience, or immediately upon notice if …",
// "… five days' notice before suspending for non-payment, but may suspend without prior notice to …"
/** Words that open a second notice for the same right ("…, or immediately upon notice if …"). */
const TIMING_OPENER = lexicon('timing-opener', ['immediately', 'forthwith', 'without', 'upon', 'on', 'with', 'by giving', 'after']);
const ALTERNATIVE = withFlags('gi')`(?:,\s{0,4}(?:or|but|and)|\s{1,4}(?:or|but))\s{1,4}(?=(?:\w{1,40}\s{1,4}){0,3}?${TIMING_OPENER})|;\s{0,4}(?:but|however|provided,? however,? that|except that)\b,?\s{0,4}`;

/** One part of a sentence that gives a right on its own notice. */
interface Alternative { from: number; to: number; facts: ReturnType<typeof readNotice> }

/** The parts of a sentence that each give the right on their own notice; empty when they do not differ. */
function alternatives(text: string): Alternative[] {
  const cuts = [...text.matchAll(ALTERNATIVE)].map((m) => [m.index!, m.index! + m[0].length] as const);
  if (!cuts.length) return [];
  const parts: Alternative[] = [];
  let start = 0;
  for (const [at, next] of [...cuts, [text.length, text.length] as const]) {
    parts.push({ from: start, to: at, facts: readNotice(text.slice(start, at)) });
    start = next;
  }
  // every part names its own notice, and not all the same one
  const notices = parts.map((a) => a.facts.notice);
  if (notices.some((n) => n.kind === 'unspecified' && !n.immediate)) return [];
  const keys = new Set(notices.map((n) => `${n.kind}:${n.period?.amount ?? ''}${n.period?.unit ?? ''}:${n.immediate ?? ''}`));
  return keys.size > 1 ? parts : [];
}

/** Classify one provision: one clause per kind (termination, suspension) and main clause, or one per alternative notice. */
export function classifyTermination(p: Provision, ctx: ClassifyContext): TerminationClause[] {
  const hits = findRights(p.text);
  if (!hits.length) return [];
  const out: TerminationClause[] = [];
  for (const kind of ['termination', 'suspension'] as const) {
    // one right per main clause: "You may cancel at any time; we may terminate on thirty days' notice" holds two
    const byClause = new Map<number, Predicate[]>();
    for (const h of hits) {
      if (h.kind !== kind) continue;
      const start = clauseAround(p.text, h.at, p.items.length ? Math.min(...p.items.map((i) => i.start)) : Infinity).start;
      byClause.set(start, [...(byClause.get(start) ?? []), h]);
    }
    for (const mine of byClause.values()) {
      // the verb of the clause before a consequence noun ('cannot be terminated individually, termination of one … will result in termination of all')
      const hit = mine.find((h) => !h.negated && h.form !== 'noun') ?? mine.find((h) => h.form !== 'noun') ?? mine.find((h) => !h.negated) ?? mine[0];
      out.push(...view(p, readFrame(p, hit, ctx.parties), kind, ctx));
    }
  }
  return out;
}

/** A lead-in that lists acts, not conditions: "we may take any of the following actions:", "we'll do one or more of the following:". */
const LISTS_ACTS = re`(?:\b(?:may|will|shall|can|reserves?\s{1,4}the\s{1,4}right\s{1,4}to)|[’']ll)\s{1,4}(?:[a-z]{1,20}\s{1,4}){0,2}?(?:do|take)\b[^.:;]{0,60}?\bthe\s{1,4}following(?:\s{1,4}(?:actions|measures|steps))?\s{0,4}:\s{0,4}$`;

/** The lead of a provision whose items are the acts its right may take, or undefined. */
function actsListed(p: Provision): string | undefined {
  if (!p.items.length) return undefined;
  const lead = p.text.slice(0, Math.min(...p.items.map((i) => i.start)));
  return LISTS_ACTS.test(lead) ? lead : undefined;
}

/** The termination or suspension clauses of one frame: one, one per alternative notice, and one per scoped exception. */
function view(p: Provision, frame: Frame, kind: Kind, ctx: ClassifyContext): TerminationClause[] {
  const { party, sure } = frame.holder;
  if (party === 'unknown' && frame.predicate.form === 'active') return [];
  const confidence = Math.round(((frame.predicate.form === 'active' ? 0.9 : 0.75) - (sure ? 0 : 0.15)) * 100) / 100;
  const clauseText = p.text.slice(frame.clause.start, frame.clause.end);
  const exceptions = frame.exceptions.map((e) => e.text);
  const scope = frame.scope ? { scope: frame.scope } : {};
  const parts = alternatives(clauseText).map((a) => ({ ...a, from: a.from + frame.clause.start, to: a.to + frame.clause.start }));
  const out: TerminationClause[] = [];
  if (parts.length) {
    // one right per part, each with the notice, grounds and condition it states
    for (const { from, to, facts: own } of parts) {
      const text = p.text.slice(from, to);
      const partExceptions = frame.exceptions.filter((e) => e.start >= from && e.end <= to + 1);
      const conditions = conditionsOf(p, ctx, from, to);
      const stated = readGrounds(partExceptions.reduce((t, e) => t.replace(e.text, ' '), text));
      out.push({
        ...common(p, ctx, party, Math.round(confidence * 0.95 * 100) / 100),
        type: kind,
        by: party,
        grounds: groundsOf(stated, readGrounds(p.heading), text, conditions.length > 0),
        anyTime: ANY_TIME.test(text),
        notice: own.notice,
        ...(own.cure ? { cure: toDuration(own.cure) } : {}),
        periods: own.periods.map(toDuration),
        conditions,
        exceptions: partExceptions.map((e) => e.text),
        negated: frame.negated,
        ...scope,
      });
    }
  } else {
    const { notice, cure, periods } = frame.timing;
    // "…; the cancellation takes effect at the end of your billing period": the rest of the sentence may say when
    const effect = readEffect(clauseText) ?? (ENDING_WORD.test(p.text.slice(frame.clause.end)) ? readEffect(p.text.slice(frame.clause.end)) : undefined);
    // "we'll do one or more of the following: … Disable the author's access …": the items are the acts the right
    // may take, not its conditions; the causes are those of the lead and of the act's own item
    const acts = actsListed(p);
    const own = acts ? p.items.find((it) => it.start <= frame.predicate.at && frame.predicate.at < it.end) : undefined;
    out.push({
      ...common(p, ctx, party, confidence),
      type: kind,
      by: party,
      grounds: acts ? readGrounds(`${acts} ${own ? p.text.slice(own.start, own.end) : ''}`) : frame.grounds,
      anyTime: ANY_TIME.test(clauseText),
      // "may terminate at any time" says when, not whether notice is given: no waiting period, but not "without notice"
      notice: !notice.immediate && !notice.period && notice.kind === 'unspecified' && ANY_TIME.test(clauseText) && !WHENEVER.test(clauseText) ? { ...notice, immediate: true } : notice,
      ...(effect && effect !== 'now' ? { effective: effect } : {}),
      ...(cure ? { cure: toDuration(cure) } : {}),
      periods: periods.map(toDuration),
      // "If you wish to cancel, you must …": the wish is the right, not a condition of it
      conditions: acts ? [] : conditionsOf(p, ctx).filter((k) => frame.predicate.modal !== 'wish' || !k.text.includes(p.text.slice(frame.predicate.at, frame.predicate.end))),
      exceptions,
      negated: frame.negated,
      ...scope,
    });
  }
  // "… unless you are a consumer in the EU": where the exception's scope holds, the right does not
  for (const e of frame.exceptions) {
    if (!e.scope) continue;
    for (const c of [...out]) out.push({ ...c, id: ctx.nextId(), scope: e.scope, variantOf: c.id, negated: !c.negated, confidence: Math.round(c.confidence * 0.8 * 100) / 100 });
  }
  return out;
}

/** Occasions a notice sentence names itself ("in exigent circumstances"): it does not inherit the causes of the right before it. */
const OWN_OCCASIONS = re`\bin (?:exigent|emergency|urgent) circumstances\b|\bin (?:an )?emergenc(?:y|ies)\b|\bfor (?:a |any )?(?:suspension|termination)s? (?:made|required|necessary|needed)\b`;

/** "Reasons for suspending or closing your account may include: (i) breach …": a sentence that lists the causes of the rights before it. */
const REASONS_FOR = re`\b(?:reasons?|grounds?|causes?|circumstances|situations|occasions)\s{1,4}(?:for|of|to|that (?:may|could) (?:lead|result) (?:to|in))\s{1,4}(?:[\w’']{1,40}\s{1,4}){0,4}?(?:suspen|terminat|clos|cancel|disabl|delet|ban|restrict|limit)\w{0,40}`;
const SUSPEND_STEM = re`\bsuspen`;
const END_STEM = re`\b(?:terminat|clos|cancel|delet|ban)`;

/** The rights before a sentence of reasons, each with the reasons it lists as its grounds ("Reasons for closing your account may include …"). */
function reasonsFollowUp(p: Provision, previous: TerminationClause[], ctx: ClassifyContext): TerminationClause[] {
  const named = REASONS_FOR.exec(p.text);
  if (!named) return [];
  const grounds = readGrounds(p.text);
  if (!grounds.length) return [];
  // the actions the reasons are for: "for suspending or closing your account", up to the list
  const from = named.index;
  const words = p.text.slice(from, from + 120).split(/[:;]|\b(?:may|will|shall|include|includes|are|is)\b/)[0];
  const fits = (c: TerminationClause) => (c.type === 'suspension' ? SUSPEND_STEM.test(words) : END_STEM.test(words));
  return previous.filter(fits).map((c) => refinedAt(c, p, ctx, { grounds: [...new Set([...c.grounds, ...grounds])], conditions: [] }));
}

/**
 * A copy of a right refined by the sentence `p`: cited where that sentence is written ("11.2", which may
 * be the next paragraph after the right), a little less sure, with what the sentence changes.
 */
function refinedAt(c: TerminationClause, p: Provision, ctx: ClassifyContext, changes: Partial<TerminationClause>): TerminationClause {
  return {
    ...c,
    id: ctx.nextId(),
    section: p.section,
    heading: p.heading,
    headings: p.headings,
    text: p.text,
    span: ctx.span(p.offs[0], p.offs[p.offs.length - 1] + 1),
    confidence: Math.round(c.confidence * 0.8 * 100) / 100,
    ...changes,
  };
}

/** "The right to cancel is only available for Individual accounts", "this right applies only to consumers". */
const ONLY_FOR = re`\b(?:right|option|ability)\s{1,4}(?:to\s{1,4}(?:cancel|terminate|withdraw)\w{0,10}\b[^.;]{0,40}?|\b)\s{0,4}(?:is|are|will be)?\s{0,4}(?:only\s{1,4}(?:available|applicable|offered|open|given)\s{1,4}(?:to|for)|applies\s{1,4}only\s{1,4}to|only\s{1,4}applies\s{1,4}to)\b`;

/**
 * "The right to cancel is only available for Individual accounts": the rights before it hold for that
 * scope, and are denied to whoever it leaves out (a negated variant for the other side).
 */
function onlyForFollowUp(p: Provision, previous: TerminationClause[], ctx: ClassifyContext): TerminationClause[] {
  const m = ONLY_FOR.exec(p.text);
  if (!m) return [];
  const found = readScope(p.text.slice(m.index + m[0].length));
  if (!found) return [];
  const scope = toScope(found);
  const other = complementOf(scope);
  return previous.filter((c) => !c.scope && !c.negated).flatMap((c) => [
    { ...c, id: ctx.nextId(), scope, variantOf: c.id },
    ...(other ? [{ ...c, id: ctx.nextId(), scope: other, variantOf: c.id, negated: true, confidence: Math.round(c.confidence * 0.8 * 100) / 100 }] : []),
  ]);
}

/** A sentence that only promises notice ("we'll reach out before taking any action") refines the right before it. */
export function noticeFollowUp(p: Provision, previous: TerminationClause[], ctx: ClassifyContext): TerminationClause[] {
  if (!previous.length) return [];
  const reasons = reasonsFollowUp(p, previous, ctx);
  if (reasons.length) return reasons;
  const only = onlyForFollowUp(p, previous, ctx);
  if (only.length) return only;
  // "The cancellation takes effect at the end of your current billing period": when the ending before takes effect
  const effect = readEffect(p.text);
  if (effect && effect !== 'now' && ENDING_WORD.test(p.text) && !findRights(p.text).length) {
    return previous.map((c) => {
      // an ending at the end of a period is not immediate, whatever the right before said of its timing
      const { immediate: _now, ...notice } = c.notice;
      return refinedAt(c, p, ctx, { notice: { ...notice, kind: notice.kind === 'immediate' ? 'unspecified' : notice.kind }, effective: effect });
    });
  }
  if (!/\b(?:warn\w*|notify|inform|reach out|contact|notice|let (?:you|\w+) know)\b/i.test(p.text)) return [];
  // ("The notice period is twenty (20) days.": the notice of the ending just named)
  if (!/\b(?:action|doing so|do so|this|that|suspen\w*|terminat\w*|cancel\w*|disabl\w*|ban\w*|delet\w*|clos\w*|notice period)\b/i.test(p.text)) return [];
  const facts = readNotice(p.text);
  const explicit = facts.notice.kind === 'advance' || facts.notice.kind === 'reasonable' || (facts.notice.kind === 'without-notice' && !/\bat any time\b/i.test(p.text));
  if (!explicit) return [];
  // "… is not required to give prior notice in exigent circumstances": the sentence names its own occasions,
  // so the causes of the right before it (non-payment, breach) are not carried over
  const own = OWN_OCCASIONS.test(p.text);
  return previous.map((c) => refinedAt(c, p, ctx, { notice: facts.notice, ...(own ? { grounds: readGrounds(p.text), periods: [] } : {}), conditions: [] }));
}

/** A defined term and the provision that defines it ("“Suspension Event” means (a) … (b) …"). */
export type Definitions = Map<string, Provision>;

/** Collect the defined terms of a document from its definitional sentences. */
export function findDefinitions(provisions: Provision[]): Definitions {
  const out: Definitions = new Map();
  for (const p of provisions) {
    const m = DEFINITION.exec(p.text);
    if (m && !out.has(m[1])) out.set(m[1], p);
  }
  return out;
}

/**
 * A right triggered by a defined term ("may suspend … due to a Suspension Event") takes the
 * term's definition as its listed causes, with the periods and grounds the definition names.
 */
export function resolveTrigger(c: TerminationClause, defs: Definitions, ctx: ClassifyContext): TerminationClause {
  for (const [term, def] of defs) {
    if (def.text === c.text) continue;
    const escaped = escapeRegExp(term);
    const trigger = new RegExp(`\\b(?:due to|for|upon|because of|in the event of|(?:up)?on (?:the )?occurrence of|following|on account of|as a result of|if there is|if|where|when|while)\\s+(?:a|an|any|the|such)?\\s*(?:such\\s+)?${escaped}\\b`);
    if (!trigger.test(c.text)) continue;
    const conditions = conditionsOf(def, ctx).filter((k) => k.text.length > 3);
    if (!conditions.length) continue;
    const facts = readNotice(def.text);
    const grounds = [...new Set([...c.grounds, ...conditions.flatMap((k) => k.grounds)])];
    return { ...c, conditions: [...c.conditions, ...conditions], grounds, periods: [...c.periods, ...facts.periods.map(toDuration)] };
  }
  return c;
}

// "for any of the reasons listed in Section 7.4": the causes are the items of that section
const CAUSE_NOUN = lexicon('cause-noun', ['reason', 'reasons', 'grounds', 'cause', 'causes', 'circumstances', 'event', 'events', 'case', 'cases', 'conditions']);
const LISTED_IN = lexicon('listed-in', ['listed', 'set out', 'set forth', 'described', 'specified', 'stated', 'identified', 'enumerated']);
const LISTED = re`${CAUSE_NOUN}${within(40)}\b${LISTED_IN} (?:in|under|at) (?:Section|Clause|Paragraph|Article|§)\s{0,4}((?:\d{1,12}|[A-Z])(?:\.\d{1,12}){0,8}(?:\([a-zA-Z0-9]{1,4}\)){0,8})`;

/**
 * A right whose causes are listed in another section ("for any of the reasons listed in Section 7.4")
 * takes that section's items as its listed causes, with their grounds.
 */
export function resolveListed(c: TerminationClause, provisions: Provision[], ctx: ClassifyContext): TerminationClause {
  const m = LISTED.exec(c.text);
  if (!m) return c;
  const target = provisions.find((p) => p.section === m[1] && p.items.length > 0);
  if (!target) return c;
  const conditions = conditionsOf(target, ctx).filter((k) => k.text.length > 3);
  if (!conditions.length) return c;
  const grounds = [...new Set([...c.grounds, ...conditions.flatMap((k) => k.grounds)])];
  return { ...c, conditions: [...c.conditions, ...conditions], grounds };
}
