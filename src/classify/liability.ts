/**
 * Limitation of liability: a cap, as an amount ("$500") or the fees paid in the N months before.
 */
import type { LiabilityLimitationClause } from '../schema/index.js';
import type { Provision } from '../segment/index.js';
import { common, type ClassifyContext } from './base.js';
import { nearestParty } from '../annotate/parties.js';

const CAP = /\b(?:(?:total|aggregate|entire|maximum|cumulative|collective|combined|overall)\s+(?:\w+\s+){0,3}liability\b[^.]{0,250}?\b(?:will not|shall not|won't|does not|do not|is limited|are limited|not to|in no event[^.]{0,80}) (?:exceed|be more than|be greater than)|\bin no event\b[^.]{0,200}\bliability\b[^.]{0,200}\bexceed|\bliability\b[^.]{0,150}?\b(?:will|shall|does|do|must|may) (?:not|never|in no (?:circumstances|event|case)|under no circumstances) (?:in (?:the )?aggregate )?exceed\b|liability\b[^.]{0,200}?\b(?:is|are|will be|shall be) limited to|limited to (?:the )?(?:greater|lesser) of|(?:will|shall) not (?:be liable|exceed)[^.]{0,120}(?:\b(?:amount|fees|sum|USD|EUR)\b|[$€£]))/i;
const EXCLUDE = /\b(?:not|never) (?:be )?liable for (?:any )?(?:indirect|incidental|special|consequential|punitive|exemplary)|\b(?:not have|have no|bears? no) (?:any )?liability for (?:any )?(?:indirect|incidental|special|consequential|punitive|exemplary|lost|loss)|\bin no event\b[^.]{0,200}\b(?:liable|liability)/i;

function capOf(text: string): LiabilityLimitationClause['cap'] {
  const money = /(?:\$|USD\s?|US\$|€|EUR\s?|£|GBP\s?)\s?([0-9][0-9,]*(?:\.[0-9]+)?)|([0-9][0-9,]*(?:\.[0-9]+)?)\s?(?:dollars|USD|euros?|EUR)/i.exec(text);
  const months = /\b(?:paid|payable|paid or payable)\b[^.]{0,80}?\b(?:in|during|over) the (?:last |preceding |previous |prior )?(\w+|\d+) (?:\(\d+\) )?months?\b|\b(\w+|\d+) (?:\(\d+\) )?months? (?:prior|preceding|before)/i.exec(text);
  const words: Record<string, number> = { one: 1, three: 3, six: 6, twelve: 12, 'twenty-four': 24 };
  const n = months ? (/^\d+$/.test(months[1] ?? months[2]) ? Number(months[1] ?? months[2]) : words[(months[1] ?? months[2]).toLowerCase()]) : undefined;
  // what follows "will not exceed" / "is limited to": "the greater of $50 or …", "the General Cap Amount"
  const limit = /\b(?:exceed|be more than|be greater than|limited to)\s+([^]{1,300}?)(?=\s*(?:\.(?:\s|$)|;(?!\s*(?:or|and)\b)|,?\s(?:except|provided|whichever|in the aggregate|under any)\b|$))/i.exec(text)?.[1].trim();
  const either = limit && /^(?:the )?(?:greater|lesser|higher|lower) of\b/i.test(limit) ? limit : undefined;
  const defined = !money && n === undefined && limit && /^(?:the )?(?:[A-Z][\w-]*\s?)+$/.test(limit) ? limit : undefined;
  if (defined) return { text: defined };
  if (!money && n === undefined && !/\bfees\b/i.test(text)) return undefined;
  // "the fees paid by the Client in the six (6) months preceding the claim", as written
  const feesPhrase = months ? /\b(?:the )?(?:total )?(?:fees|amounts?|sums?|charges)\b[^.;]{0,120}?\bmonths?\b(?:[- ]period)?(?:\s+(?:immediately\s+)?(?:preceding|before|prior to)(?:\s+[\w’']+){0,6}?\s+(?:claim|event|incident|date|liability|action)\b)?/i.exec(text)?.[0] : undefined;
  const cap: NonNullable<LiabilityLimitationClause['cap']> = { text: (either ?? money?.[0] ?? feesPhrase ?? months?.[0] ?? 'fees paid').trim() };
  if (money) {
    cap.amount = Number((money[1] ?? money[2]).replace(/,/g, ''));
    cap.currency = /€|EUR|euro/i.test(money[0]) ? 'EUR' : /£|GBP/i.test(money[0]) ? 'GBP' : 'USD';
  }
  if (n !== undefined) cap.feesMonths = n;
  return cap;
}

/** A limitation of liability with its cap, or a bare exclusion of damages (no cap), or undefined. */
export function classifyLiability(p: Provision, ctx: ClassifyContext): LiabilityLimitationClause | undefined {
  const capped = CAP.test(p.text);
  if (!capped && !EXCLUDE.test(p.text)) return undefined;
  const at = p.text.search(/liab/i);
  const near = nearestParty(p.text, Math.max(0, at), ctx.parties);
  const cap = capped ? capOf(p.text) ?? { text: /limited to\s+([^.;]*)/i.exec(p.text)?.[1] ?? 'capped' } : undefined;
  return { ...common(p, ctx, near.party === 'unknown' ? 'either' : near.party, capped ? 0.85 : 0.6), type: 'liability-limitation', ...(cap ? { cap } : {}) };
}
