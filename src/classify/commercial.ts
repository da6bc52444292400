/**
 * Commercial terms with periods: automatic renewal (and the notice to stop it), fee changes (and
 * their notice), and what happens to data after termination (retrieval window, deletion period).
 */
import type { Clause, TermsClause } from '../schema/index.js';
import type { Provision } from '../segment/index.js';
import { common, type ClassifyContext } from './base.js';
import { readNotice } from '../annotate/facts.js';
import { findDurations, toDuration, type FoundDuration } from '../annotate/durations.js';

const RENEW = /\b(?:automatic(?:ally)?(?:\s+\w+){0,3}\s+renew\w*|auto-?renew\w*|renew\w* automatic\w*|(?:will|shall) (?:\w+ )?renew\w*|renews? for (?:an? )?(?:successive|additional|subsequent|equal)|successive renewal|renewal (?:term|period)s?\b)/i;
const NO_RENEW = /\b(?:will not|does not|do not|won't|shall not) (?:\w+ )?(?:automatically )?renew/i;
const FEE_CHANGE = /\b(?:price|fee|pricing|rate) (?:changes?|increases?)\b|\b(?:change|changes|increase|increases|raise|raises|modify|adjust|update)\w*\b[^.;]{0,60}\b(?:fees?|prices?|pricing|rates?|charges?)\b|\b(?:fees?|prices?|pricing|rates?|charges?)\b[^.;]{0,60}\b(?:may|will|can|are subject to)\b[^.;]{0,20}\b(?:change|increase|be (?:changed|increased|modified|adjusted))/i;
const FEE_FIXED = /\b(?:will not|shall not|won't|cannot|may not) (?:\w+ ){0,2}(?:change|increase|raise|modify)\b[^.;]{0,60}\b(?:fees?|prices?|pricing)\b[^.;]{0,80}\b(?:during|until|before|for the)\b|\b(?:fees?|prices?|pricing)\b[^.;]{0,80}\b(?:will not|shall not|won't) (?:\w+ ){0,2}(?:change|increase)\b[^.;]{0,60}\b(?:during|until|before)\b|\b(?:fixed|locked|guaranteed|frozen) (?:in )?(?:for|during|until|through)\b|\bremains? (?:your|the same|fixed|unchanged)\b[^.;]{0,40}\b(?:price|fee|rate)s?\b|\b(?:price|fee|rate)s?\b[^.;]{0,40}\bremains?\b[^.;]{0,40}\b(?:for the duration|during|until|through)\b/i;
const DATA = /\b(?:data|content|repositor(?:y|ies)|files?|backups?|information|projects?|packages?|account contents?|customer data|your (?:site|stuff))\b/i;
const AFTER_END = /\b(?:after|following|upon|once|when|within \w+ (?:\(\d+\) )?days? (?:after|of|following))\s+(?:[\w’']+\s+){0,4}(?:terminat\w*|cancel\w*|expir\w*|clos\w*|delet\w* (?:your|the) account|end of (?:the|this|your)|ends|ended)\b|\bafter (?:the|your) account (?:is|has been) (?:closed|cancell?ed|terminated|deleted)/i;
const DELETE = /\b(?:delet\w*|eras\w*|destroy\w*|purg\w*|remov\w*|permanently (?:delete|remove)\w*|no longer (?:be )?(?:available|accessible|retained)|lose (?:access to )?(?:all )?(?:your )?(?:content|data))\b/i;
const NO_ACCESS = /\binaccessible\b|\bno longer (?:be )?(?:available|accessible)|\b(?:will not|won't|cannot|can ?not) (?:be )?(?:able to )?(?:access|recover\w*|retriev\w*|restor\w*)|\bcan ?not be recovered|\bunrecoverable/i;
const RETRIEVE = /\b(?:retriev\w*|export\w*|download\w*|(?:request|obtain|get|provide \w+(?: \w+)? with) (?:a )?cop(?:y|ies)|a copy of|make (?:this|a|the|such a) request|access to (?:your )?(?:content|data)|return (?:of )?(?:your |customer )?(?:content|data))\b/i;

function durationNear(text: string, re: RegExp): FoundDuration | undefined {
  const all = findDurations(text);
  const m = re.exec(text);
  if (!m || !all.length) return undefined;
  return all.reduce((best, d) => (Math.abs(d.start - m.index) < Math.abs(best.start - m.index) ? d : best));
}

/**
 * Renewal, fee-change and data-after-termination clauses of a provision. `continuesDataClause`: the
 * sentence before, in the same section, was about data after termination.
 */
export function classifyCommercial(p: Provision, ctx: ClassifyContext, continuesDataClause = false): TermsClause[] {
  const out: TermsClause[] = [];
  const base = (type: TermsClause['type'], applies: boolean) => ({ ...common(p, ctx, 'provider', 0.75), type, by: 'provider' as const, applies, periods: findDurations(p.text).map(toDuration) });
  if (RENEW.test(p.text) || NO_RENEW.test(p.text)) {
    const notice = readNotice(p.text).notice;
    // the notice to stop a renewal: "unless either party gives notice of non-renewal at least 30 days before"
    const stop = /\b(?:non-?renewal|not to renew|cancel\w*|turn off|stop)\b/i.test(p.text) ? findDurations(p.text).find((d) => /\b(?:before|prior to|in advance)\b/i.test(p.text.slice(d.end, d.end + 60))) : undefined;
    out.push({ ...base('renewal', !NO_RENEW.test(p.text)), notice: stop ? { kind: 'advance', period: toDuration(stop) } : notice });
  }
  if (FEE_CHANGE.test(p.text) || FEE_FIXED.test(p.text)) {
    const facts = readNotice(p.text);
    out.push({ ...base('fee-change', !FEE_FIXED.test(p.text)), notice: facts.notice });
  }
  // inside a section on cancellation or termination, "within 30 days all content will be deleted" is about after the end
  const inEndSection = p.headings.slice(-2).some((h) => /terminat|cancel|clos|expir|end/i.test(h)) &&
    (NO_ACCESS.test(p.text) || (/\b(?:delet|eras|destroy|purg)\w*/i.test(p.text) && (findDurations(p.text).length > 0 || /\ball (?:of )?(?:your |the )?(?:content|data)\b/i.test(p.text))));
  const afterEnd = AFTER_END.test(p.text) || inEndSection || (continuesDataClause && /\b(?:delet|eras|destroy|purg|retriev|export|download|request)\w*/i.test(p.text));
  // returning the other side's Confidential Information is not what becomes of the customer's data
  const data = DATA.test(p.text.replace(/\bconfidential information\b/gi, ' ')) || /\b(?:download|export|retrieve|copy)\w* (?:all )?(?:of )?your \w+/i.test(p.text) || (continuesDataClause && /\brequest\b/i.test(p.text));
  if (data && afterEnd && (DELETE.test(p.text) || RETRIEVE.test(p.text) || NO_ACCESS.test(p.text))) {
    const clause: TermsClause = { ...base('data-after-termination', DELETE.test(p.text) || NO_ACCESS.test(p.text)), notice: { kind: 'unspecified' } };
    if (NO_ACCESS.test(p.text)) clause.noAccess = true;
    const deletion = DELETE.test(p.text) ? durationNear(p.text, DELETE) : undefined;
    const retrieval = RETRIEVE.test(p.text) ? durationNear(p.text, RETRIEVE) : undefined;
    if (deletion) clause.deletion = toDuration(deletion);
    if (retrieval) clause.retrieval = toDuration(retrieval);
    out.push(clause);
  }
  return out;
}

const END_OF_WINDOW = /\b(?:end|expiry|expiration|close) of (?:that|this|such|the) (?:\w+ )?(?:period|window)\b|\bafter (?:that|this|such) (?:\w+ )?(?:period|window)\b/i;

/** "At the end of that period we delete …": a data clause after one with an export window deletes when the window ends. */
export function continueData(p: Provision, clauses: Clause[], last: TermsClause): void {
  if (!last.retrieval || !END_OF_WINDOW.test(p.text)) return;
  for (const c of clauses) if (c.type === 'data-after-termination' && !c.deletion) c.deletion = last.retrieval;
}
