/**
 * What every clause extractor shares: the common fields of a clause, built from a provision.
 */
import type { Provision } from '../segment/index.js';
import type { Party, Span } from '../schema/index.js';
import type { Parties } from '../annotate/parties.js';

/** Context a classifier needs from the whole document. */
export interface ClassifyContext {
  parties: Parties;
  /** The names the agreement gives itself ("NOTICE" for "this Terms of Use Notice"), beyond "these Terms". */
  selfNames?: readonly string[];
  /** The names the agreement defines for content ("UGC" for “User Generated Content” or “UGC”). */
  contentNames?: readonly string[];
  span: (start: number, end: number) => Span;
  nextId: () => string;
}

/** The fields every clause has, for a provision (or the part of it from `start` to `end`). */
export function common(p: Provision, ctx: ClassifyContext, party: Party, confidence: number, start = 0, end = p.text.length, negated = false) {
  const text = p.text.slice(start, end).trim();
  const lead = p.text.slice(start, end).length - p.text.slice(start, end).trimStart().length;
  const from = start + lead;
  const to = Math.max(from, from + text.length - 1);
  return {
    id: ctx.nextId(),
    section: p.section,
    heading: p.heading,
    headings: p.headings,
    text,
    span: ctx.span(p.offs[from] ?? p.offs[0], (p.offs[to] ?? p.offs[p.offs.length - 1]) + 1),
    party,
    negated,
    confidence,
  };
}
