/**
 * Disputes: governing law, venue (jurisdiction), arbitration and class-action waivers, each with
 * its value as written ("State of California", "the courts of San Francisco County, California").
 */
import type { DisputeClause } from '../schema/index.js';
import type { Provision } from '../segment/index.js';
import { common, type ClassifyContext } from './base.js';
import { findDurations, toDuration } from '../annotate/durations.js';

const LAW = /\b(?:governed by|governed (?:in all respects )?by|construed (?:and enforced )?in accordance with|subject to|interpreted (?:under|in accordance with))\b[^.;]{0,80}?\blaws?\b|\blaws? of\b[^.;]{0,80}\b(?:govern|appl(?:y|ies)|will apply|shall apply)|\b(?:\w+ )?law applies to (?:this|these)|\b[A-Z]\w+ law (?:governs|will govern|shall govern)\b|\bchoice of law\b/i;
const VENUE = /\b(?:exclusive(?:ly)?|sole) (?:jurisdiction|venue)|\b(?:brought|filed|litigated|heard|resolved|commenced|adjudicated) (?:exclusively |only |solely )?in (?:the )?(?:state or federal |federal or state |state and federal |federal and state )?courts?|\bsubmit to the (?:personal |exclusive )?jurisdiction|\bconsent to (?:the )?(?:personal |exclusive )?(?:jurisdiction|venue)|\bvenue (?:for|of|shall|will|is)\b|\bcourts? (?:located )?in\b[^.;]{0,60}\b(?:will|shall) have (?:exclusive )?jurisdiction/i;
const ARBITRATION = /\b(?:binding|final(?: and binding)?|individual) arbitration\b|\b(?:resolved|settled|decided|submitted|determined) (?:\w+ ){0,2}(?:by|through|to|in) (?:\w+ ){0,3}arbitration|\bagree to arbitrate|\barbitrat\w+ (?:will|shall) be (?:administered|conducted)|\bopt(?:ing)?[- ]?out of (?:this |the |these )?(?:\w+ )?arbitrat/i;
const CLASS_WAIVER = /\bclass (?:action|arbitration|or representative|actions?)\b[^.;]{0,120}\b(?:waive|not|no|prohibit|may only|only on an individual)|\b(?:waive|waiver of)\b[^.;]{0,80}\bclass\b|\bonly (?:in|on) (?:an|their|your) individual (?:capacity|basis)|\bnot (?:as a |in any )?(?:plaintiff|class member)|\b(?:only|solely)\b[^.;]{0,40}\bindividual(?:ly)?\b[^.;]{0,80}\b(?:class|representative)\b|\bnever (?:as a |in a )?(?:plaintiff|class member|member of a class|class action|representative action)/i;

/** The law a governing-law clause names: "the State of California", "Ireland", "New York". */
function lawValue(text: string): string | undefined {
  // "the federal laws of the United States and the laws of the State of California": the state decides
  const all = [...text.matchAll(/\blaws? of (?:the )?((?:[Ss]tate|[Cc]ommonwealth|[Pp]rovince|Republic|Kingdom|Federal Republic) of [A-Z][\w]*(?: (?:and )?[A-Z][\w]*)*|[A-Z][\w]*(?: (?:and )?[A-Z][\w]*)*)/g)].map((m) => m[1]);
  const state = all.find((v) => /^(?:state|commonwealth|province) of/i.test(v));
  // "California law applies", "governed by California law"
  const value = state ?? all[0] ?? /\b(?:the )?([A-Z][\w]*(?: [A-Z][\w]*)*) law (?:applies|governs|will govern|shall govern)/.exec(text)?.[1]
    ?? /\b(?:governed (?:by|in accordance with)|(?:construed|interpreted) (?:in accordance with|under)|(?<=\b(?:[Tt]erms|[Aa]greement|[Cc]ontract)\b[^.;]{0,60})subject to) (?:the )?((?!The\b|These\b|This\b|Applicable\b|Federal\b)[A-Z][\w]*(?: [A-Z][\w]*)*) laws?\b/.exec(text)?.[1];
  return value?.replace(/^(state|commonwealth|province) of/i, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).replace(/^the /i, '');
}

