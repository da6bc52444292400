/**
 * Citations: how a clause is quoted as evidence, and how summaries rank below operative text.
 * Shared by every query.
 */
import type { Clause, Evidence } from '../schema/index.js';

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

/**
 * A summary restates the operative text: rank it lower, so the operative text is cited when both say it.
 * So does the opening text before the first heading ("These terms contain an arbitration clause …"), a
 * little: where a section says the same, the section is cited.
 */
export function summaryPenalty(c: Clause): number {
  if (c.headings.some((h) => SUMMARY.test(h))) return 2;
  return c.section === '' && c.headings.filter(Boolean).length <= 1 ? 2 : 0;
}
