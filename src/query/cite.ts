/**
 * Citations: how a clause is quoted as evidence, and how summaries rank below operative text.
 * Shared by every query.
 */
import type { Clause, Evidence } from '../schema/index.js';
import { re } from '../lexicon/compose.js';
import { PREAMBLE } from '../structure/index.js';

/** The heading of a citation: the provision's heading under its parent's ("Ending These Terms › Termination"). */
export function headingOf(c: Clause): string {
  const trail = c.headings.filter(Boolean);
  // two levels under the document's title; a lone parent is usually that title, which says nothing
  if (trail.length >= 3 && trail[trail.length - 1] === c.heading) return trail.slice(-2).join(' › ');
  return c.heading;
}

/** A quote of at most 600 characters, cut at a word. */
export function quoteOf(text: string): string {
  return text.length > 600 ? text.slice(0, 600).replace(/\s{1,4}\S{0,400}$/, '') + ' …' : text;
}

/** A clause as evidence: its section, heading path, quote and span (and source, for a companion document). */
export function cite(c: Clause): Evidence {
  return { ...(c.source ? { source: c.source } : {}), section: c.section, heading: headingOf(c), quote: quoteOf(c.text), start: c.span.start, end: c.span.end };
}

const SUMMARY = /^(?:summary|short version|in short|in brief|overview|at a glance|tl;?dr|key points|the short of it)\b/i;
/** A notice that announces a clause found elsewhere: "ARBITRATION NOTICE: …", "Section 23 below contains …", "(see Section 15)". */
const NOTICE_LEAD = String.raw`^\W{0,4}(?:important\s{1,4})?(?:[a-z]{1,20}\s{1,4}){0,2}notice\s{0,4}:|^\W{0,4}please\s{1,4}(?:note|read)\b`;
const SEE_SECTION = String.raw`\bsections?\s{1,4}\d{1,4}[\w.]{0,8}\s{1,4}(?:below|above)\b|\(see\s{1,4}section\b`;
const POINTER = re`${NOTICE_LEAD}|${SEE_SECTION}`;

/**
 * A summary restates the operative text: rank it lower, so the operative text is cited when both say it.
 * So does the opening text before the first heading ("These terms contain an arbitration clause …"; `title`
 * is the document's title, see {@link sharedTitle}), and a notice that points at the clause ("ARBITRATION
 * NOTICE: …", "Section 23 below contains …"): where a section says the same, the section is cited.
 */
export function summaryPenalty(c: Clause, title?: string): number {
  if (c.headings.some((h) => SUMMARY.test(h))) return 2;
  const trail = c.headings.filter(Boolean);
  // (agreeing by use is said in the opening words more often than anywhere: there it is the operative text)
  const opening = c.type !== 'acceptance-by-use' && c.section === '' && (trail.length === 0 || (trail.length === 1 && (trail[0] === title || trail[0] === PREAMBLE))) ? 2 : 0;
  // (a pointer is cited only where nothing else says it; a clause with a value of its own — "… under section 11
  // below, all Content will be deleted after 20 days" — is more than a pointer)
  return opening + (POINTER.test(c.text) && !hasOwnValue(c) ? 8 : 0);
}

/** Does a clause state a value of its own: a period, a law or venue, a cap? */
function hasOwnValue(c: Clause): boolean {
  return ('periods' in c && c.periods.length > 0) || ('value' in c && c.value !== undefined) || ('cap' in c && c.cap !== undefined);
}

/** The document's title among clauses ranked together: the first heading they all stand under, if any. */
export function sharedTitle(clauses: readonly Clause[]): string | undefined {
  const first = clauses[0]?.headings[0];
  return first !== undefined && clauses.every((c) => c.headings[0] === first) ? first : undefined;
}
