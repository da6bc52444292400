/**
 * Changes to the terms: who may change them, on what notice, how notice is given, and whether
 * continued use counts as accepting the change. Also "by using the service you accept these terms".
 */
import type { AcceptanceByUseClause, ModificationClause } from '../schema/index.js';
import type { Provision } from '../segment/index.js';
import { common, type ClassifyContext } from './base.js';
import { readNotice } from '../annotate/facts.js';
import { nearestParty } from '../annotate/parties.js';
import { findDurations, toDuration } from '../annotate/durations.js';

const CHANGE = /\b(?:modify|modifies|modified|modifying|change|changes|changed|changing|amend|amends|amended|amending|update|updates|updated|updating|revise|revises|revised|revising|replace|add to|supplement)\b/i;
const TERMS = /\b(?:terms|agreement|polic(?:y|ies)|guidelines|rules|conditions|framework terms|standard terms|this (?:document|page)|these (?:terms|policies)|sla|service level|support polic|documentation)\b/i;
const MAY = /\b(?:may|can|will|reserve[sd]? the right|ha(?:s|ve) the right|at (?:any|its|our) (?:time|discretion)|from time to time|periodically)\b/i;
/** Continued use after a change counts as accepting it: "your continued use … constitutes acceptance". */
export const CONTINUED_USE = /\b(?:continu\w*|keep|keeps) (?:\w+ ){0,3}(?:use|using|access\w*)\b[^.;]{0,160}\b(?:accept\w*|agree\w*|consent\w*|bound)\b|\b(?:use|using|access\w*)\b[^.;]{0,60}\bafter (?:that date|the (?:effective )?date|such|the changes?|the amendments?|any (?:changes?|amendments?))\b[^.;]{0,80}\b(?:constitutes?|means|signif\w+|deemed|indicates?|implies)\b[^.;]{0,20}\b(?:accept\w*|agree\w*|consent)|\bcontinu\w* (?:use|using|participation|access)\b[^.;]{0,120}\b(?:subject to|governed by)\b[^.;]{0,20}\b(?:new|updated|revised|modified|changed|amended)\b|\b(?:accept\w*|agree\w*|bound)\b[^.;]{0,80}\bby (?:continu\w*|keep\w*) (?:to )?(?:use|using|access)/i;
const BY_USE = /\b(?:when|whenever|if|once) you (?:access|use|visit|browse|sign up|register)\w*\b[^.;]{0,160}\b(?:agree\w*|accept\w*|consent\w*|bound)\b|\b(?:by|upon) (?:accessing|using|visiting|browsing|registering|signing up|downloading|installing|clicking)\b[^.;]{0,160}\b(?:accept\w*|agree\w*|consent\w*|bound)\b|\b(?:by|upon) [a-z]+ing\b[^.;]{0,100}\b(?:accepts?|agrees? to|consents? to|(?:is|are) bound by)\b[^.;]{0,30}\b(?:terms|agreement|conditions|polic(?:y|ies))\b|\b(?:use of|using|access to|registration (?:on|with|for)|registering (?:on|with|for)) (?:the |our |this )?(?:\w+ ){0,3}(?:constitutes|signifies|means|indicates|implies) (?:\w+ )?(?:your )?(?:acceptance|agreement|consent)|\bif you do not agree\b[^.;]{0,120}\b(?:do not|don't|may not|must not) (?:use|access)/i;
const BOTH_PARTIES = /\bmust be (?:made )?in writing and (?:signed|executed|agreed|accepted)|\b(?:signed|executed|accepted|agreed to) (?:\w+ ){0,2}by (?:each|both) (?:part(?:y|ies)|of (?:us|the parties))|\b(?:signed by|executed by|agreed (?:to )?(?:in writing )?by) (?:both|each of the|the) part(?:y|ies)|\bonly (?:by|through|in) (?:a )?(?:written )?(?:amendment|agreement|writing)|\bmutual(?:ly)? (?:written )?(?:agreement|consent)|\bmay not be (?:modified|amended|changed)|\bno (?:modification|amendment|change|waiver)\b[^.;]{0,80}\b(?:effective|binding|valid)|\bwill not (?:modify|change|amend)/i;

/** How notice of a change is given, as named: "email", "posting", "in the service", "written notice". */
export function noticeBy(text: string): string[] {
  const out: string[] = [];
  if (/\be-?mail/i.test(text)) out.push('email');
  if (/\bpost(?:ing|ed|s)?\b/i.test(text)) out.push('posting');
  if (/\bin[- ](?:app|product|service)|\bthrough the (?:service|website|app)|\bnotif(?:y|ication)s? (?:in|on|through)/i.test(text)) out.push('in the service');
  if (/\bwritten notice|\bin writing/i.test(text)) out.push('written notice');
  return out;
}

/** A change-of-terms clause, or undefined. */
export function classifyModification(p: Provision, ctx: ClassifyContext): ModificationClause | undefined {
  const m = CHANGE.exec(p.text);
  // the change is to the terms: the terms stand just before or after the verb ("These policies may be updated")
  if (!m || /^change of control/i.test(p.text.slice(m.index)) || (!TERMS.test(p.text.slice(Math.max(0, m.index - 60), m.index + 120)) && !TERMS.test(p.heading))) return undefined;
  // "change our fees", "update features": a change to something other than the terms
  if (/^\w+\s+(?:\w+\s+){0,2}?(?:fees?|prices?|pricing|features?|services?|functionality|plans?|products?|passwords?|settings|usernames?|levels? of service)\b/i.test(p.text.slice(m.index))) return undefined;
  const negated = BOTH_PARTIES.test(p.text);
  // "Changes will become effective no earlier than fourteen (14) days after they are posted"
  const delay = /\b(?:changes?|amendments?|modifications?|updates?|revisions?|revised terms)\b[^.;]{0,80}\b(?:effective|take effect|into (?:force|effect)|appl(?:y|ies)|notify|notice)/i.test(p.text);
  if (!negated && !delay && !MAY.test(p.text.slice(Math.max(0, m.index - 100), m.index + 40))) return undefined;
  // the customer's own changes, allowed or forbidden ("you may not use, modify, adapt …")
  if (/\b(?:you|customer|user)s? (?:may|can|must|shall|will)(?: not)?\b[^.;]{0,40}$/i.test(p.text.slice(Math.max(0, m.index - 60), m.index))) return undefined;
  const near = nearestParty(p.text, m.index, ctx.parties);
  const by = negated ? 'either' : near.party === 'unknown' || near.party === 'customer' ? 'provider' : near.party;
  const facts = readNotice(p.text);
  const effective = findDurations(p.text).find((d) => /^\s*(?:\w+\s+)?(?:after|before|prior to|in advance|from)\b/i.test(p.text.slice(d.end, d.end + 30)) && /effective|take effect|into (?:force|effect)|notice|notify|appl(?:y|ies)/i.test(p.text.slice(Math.max(0, d.start - 80), d.end + 60)));
  if (effective && !facts.notice.period) facts.notice = { kind: 'advance', period: toDuration(effective), ...(facts.notice.immediate || facts.notice.kind === 'immediate' ? { immediate: true } : {}) };
  return {
    ...common(p, ctx, by, near.party === 'unknown' ? 0.6 : 0.8),
    type: 'modification',
    by,
    notice: facts.notice,
    noticeBy: noticeBy(p.text),
    continuedUseIsAcceptance: CONTINUED_USE.test(p.text),
    negated,
  };
}

/** "By using the service you agree to these terms", or continued use after a change as acceptance. */
export function classifyAcceptanceByUse(p: Provision, ctx: ClassifyContext): AcceptanceByUseClause | undefined {
  if (!BY_USE.test(p.text) && !CONTINUED_USE.test(p.text)) return undefined;
  return { ...common(p, ctx, 'customer', 0.8), type: 'acceptance-by-use' };
}
