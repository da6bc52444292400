/**
 * Termination and suspension rights. A provision holds a right when an action word ("terminate",
 * "suspend", "cancel", "freeze", …) is governed by a modal or a right ("may", "reserves the right
 * to"), stands in a passive with a modal ("may be suspended"), or follows a consequence ("will
 * result in immediate account termination", "subject to cancellation"). Mere mentions ("upon
 * termination", "survive termination") are not rights.
 */
import type { Condition, Grounds, Party, Span, TerminationClause } from '../schema/index.js';
import { leafItems, type Provision } from '../segment/index.js';
import type { Parties } from '../annotate/parties.js';
import { escapeRegExp, nearestParty, partyOf } from '../annotate/parties.js';
import { readGrounds, readNotice } from '../annotate/facts.js';
import { toDuration } from '../annotate/durations.js';
import { readVerbs } from '../annotate/nlp.js';
import { common, type ClassifyContext } from './base.js';

type Kind = 'termination' | 'suspension';

const VERBS: Array<[Kind, RegExp]> = [
  ['termination', /\b(?:terminat(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?(?= (?:or \w+ )?(?:your|the|this|these|its|their|an|any|my|that|user[’']?s?|customer[’']?s?) (?:\w+ ){0,2}(?:account|subscription|agreement|order|plan|service|services|membership|access|contract|use|purchase)s?\b)|clos(?:e|es|ed|ing) (?:down )?(?:your|the|an|any|their|its|that|user[’']?s?|customer[’']?s?|member[’']?s?) (?:\w+ )?(?:accounts?|memberships?|subscriptions?|plans?)|revok(?:e|es|ed|ing) (?:your|the|its|their|customer[’']?s|user[’']?s) (?:\w+ )?(?:access|account|subscription|license|licence)|withdraw(?:s|n)? from|end (?:this|these|the|your|its|their|an|any|anyone[’']s|customer[’']?s|user[’']?s) (?:[\w’']+ )?(?:agreement|terms|contract|subscription|access|use|relationship|account|plan|membership|services?|hosting|license|licence)|delet(?:e|es|ed|ing) (?:(?:your|the|an|any|their|such) )?(?:\w+ )?accounts?|ban(?:s|ned)?|discontinu(?:e|es|ed|ing) (?:your|the|its|their) (?:access|use|account|subscription)|discontinu(?:e|es|ed|ing) (?:the|any|all|our) (?:\w+ )?services?|(?:stop|cease) (?:providing|offering) (?:the|any|all|our) (?:\w+ )?services?|lose (?:their|your|its) (?:\w+ )?accounts?)\b/gi],
  ['suspension', /\b(?:suspend(?:s|ed|ing)?|restrict(?:s|ed|ing)? (?:your|the|an|their|its|any) (?:\w+ )?(?:accounts?|access)|freez(?:e|es|ing)|frozen|lock(?:s|ed|ing)? (?:your|the|an|their|its) (?:\w+ )?(?:accounts?|access)|disabl(?:e|es|ed|ing)|deactivat(?:e|es|ed|ing)|block(?:s|ed|ing)? (?:your|the|their) (?:\w+ )?(?:access|accounts?)|cut(?:s|ting)? off)\b/gi],
];
const NOUNS: Array<[Kind, RegExp]> = [
  ['termination', /\b(?:termination|cancellation|closure|banning|removal of (?:your|the) account)\b/gi],
  ['suspension', /\b(?:suspension|deactivation)\b/gi],
];
const MODAL = /\b(?:won[’']t|shan[’']t|can[’']t|cannot|may|can|could|might|will|shall|must|reserves? (?:the|all) rights?|retains? (?:the|full|all) (?:right|discretion)s?|ha(?:s|ve) the right|(?:is|are) (?:entitled|free|authori[sz]ed|permitted)|at (?:its|our|their) (?:sole )?(?:discretion|option)|ha(?:s|ve) the option)\b|(?<=\w)[’']ll\b/gi;
const BLOCK = /\b(?:how|if|unless|upon|after|following|when|whether|because|until|that|which|who|prior to|before|once|whereas|whom|where)\b|;/i;
const ANY_TIME = /\b(?:at )?any ?time\b|\bwhenever (?:you|we|it|they|customer|user) (?:like|likes|want|wants|wish|wishes|choose|chooses|please|pleases)\b/i;
const SUBORDINATE = /\b(?:if|unless|whether|when|whenever|where|because|once|until|in the event)\b/i;
const CONSEQUENCE = /\b(?:result(?:s|ing)? in|lead(?:s|ing)? to|(?:is|are|be|being) subject to|grounds for|cause for|basis for|including(?: but not limited to)?|such as|up to(?: and including)?|may include|take action|action(?:s)? (?:against|including))\b/gi;
const NEGATION = /\b(?:not|never|no right)\b|n[’']t\b|\bneither\b/i;

interface Hit {
  kind: Kind;
  at: number;
  form: 'active' | 'passive' | 'noun';
  modalAt: number;
  negated: boolean;
}

/** Find the rights (not mere mentions) of each kind in a text. */
export function findRights(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [kind, re] of VERBS) {
    for (const m of text.matchAll(re)) {
      const at = m.index!;
      // "remove or suspend any listing": an action on content, not on the account or the agreement
      if (/^\s*(?:(?:any|the|a|an|your|such|that|those|these|all)\s+)?(?:(?:user|offending|infringing)\s+)?(?:listings?|posts?|postings?|content|comments?|reviews?|materials?|submissions?|uploads?|files?|videos?|photos?)\b/i.test(text.slice(at + m[0].length))) continue;
      const windowStart = Math.max(0, at - 300);
      const window = text.slice(windowStart, at);
      let modal: RegExpExecArray | undefined;
      for (const x of window.matchAll(MODAL)) modal = x as RegExpExecArray;
      if (!modal) continue;
      const between = window.slice(modal.index! + modal[0].length);
      // "we will give you at least 30 days' notice before we close your account": the promise states the right and its notice
      const promise = /^\s*(?:\w+\s+){0,2}?(?:(?:give|provide|send)\b[^.;]{0,80}\b(?:notice|warning)\b[^.;]{0,20}?|(?:e-?mail|notify|warn|tell|inform)\b[^.;]{0,60}?)\b(?:before|prior to)\s+(?:(?:we|it|they)\s+)?$/i.test(between);
      if (!promise && BLOCK.test(between.replace(/\(\w{1,4}\)/g, ''))) continue;
      // "if we have the right to suspend": a right named inside a condition is not granted there
      const clauseStart = windowStart + Math.max(0, ...[...text.slice(windowStart, windowStart + modal.index!).matchAll(/[;:,(]|\bthen\b/g)].map((x) => x.index! + x[0].length));
      if (SUBORDINATE.test(text.slice(clauseStart, windowStart + modal.index!))) continue;
      // "has been suspended", "is terminated" without a modal are states, not rights
      const passive = /\bbe\s+(?:\w+ly\s+)?$/i.test(between) || /^(?:terminated|cancell?ed|suspended|frozen|disabled|deactivated|closed|banned|revoked|blocked|locked|deleted)/i.test(m[0]);
      if (passive && !/\bbe\b/i.test(between)) continue;
      const negated = NEGATION.test(between) || /n[’']t$|^cannot$/i.test(modal[0]) || /\b(?:neither|nothing|no party)\b[^,;]*$/i.test(window.slice(Math.max(0, modal.index! - 40), modal.index!));
      hits.push({ kind, at, form: passive ? 'passive' : 'active', modalAt: windowStart + modal.index!, negated });
    }
  }
  // "X shall not be required to provide notice of termination where …": a right without notice, stated as a waiver
  for (const m of text.matchAll(/\bnot (?:be )?(?:required|obligated|obliged) to (?:give|provide|send) (?:\w+ )?(?:any |prior |advance )*notice (?:of|before|prior to) (?:any |the |a |such )?(termination|suspension|terminating|suspending)\b/gi)) {
    const kind = /^terminat/i.test(m[1]) ? 'termination' : 'suspension';
    if (!hits.some((h) => h.kind === kind)) hits.push({ kind, at: m.index! + m[0].length - m[1].length, form: 'active', modalAt: m.index!, negated: false });
  }
  for (const [kind, re] of NOUNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index!;
      const window = text.slice(Math.max(0, at - 120), at);
      let cons: RegExpExecArray | undefined;
      for (const x of window.matchAll(CONSEQUENCE)) cons = x as RegExpExecArray;
      if (!cons) continue;
      // "including" and "such as" list consequences only after an enforcement word
      if (/^(?:including|such as)/i.test(cons[0]) && !/\b(?:action|actions|measures|steps|consequences|sanctions|enforcement|penalties)\b/i.test(window.slice(0, cons.index!))) continue;
      const between = window.slice(cons.index! + cons[0].length);
      if (/[;.]|\b(?:upon|after|following|before|prior to|of|survive|in the event)\s+(?:\w+\s+)?$/i.test(between)) continue;
      hits.push({ kind, at, form: 'noun', modalAt: Math.max(0, at - 120) + cons.index!, negated: /\bnot\b|n[’']t\b/i.test(window.slice(Math.max(0, cons.index! - 15), cons.index!)) });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

export type { ClassifyContext } from './base.js';

function holder(p: Provision, hit: Hit, ctx: ClassifyContext): { party: Party; sure: boolean } {
  if (hit.form !== 'active') {
    const by = /^[^.;]{0,60}?\bby (us|you|either party|the provider|the customer|[A-Z][\w.&-]+)/.exec(p.text.slice(hit.at));
    if (by) {
      const party = partyOf(by[1], ctx.parties);
      // "may be suspended by Palisade": a named agent that is not the customer is, in all likelihood, the provider
      if (party === 'unknown' && /^[A-Z]/.test(by[1])) return { party: 'provider', sure: false };
      return { party, sure: true };
    }
    return { party: 'provider', sure: false };
  }
  const near = nearestParty(p.text, hit.modalAt, ctx.parties);
  if (near.party !== 'unknown') return { party: near.party, sure: true };
  const words = p.text.slice(hit.at, hit.at + 20).split(/\s+/)[0];
  for (const v of readVerbs(p.text, new RegExp(words.replace(/[^\w]/g, ''), 'i'))) {
    const party = partyOf(v.subject, ctx.parties);
    if (party !== 'unknown') return { party, sure: false };
  }
  return { party: 'unknown', sure: false };
}

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
    const end = start + (main ? cond[0].slice(0, main.index) : cond[0]).replace(/[\s,]+$/, '').length;
    return [{ section: p.section, text: p.text.slice(start, end), grounds: readGrounds(p.text.slice(start, end)), span: ctx.span(p.offs[start], p.offs[end - 1] + 1) }];
  }
  return [];
}

// where one sentence gives a right on two notices: "on sixty days' notice for convenience, or immediately upon notice if …",
// "… five days' notice before suspending for non-payment, but may suspend without prior notice to …"
const ALTERNATIVE = /(?:,\s*(?:or|but|and)|\s+(?:or|but))\s+(?=(?:\w+\s+){0,3}?(?:immediately|forthwith|without|upon|on|with|by giving|after)\b)|;\s*(?:but|however|provided,? however,? that|except that)\b,?\s*/gi;

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

/** Classify one provision: zero, one or two clauses (a termination and a suspension), or one per alternative notice. */
export function classifyTermination(p: Provision, ctx: ClassifyContext): TerminationClause[] {
  const hits = findRights(p.text);
  if (!hits.length) return [];
  const out: TerminationClause[] = [];
  const facts = readNotice(p.text);
  const exceptions = [...p.text.matchAll(/\b(?:except|unless|other than)\b[^.;:]*/gi)].map((m) => m[0].trim());
  // the grounds of the right, not of its carve-outs ("except where a suspension is required by law")
  // a heading that names the grounds ("Termination for Convenience") gives them to a right that does not repeat them
  const grounds: Grounds[] = [...new Set([...readGrounds(exceptions.reduce((t, e) => t.replace(e, ' '), p.text)), ...readGrounds(p.heading)])];
  const conditions = conditionsOf(p, ctx);
  const parts = alternatives(p.text);
  for (const kind of ['termination', 'suspension'] as const) {
    const mine = hits.filter((h) => h.kind === kind);
    if (!mine.length) continue;
    let hit = mine.find((h) => !h.negated) ?? mine[0];
    // "will not suspend without giving ten days' notice" grants the right with that notice
    if (hit.negated && /^[^.;]{0,100}?\bwithout (?:first )?(?:giving|providing|sending|prior|advance|written|reasonable|at least)?\b[^.;]{0,60}\bnotice\b/i.test(p.text.slice(hit.at))) {
      hit = { ...hit, negated: false };
    }
    const { party, sure } = holder(p, hit, ctx);
    if (party === 'unknown' && hit.form === 'active') continue;

    const confidence = Math.round(((hit.form === 'active' ? 0.9 : 0.75) - (sure ? 0 : 0.15)) * 100) / 100;
    if (parts.length) {
      // one right per part, each with the notice, grounds and condition it states
      for (const { from, to, facts: own } of parts) {
        const text = p.text.slice(from, to);
        const partExceptions = exceptions.filter((e) => text.includes(e));
        out.push({
          ...common(p, ctx, party, Math.round(confidence * 0.95 * 100) / 100),
          type: kind,
          by: party,
          grounds: [...new Set([...readGrounds(partExceptions.reduce((t, e) => t.replace(e, ' '), text)), ...readGrounds(p.heading)])],
          anyTime: ANY_TIME.test(text),
          notice: own.notice,
          ...(own.cure ? { cure: toDuration(own.cure) } : {}),
          periods: own.periods.map(toDuration),
          conditions: conditionsOf(p, ctx, from, to),
          exceptions: partExceptions,
          negated: hit.negated,
        });
      }
      continue;
    }
    out.push({
      ...common(p, ctx, party, confidence),
      type: kind,
      by: party,
      grounds,
      anyTime: ANY_TIME.test(p.text),
      // "may terminate at any time" says when, not whether notice is given: no waiting period, but not "without notice"
      notice: !facts.notice.immediate && !facts.notice.period && facts.notice.kind === 'unspecified' && ANY_TIME.test(p.text) && !/\bwhenever\b/i.test(p.text) ? { ...facts.notice, immediate: true } : facts.notice,
      ...(facts.cure ? { cure: toDuration(facts.cure) } : {}),
      periods: facts.periods.map(toDuration),
      conditions,
      exceptions,
      negated: hit.negated,
    });
  }
  return out;
}

/** A sentence that only promises notice ("we'll reach out before taking any action") refines the right before it. */
export function noticeFollowUp(p: Provision, previous: TerminationClause[], ctx: ClassifyContext): TerminationClause[] {
  if (!previous.length || !/\b(?:warn\w*|notify|inform|reach out|contact|notice|let (?:you|\w+) know)\b/i.test(p.text)) return [];
  if (!/\b(?:action|doing so|do so|this|that|suspen\w*|terminat\w*|cancel\w*|disabl\w*|ban\w*|delet\w*|clos\w*)\b/i.test(p.text)) return [];
  const facts = readNotice(p.text);
  const explicit = facts.notice.kind === 'advance' || facts.notice.kind === 'reasonable' || (facts.notice.kind === 'without-notice' && !/\bat any time\b/i.test(p.text));
  if (!explicit) return [];
  // "… is not required to give prior notice in exigent circumstances": the sentence names its own occasions,
  // so the causes of the right before it (non-payment, breach) are not carried over
  const own = /\bin (?:exigent|emergency|urgent) circumstances\b|\bin (?:an )?emergenc(?:y|ies)\b|\bfor (?:a |any )?(?:suspension|termination)s? (?:made|required|necessary|needed)\b/i.test(p.text);
  return previous.map((c) => ({
    ...c,
    id: ctx.nextId(),
    // cited where the notice is written ("11.2"), which may be the next paragraph after the right
    section: p.section,
    heading: p.heading,
    headings: p.headings,
    text: p.text,
    span: ctx.span(p.offs[0], p.offs[p.offs.length - 1] + 1),
    notice: facts.notice,
    ...(own ? { grounds: readGrounds(p.text), periods: [] } : {}),
    conditions: [],
    confidence: Math.round(c.confidence * 0.8 * 100) / 100,
  }));
}

/** A defined term and the provision that defines it ("“Suspension Event” means (a) … (b) …"). */
export type Definitions = Map<string, Provision>;

const DEFINITION = /^[^a-z]{0,40}?["“]\s*([A-Z][\w-]*(?: [A-Z][\w-]*){0,4})\s*["”]\s*(?:means|shall mean|refers to|is defined as|has the meaning)\b/;

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
const LISTED = /\b(?:reasons?|grounds|causes?|circumstances|events?|cases?|conditions)\b[^.;]{0,40}?\b(?:listed|set (?:out|forth)|described|specified|stated|identified|enumerated) (?:in|under|at) (?:Section|Clause|Paragraph|Article|§)\s*((?:\d+|[A-Z])(?:\.\d+)*(?:\([a-zA-Z0-9]{1,4}\))*)/i;

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
