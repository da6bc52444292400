/**
 * Field-by-field scoring of parseQuestion against the question table (README.md beside this file).
 * A field a row leaves out is expected absent; `ask` defaults to "whether"; `by` is scored only where
 * it names the holder of a right (terminate, suspend, remove-content, modify-terms, fee-change, cure
 * periods); categories count as right at an F1 of at least 0.67.
 */
import type { Intent } from '../../src/index.js';

/** One row of the table. */
export interface Row { question: string; intent: Partial<Intent> | null }

/** The fields scored, in the order they are reported. */
export const FIELDS = ['action', 'ask', 'by', 'notice', 'grounds', 'object', 'scope', 'breaching', 'timing', 'unilateral', 'about', 'categories'] as const;
export type Field = (typeof FIELDS)[number];

const HOLDER_ACTIONS = new Set(['terminate', 'suspend', 'remove-content', 'modify-terms', 'fee-change']);

function scoped(want: Partial<Intent>): boolean {
  return HOLDER_ACTIONS.has(String(want.action)) || want.ask === 'cure-period';
}

function sameScope(a: Intent['scope'], b: Intent['scope']): boolean {
  const norm = (s: Intent['scope']) => (s ? JSON.stringify([s.regions ? [...s.regions].sort() : [], Boolean(s.outside), s.customer, s.entity, s.plan, s.product]) : '');
  return norm(a) === norm(b);
}

function f1(want: readonly string[], got: readonly string[]): number {
  const tp = got.filter((c) => want.includes(c)).length;
  return tp === 0 ? 0 : (2 * tp) / (want.length + got.length);
}

/** Is one field of a parse right for a row? undefined when the field is not scored on that row. */
export function fieldRight(field: Field, want: Partial<Intent>, got: Intent | undefined): boolean | undefined {
  if (field === 'by' && !scoped(want)) return undefined;
  const g = got ?? ({} as Partial<Intent>);
  switch (field) {
    case 'ask': return (want.ask ?? 'whether') === (got ? got.ask ?? 'whether' : undefined);
    case 'scope': return sameScope(want.scope, g.scope);
    case 'unilateral': return Boolean(want.unilateral) === Boolean(g.unilateral) && got !== undefined;
    case 'categories': {
      const w = want.categories ?? [];
      const h = g.categories ?? [];
      return w.length === 0 ? h.length === 0 && got !== undefined : f1(w, h) >= 0.67;
    }
    default: return got !== undefined && want[field] === g[field];
  }
}

/** Totals over a table: rows whose every scored field is right, and each field's right/scored counts. */
export interface Score {
  rows: number;
  exact: number;
  /** Rows whose intent is null, and how many of them parse to undefined. */
  nullRows: number;
  nullRight: number;
  fields: Record<Field, { right: number; scored: number }>;
  /** The rows with a wrong field, with the fields that are wrong (for the tuning table only). */
  misses: Array<{ question: string; wrong: Field[]; got: Intent | undefined; want: Partial<Intent> | null }>;
}

/** Score a parser on a table. */
export function score(rows: readonly Row[], parse: (q: string) => Intent | undefined): Score {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, scored: 0 }])) as Score['fields'];
  const out: Score = { rows: rows.length, exact: 0, nullRows: 0, nullRight: 0, fields, misses: [] };
  for (const row of rows) {
    const got = parse(row.question);
    if (row.intent === null) {
      out.nullRows++;
      if (got === undefined) { out.nullRight++; out.exact++; } else out.misses.push({ question: row.question, wrong: ['action'], got, want: null });
      continue;
    }
    const wrong: Field[] = [];
    for (const f of FIELDS) {
      const ok = fieldRight(f, row.intent, got);
      if (ok === undefined) continue;
      fields[f].scored++;
      if (ok) fields[f].right++;
      else wrong.push(f);
    }
    if (!wrong.length) out.exact++;
    else out.misses.push({ question: row.question, wrong, got, want: row.intent });
  }
  return out;
}

/** A share as a fixed-point fraction: 0.873. */
export const share = (right: number, of: number): number => (of ? right / of : 1);

/** The aggregate figures of a score, one line per figure. */
export function summary(label: string, s: Score): string {
  const pct = (r: number, n: number) => `${(100 * share(r, n)).toFixed(1)}% (${r}/${n})`;
  return [
    `${label}: intents right ${pct(s.exact, s.rows)}; not-an-agreement rows ${pct(s.nullRight, s.nullRows)}`,
    ...FIELDS.map((f) => `  ${f.padEnd(10)} ${pct(s.fields[f].right, s.fields[f].scored)}`),
  ].join('\n');
}
