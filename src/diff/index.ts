/**
 * Two versions of an agreement compared by meaning, not text: each clause is reduced to its typed
 * fields (where it stands, its wording and its numbering left out), clauses of the same meaning in
 * both versions cancel out, and the rest are paired by type, holder and likeness. A renumbered
 * section, a reordered list or a cross-reference that follows the renumbering is no change.
 *
 * The reduction walks the schema generically, by the shape of each field (a duration, a notice, a
 * list, a flag), so a field added to a clause type is compared without a change here.
 */
import type { Agreement, Clause } from '../schema/index.js';
import { SCHEMA_VERSION, type Change, type Diff, type FieldChange } from '../schema/records.js';
import { PLACE_FIELDS, clauseFacts, clauseLabel, durationText, fieldName, holderOf, isDuration, valueText } from '../present/index.js';

/** Fields of nested values that say where a piece stands or how it was written, not what it means. */
const NESTED_PLACE = new Set(['span', 'section', 'label', 'heading', 'start', 'end']);

/** The words a document cites its own parts by ("Section 6.1", "Clause 4(b)"). */
const PART_WORDS = ['sections?', 'clauses?', 'articles?', 'paragraphs?'];
/** One label of a numbering: "6", "b", "ii", "A". */
const LABEL = '[\\dA-Za-z]{1,4}';

/** Words that point at numbering ("Section 6.1", "§ 7", "(b)", a leading "2."): a renumbering changes them, not the meaning. */
const NUMBERING = new RegExp([
  `\\b(?:${PART_WORDS.join('|')})\\s*${LABEL}(?:\\.${LABEL})*(?:\\(${LABEL}\\))*`,
  '§\\s*[\\dA-Za-z.]{1,12}',
  `\\(${LABEL}\\)`,
  `^\\s*${LABEL}[.)]\\s`,
].join('|'), 'gi');

/** Text as meaning: numbering references gone, case and punctuation ignored. */
function normalText(text: string): string {
  return text.replace(NUMBERING, ' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** One typed value reduced to what it means: `key` compares, `show` is for a reader. */
interface Leaf { key: string; show: string }

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

function leafOf(v: Json): Leaf {
  if (isDuration(v)) {
    const { text: _text, ...rest } = v as { [key: string]: Json };
    return { key: JSON.stringify(Object.entries(rest).sort()), show: durationText(v) };
  }
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const entries = Object.entries(v).filter(([k, x]) => !NESTED_PLACE.has(k) && x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    const key = JSON.stringify(entries.map(([k, x]) => [k, k === 'text' && typeof x === 'string' ? normalText(x) : leafOf(x).key]));
    return { key, show: valueText(v) };
  }
  if (Array.isArray(v)) {
    const items = v.map(leafOf);
    return { key: JSON.stringify(items.map((i) => i.key).sort()), show: items.map((i) => i.show).join('; ') };
  }
  return { key: typeof v === 'string' ? normalText(v) : JSON.stringify(v ?? null), show: valueText(v) };
}

/**
 * A clause's meaning as flat fields: `notice.kind`, `notice.period`, `grounds`, `categories`, … A
 * duration or a list is one field; other objects are walked into. Empty lists and absent values are left out.
 */
function flatten(v: { [key: string]: Json }, prefix = '', out = new Map<string, Leaf | Leaf[]>()): Map<string, Leaf | Leaf[]> {
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined || x === null) continue;
    if (!prefix && PLACE_FIELDS.has(k) && k !== 'scope' && k !== 'type') continue;
    if (prefix && NESTED_PLACE.has(k)) continue;
    const path = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(x)) {
      if (x.length) out.set(path, x.map(leafOf));
    } else if (typeof x === 'object' && !isDuration(x)) {
      flatten(x, path, out);
    } else out.set(path, leafOf(x));
  }
  return out;
}

const setKey = (l: Leaf | Leaf[]) => (Array.isArray(l) ? JSON.stringify(l.map((i) => i.key).sort()) : l.key);

/** The whole meaning of a clause as one string: equal strings, same meaning. */
function meaningKey(fields: Map<string, Leaf | Leaf[]>): string {
  return JSON.stringify([...fields].map(([k, l]) => [k, setKey(l)]).sort(([a], [b]) => (a < b ? -1 : 1)));
}

interface Reduced { clause: Clause; fields: Map<string, Leaf | Leaf[]>; key: string; words: Set<string> }

function reduce(clause: Clause): Reduced {
  const fields = flatten(clause as unknown as { [key: string]: Json });
  const words = new Set(normalText(clause.text).split(' ').filter((w) => w.length > 2 && !/\d/.test(w)));
  return { clause, fields, key: meaningKey(fields), words };
}

/** Fields a clause cannot change and stay the same right or duty: its type, holder, scope and polarity. */
function identity(r: Reduced): string {
  const pick = (k: string) => (r.fields.has(k) ? setKey(r.fields.get(k)!) : '');
  return JSON.stringify([r.clause.type, holderOf(r.clause), pick('negated'), [...r.fields].filter(([k]) => k.startsWith('scope.')).map(([k, l]) => [k, setKey(l)])]);
}

