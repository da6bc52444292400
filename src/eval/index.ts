/**
 * Evaluation: score `ask` on a gold file (the format of ../shared/gold/FORMAT.md) — answers right,
 * answers with the right section as evidence, and answers confidently wrong.
 */
import { z } from 'zod';
import type { Agreement, Answer, PeriodValue } from '../schema/index.js';
import { ask } from '../query/answer.js';
import { dropEnd } from '../lexicon/text.js';

const GoldItemSchema = z.object({
  id: z.string(),
  question: z.string(),
  intent: z.object({ action: z.string() }).passthrough(),
  answer: z.union([z.enum(['yes', 'no', 'not-stated']), z.record(z.string(), z.unknown())]),
  sections: z.array(z.string()),
  quote: z.string().optional(),
});
/** A gold file: questions with expected answers, per document. */
export const GoldSchema = z.array(z.object({
  doc: z.string(),
  provider: z.array(z.string()).optional(),
  customer: z.array(z.string()).optional(),
  items: z.array(GoldItemSchema),
}));
/** A gold file. */
export type Gold = z.infer<typeof GoldSchema>;
/** One gold item. */
export type GoldItem = z.infer<typeof GoldItemSchema>;

/** The score of one item. */
export interface ItemScore {
  /** The gold item's id. */
  id: string;
  /** The document, as the gold file names it. */
  doc: string;
  /** The gold intent's action (`terminate`, `suspend`, …). */
  action: string;
  question: string;
  /** The gold answer. */
  expected: GoldItem['answer'];
  /** What `ask` answered. */
  got: Answer;
  /** The answer is right. */
  right: boolean;
  /** The answer is right and cites one of the gold sections. */
  evidence: boolean;
  /** The answer is a confident one (yes, no, a value) and wrong. */
  wrong: boolean;
}

function hours(v: Record<string, unknown>): number | undefined {
  if (typeof v.hours === 'number') return v.hours;
  if (typeof v.days === 'number') return v.days * 24;
  if (typeof v.months === 'number') return v.months * 30 * 24;
  return undefined;
}

/** Does a period answer match a gold period? Hours and days compare as hours; flags must match. */
export function samePeriod(got: PeriodValue | undefined, want: Record<string, unknown>): boolean {
  if (!got) return false;
  if (hours(got as Record<string, unknown>) !== hours(want)) return false;
  if (want.immediate && !got.immediate) return false;
  if (want.business && !got.business) return false;
  return true;
}

const norm = (s: string) => dropEnd(s.toLowerCase().replace(/^\s*(?:section|§)\s*/, ''), /[.\s]/).trim();
/** The text inside the parenthesis that closes `title` ("Fees (Billing)" gives "Billing"), as `/\(([^)]+)\)\s*$/` would find it, in linear time. */
function lastParenthesis(title: string): string | undefined {
  const t = title.trimEnd();
  if (!t.endsWith(')')) return undefined;
  const close = t.length - 1;
  const open = t.indexOf('(', t.lastIndexOf(')', close - 1) + 1);
  return open >= 0 && open < close - 1 ? t.slice(open + 1, close) : undefined;
}

const tokens = (s: string) => norm(s).split(/[.()\s]+/).filter(Boolean);

/** Does an evidence section (or heading) answer a gold section? Deeper sub-sections count; shallower do not. */
export function sectionMatches(gold: string, section: string, heading: string): boolean {
  // a heading with commas in it ("Site Policies, Modification, and Severability") is met by itself;
  // otherwise a comma parts a heading from an item or a sub-section ("Termination, item 4")
  const parts = [gold, ...gold.split(/,\s*(?:item\s+)?/i).filter((p) => p !== gold)];
  for (const part of parts) {
    // (a hyphen may join the parts of a number too: "S-2.1")
    const m = /^((?:section\s+|§\s*)?[A-Za-z0-9]{1,4}(?:[.(-][A-Za-z0-9]{1,4}\)?)*)\.?(?:\s+([^]+))?$/i.exec(part.trim());
    const candidates: Array<[string | undefined, string | undefined]> = [[undefined, part]];
    // "Settling disputes - Agreement to Arbitrate": a heading path in the gold is met by its last part
    const last = part.split(/\s[-–›>/]\s/).pop();
    if (last && last !== part) candidates.push([undefined, last]);
    if (m && /\d|^[A-Z](?:\.|$)|^[A-Za-z]$/.test(m[1]) && !/^[A-Za-z]{2,}$/.test(m[1])) candidates.push([m[1], m[2]]);
    for (const [num, title] of candidates) {
      if (num && section) {
        const want = tokens(num);
        const have = tokens(section);
        if (want.length && have.length >= want.length && want.every((t, i) => t === have[i])) return true;
      }
      // a heading path ("Ending These Terms › Termination") matches at any of its levels
      if (title && heading && heading.split(' › ').some((h) => norm(title) === norm(h))) return true;
      if (title && heading) {
        // "Acme Fees (Payment)": a heading with its sub-heading in brackets
        const inner = lastParenthesis(title);
        if (inner && heading.split(' › ').some((h) => norm(inner) === norm(h))) return true;
      }
    }
  }
  return false;
}