/** The venue a jurisdiction clause names: the courts and place as written. */
function venueValue(text: string): string | undefined {
  const m = /\b((?:the )?(?:state (?:and|or) federal |federal (?:and|or) state |state |federal |competent )?courts?(?: located)? (?:in|of|for|sitting in) (?:[^;.]|\.(?=[A-Z]\.|[A-Z]?,))*?)(?:,? (?:and (?:you|each party|each of|the parties|(?=[^,;.]*\blaws?\b))|without prejudice|subject to|save (?:for|as)|notwithstanding|for (?:the|any|these|such) purposes?|with respect|to resolve|and waive|except|unless|ha(?:ve|s)|shall|will|may|in (?:any|all) (?:legal )?(?:actions?|proceedings?|disputes?|claims?|matters?))\b|,? U\.?S\.?A?\.?(?=[,;.\s]|$)|[;.]|$)/i.exec(text);
  // "the exclusive jurisdiction of the English courts"
  if (!m) {
    const named = /\b(?:the )?((?:[A-Z][\w-]+ )+courts)\b/.exec(text);
    if (named && !/^(?:The|Any|All|Such|These|State|Federal)\b/.test(named[1])) return named[1];
  }
  const value = m?.[1].replace(/^the /i, '').replace(/\b(?:located|situated|sitting) (?=in\b)/i, '').replace(/[,\s]+$/, '').trim();
  // a venue names a place: "the Courts for these purposes" names none
  return value && /\b(?:in|of|for)\b[^,]*[A-Z]/.test(value) ? value : undefined;
}

/** Dispute clauses of a provision: zero or more of governing law, venue, arbitration, class-action waiver. */
export function classifyDisputes(p: Provision, ctx: ClassifyContext): DisputeClause[] {
  const out: DisputeClause[] = [];
  const periods = findDurations(p.text).map(toDuration);
  const make = (type: DisputeClause['type'], value?: string): DisputeClause => ({
    ...common(p, ctx, 'either', 0.8),
    type,
    ...(value ? { value } : {}),
    periods,
  });
  if (LAW.test(p.text) && !/\bconflicts? of laws? (?:rules|principles|provisions)?\s*$/i.test(p.text.slice(0, 40))) {
    const value = lawValue(p.text);
    if (value && !/^(?:any|all|applicable|such|your|the|this|that)$/i.test(value)) out.push(make('governing-law', value));
  }
  if (VENUE.test(p.text)) out.push(make('jurisdiction', venueValue(p.text)));
  // the procedure under an arbitration heading: "attempt to resolve a Claim through informal negotiation within sixty (60) days"
  const procedure = isArbitrationHeading(p.headings) && periods.length > 0 && /\b(?:arbitrat|negotiat|resolv|claim|dispute|opt[- ]out)\w*/i.test(p.text);
  if (ARBITRATION.test(p.text) || procedure) {
    const clause = make('arbitration', /\b(JAMS|AAA|American Arbitration Association|ICC|LCIA|ICDR|SIAC|HKIAC|CPR)\b/.exec(p.text)?.[1]);
    const optOut = /\bopt[- ]out\b/i.test(p.text) ? periods[0] : undefined;
    if (optOut) clause.optOut = optOut;
    out.push(clause);
  }
  if (CLASS_WAIVER.test(p.text)) out.push(make('class-action-waiver'));
  return out;
}

/** Arbitration procedure (pre-arbitration negotiation, rules, opt-out) stated under an arbitration heading. */
export function isArbitrationHeading(headings: string[]): boolean {
  return headings.some((h) => /arbitrat|dispute resolution/i.test(h));
}