/** How alike two clauses of the same identity are: shared typed values and shared words, 0..1. */
function likeness(a: Reduced, b: Reduced): number {
  const keys = new Set([...a.fields.keys(), ...b.fields.keys()]);
  let same = 0;
  for (const k of keys) if (a.fields.has(k) && b.fields.has(k) && setKey(a.fields.get(k)!) === setKey(b.fields.get(k)!)) same++;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  const words = a.words.size + b.words.size - shared;
  return 0.5 * (same / Math.max(1, keys.size)) + 0.5 * (words ? shared / words : 1);
}

/** Two clauses this alike are one provision that changed; less alike, one was removed and another added. */
const SAME_PROVISION = 0.55;

/** The typed fields that differ between two versions of one clause. */
function fieldChanges(a: Reduced, b: Reduced): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = [...new Set([...a.fields.keys(), ...b.fields.keys()])];
  for (const k of keys) {
    const x = a.fields.get(k);
    const y = b.fields.get(k);
    if (x && y && setKey(x) === setKey(y)) continue;
    if (Array.isArray(x) || Array.isArray(y)) {
      const before = (x ?? []) as Leaf[];
      const after = (y ?? []) as Leaf[];
      const added = after.filter((i) => !before.some((j) => j.key === i.key)).map((i) => i.show);
      const removed = before.filter((i) => !after.some((j) => j.key === i.key)).map((i) => i.show);
      out.push({ field: k, ...(removed.length ? { before: removed.join('; ') } : {}), ...(added.length ? { after: added.join('; ') } : {}) });
    } else {
      const before = (x as Leaf | undefined)?.show;
      const after = (y as Leaf | undefined)?.show;
      out.push({ field: k, ...(before ? { before } : {}), ...(after ? { after } : {}) });
    }
  }
  return out;
}

function describeField(f: FieldChange, isList: boolean): string {
  const name = fieldName(f.field);
  if (isList) return [f.after ? `${name} added: ${f.after}` : '', f.before ? `${name} removed: ${f.before}` : ''].filter(Boolean).join('; ');
  return `${name} ${f.before ?? '(none)'} → ${f.after ?? '(none)'}`;
}

const where = (c: Clause) => (c.section ? ` (${c.section})` : c.heading ? ` (${c.heading})` : '');

/**
 * The changes in meaning from `before` to `after`: clauses added, removed, or changed in their typed
 * fields, in the order of the new version (removals where the old one had them, at the end).
 */
export function diffAgreements(before: Agreement, after: Agreement): Change[] {
  const dedupe = (clauses: Clause[]) => {
    const seen = new Map<string, Reduced>();
    for (const c of clauses) {
      const r = reduce(c);
      if (!seen.has(r.key)) seen.set(r.key, r);
    }
    return seen;
  };
  const old = dedupe(before.clauses);
  const now = dedupe(after.clauses);
  // the same meaning in both versions: no change, wherever each stands
  const left = [...old.values()].filter((r) => !now.has(r.key));
  const right = [...now.values()].filter((r) => !old.has(r.key));
  // pair what is left by identity and likeness, the most alike first
  const pairs: Array<[number, Reduced, Reduced]> = [];
  for (const a of left) for (const b of right) if (identity(a) === identity(b)) pairs.push([likeness(a, b), a, b]);
  pairs.sort((x, y) => y[0] - x[0]);
  const paired = new Map<Reduced, Reduced>();
  const taken = new Set<Reduced>();
  for (const [score, a, b] of pairs) {
    if (score < SAME_PROVISION || paired.has(a) || taken.has(b)) continue;
    paired.set(a, b);
    taken.add(b);
  }
  const changes: Change[] = [];
  const byNew = new Map([...paired].map(([a, b]) => [b, a]));
  for (const b of right) {
    const a = byNew.get(b);
    if (!a) {
      const detail = clauseFacts(b.clause).join('; ');
      changes.push({ kind: 'added', type: b.clause.type, section: b.clause.section, after: b.clause, summary: `new ${clauseLabel(b.clause)}${detail ? `: ${detail}` : ''}${where(b.clause)}` });
      continue;
    }
    const fields = fieldChanges(a, b);
    const text = fields.map((f) => describeField(f, Array.isArray(a.fields.get(f.field) ?? b.fields.get(f.field)))).join('; ');
    changes.push({ kind: 'changed', type: b.clause.type, section: b.clause.section, before: a.clause, after: b.clause, fields, summary: `${clauseLabel(b.clause)}: ${text}${where(b.clause)}` });
  }
  for (const a of left) {
    if (paired.has(a)) continue;
    const detail = clauseFacts(a.clause).join('; ');
    changes.push({ kind: 'removed', type: a.clause.type, section: a.clause.section, before: a.clause, summary: `${clauseLabel(a.clause)}${detail ? ` (${detail})` : ''} removed${where(a.clause)}` });
  }
  return changes;
}

/** The record of `diff --json`. */
export function diffRecord(before: Agreement, after: Agreement): Diff {
  return { version: SCHEMA_VERSION, changes: diffAgreements(before, after) };
}

/** The readable diff: one line per change, then a count. */
export function renderDiff(changes: Change[]): string {
  if (!changes.length) return 'no change in meaning';
  const lines = changes.map((c) => `${c.kind.padEnd(8)} ${c.summary}`);
  const count = (k: Change['kind']) => changes.filter((c) => c.kind === k).length;
  lines.push(`${changes.length} change${changes.length === 1 ? '' : 's'}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed`);
  return lines.join('\n');
}