const SMALL = new Set(['the', 'of', 'or', 'and', 'a', 'an', 'in', 'to', 'for', 'by', 'on', 'at', 'with', 'from', 'as', 's']);

/**
 * A value of three words or more is met when every number of it stands in the answer and three
 * quarters of its words do, small words aside (FORMAT.md, scoring).
 */
export function sameValueWords(want: string, have: string): boolean {
  const words = (t: string) => t.toLowerCase().match(/[a-z0-9$£€]+(?:\.[0-9]+)?/g) ?? [];
  const wanted = words(want);
  if (wanted.length < 3) return false;
  const got = new Set(words(have));
  // a number is its figure, whatever the currency sign before it ("$50" stands in "US$50") and however many
  // zero cents it writes ("$50.00" is "$50")
  const figure = (w: string) => w.replace(/^[a-z]{0,3}[$£€]/, '').replace(/\.0{1,4}$/, '');
  const figures = new Set([...got].map(figure));
  if (!wanted.filter((w) => /\d/.test(w)).every((n) => figures.has(figure(n)))) return false;
  const content = wanted.filter((w) => !SMALL.has(w));
  return content.length > 0 && content.filter((w) => got.has(w)).length * 4 >= content.length * 3;
}

/** Score one answer against one gold item. */
export function scoreItem(item: GoldItem, got: Answer): Pick<ItemScore, 'right' | 'evidence' | 'wrong'> {
  let right: boolean;
  let wrong: boolean;
  if (typeof item.answer === 'string') {
    right = got.answer === item.answer;
    wrong = !right && (got.answer === 'yes' || got.answer === 'no');
  } else if ('categories' in item.answer) {
    const want = new Set(item.answer.categories as string[]);
    const have = new Set(((got.value as { categories?: string[] } | undefined)?.categories) ?? []);
    const tp = [...have].filter((c) => want.has(c)).length;
    const f1 = tp === 0 ? 0 : (2 * tp) / (want.size + have.size);
    right = f1 >= 0.67;
    wrong = !right && have.size > 0;
  } else if ('value' in item.answer) {
    const want = String(item.answer.value).toLowerCase();
    const have = String((got.value as { text?: string } | undefined)?.text ?? '').toLowerCase();
    right = Boolean(have) && (have.includes(want) || want.includes(have) || sameValueWords(want, have));
    wrong = !right && Boolean(have);
  } else {
    right = samePeriod(got.value, item.answer);
    wrong = !right && got.value !== undefined;
  }
  const evidence = right && (item.sections.length === 0 || item.sections.some((s) => got.evidence.some((e) => sectionMatches(s, e.section, e.heading))));
  return { right, evidence, wrong };
}

/** Score every item of a gold file. `load` returns the parsed agreement of a document path. */
export async function evaluate(gold: Gold, load: (doc: string) => Promise<Agreement>, actions?: string[]): Promise<ItemScore[]> {
  const out: ItemScore[] = [];
  for (const doc of gold) {
    const items = doc.items.filter((it) => !actions || actions.includes(String(it.intent.action)));
    if (!items.length) continue;
    const agreement = await load(doc.doc);
    for (const item of items) {
      const got = ask(agreement, item.question);
      out.push({ id: item.id, doc: doc.doc, action: String(item.intent.action), question: item.question, expected: item.answer, got, ...scoreItem(item, got) });
    }
  }
  return out;
}

/** Totals of a list of item scores. */
export interface Totals {
  /** Items scored. */
  n: number;
  /** Items answered right. */
  right: number;
  /** Items answered right with the right section. */
  evidence: number;
  /** Items answered confidently wrong. */
  wrong: number;
}

/** Add up item scores. */
export function totals(scores: ItemScore[]): Totals {
  return {
    n: scores.length,
    right: scores.filter((s) => s.right).length,
    evidence: scores.filter((s) => s.evidence).length,
    wrong: scores.filter((s) => s.wrong).length,
  };
}

/** The summary line: `gold: answers A/N (x%), with evidence E/N (y%), confidently wrong W`. */
export function summaryLine(label: string, t: Totals): string {
  const pct = (k: number) => (t.n ? ((100 * k) / t.n).toFixed(1) : '0.0');
  return `${label}: answers ${t.right}/${t.n} (${pct(t.right)}%), with evidence ${t.evidence}/${t.n} (${pct(t.evidence)}%), confidently wrong ${t.wrong}`;
}
