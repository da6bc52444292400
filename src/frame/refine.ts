/**
 * Refinement: a provision that states no right of its own may refine the clauses just before it.
 * "We may change these terms. If we do so, we will give you thirty days' notice." "We may suspend
 * your account. We will warn you first where we can." "You may export your data for 30 days. At the
 * end of that period we delete it." One mechanism for every clause type: each type says which of
 * its clauses stay open, for how long, and how a later provision refines them.
 */
import type { Clause } from '../schema/index.js';
import type { Provision } from '../segment/index.js';
import { re } from '../lexicon/compose.js';

/** Clauses a later provision may refine, and how. */
export interface Refinable {
  /** The kind of follow-up (one open group per kind). */
  kind: string;
  clauses: Clause[];
  /** The provision they were read from. */
  at: Provision;
  /** How many provisions later they stop being open. */
  reach: number;
  /** The clauses a later provision adds by refining these (empty when it does not). */
  refine: (p: Provision, clauses: Clause[]) => Clause[];
  /** True when the group stays open after one refinement (a change refined by several sentences). */
  keepOpen?: boolean;
  /** Whether a later provision is still close enough (default: the same heading, and the same section or its next numbered sibling). */
  near?: (from: Provision, p: Provision) => boolean;
}

const parent = (s: string) => s.replace(/(?:\.[^.(]{1,400}|\([^)]{0,400}\))$/, '');

/** The same heading, and the same section or the next numbered paragraph under it ("11.1" then "11.2"). */
export function sameUnit(from: Provision, p: Provision): boolean {
  return from.heading === p.heading && (from.section === p.section || (p.section !== '' && parent(from.section) === parent(p.section)));
}

/** The open groups of one document, as its provisions are read in order. */
export class Refinements {
  private open = new Map<string, Refinable & { age: number }>();

  /** Open (or replace) a group: clauses later provisions may refine. */
  offer(group: Refinable): void {
    if (group.clauses.length) this.open.set(group.kind, { ...group, age: 0 });
  }

  /** Close the group of a kind (a provision gave clauses of that kind of its own). */
  close(kind: string): void {
    this.open.delete(kind);
  }

  /** Let the next provision refine the open groups; returns the clauses it adds. `own` lists the kinds it gave clauses of. */
  step(p: Provision, own: ReadonlySet<string>): Clause[] {
    const out: Clause[] = [];
    for (const [kind, group] of [...this.open]) {
      if (own.has(kind)) continue;
      group.age += 1;
      if (group.age > group.reach || !(group.near ?? sameUnit)(group.at, p)) { this.open.delete(kind); continue; }
      const refined = group.refine(p, group.clauses);
      out.push(...refined);
      if (refined.length && !group.keepOpen) this.open.delete(kind);
      // a group kept open counts its reach again from the last provision that refined it
      else if (refined.length) group.age = 0;
    }
    return out;
  }
}

/** The capitalised words of a value that say which place or body it names ("São Paolo-SP", "Brazil"). */
function nameWords(value: string): Set<string> {
  return new Set((value.match(/\p{Lu}[\p{L}-]{2,40}/gu) ?? []).filter((w) => !/^(?:The|State|States|Courts?|County|Federal|United|City)$/.test(w)));
}

/** A sentence that opens by pointing back at the case just described: "In this case,", "In such cases,". */
export const BACK_TO_CASE = re`^\s{0,4}(?:in\s{1,4}(?:this|that|such|those|these|either|each|which)\s{1,4}(?:an?\s{1,4})?(?:case|cases|event|events|situation|instance)|if\s{1,4}so)\b`;

/**
 * "If you reside in Brazil, disputes go to the courts of São Paulo. You submit to the exclusive
 * jurisdiction of the courts of São Paulo.": a clause that restates the value of a scoped clause of
 * its type just before it (the same place named) holds for that scope too; it is no rule for everyone.
 */
export function carryScope(before: readonly Clause[], clauses: readonly Clause[], text = ''): void {
  // "In this case, the courts of New York have jurisdiction": a sentence that opens by pointing back at the
  // case of the scoped one before it holds for that scope, whatever it names
  const back = BACK_TO_CASE.test(text) ? before.find((b) => b.scope) : undefined;
  for (const c of clauses) {
    if (c.scope) continue;
    if (back) {
      c.scope = back.scope;
      continue;
    }
    if (!('value' in c) || typeof c.value !== 'string') continue;
    const words = nameWords(c.value);
    const source = before.find((b) => b.type === c.type && b.scope && 'value' in b && typeof b.value === 'string' && [...nameWords(b.value)].some((w) => words.has(w)));
    if (source) {
      c.scope = source.scope;
      if (source.variantOf) c.variantOf = source.variantOf;
    }
  }
}
