/**
 * How clauses and answers read to a person: one rendering shared by the readable `ask` output, the
 * HTML report, the diff and the unified plugin. It walks a clause's typed fields generically (by
 * their shape: a duration, a notice, a list, a flag), so a field added to the schema shows up here
 * without a change.
 */
import { ActionSchema, type Action, type Answer, type Clause, type PeriodValue, type Scope } from '../schema/index.js';

/** Fields every clause carries that say where it is, not what it means. */
export const PLACE_FIELDS: ReadonlySet<string> = new Set(['id', 'type', 'section', 'heading', 'headings', 'text', 'span', 'confidence', 'source', 'references', 'scope']);

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A duration: `{ amount, unit }`. */
export const isDuration = (v: unknown): v is JsonObject & { amount: number; unit: string } => isObject(v) && typeof v.amount === 'number' && typeof v.unit === 'string';
/** A notice: `{ kind, period? }`. */
const isNotice = (v: unknown): v is JsonObject & { kind: string } => isObject(v) && typeof v.kind === 'string' && !('span' in v);
/** A listed condition or any quoted piece: `{ text, span }`. */
const isQuoted = (v: unknown): v is JsonObject & { text: string } => isObject(v) && typeof v.text === 'string' && ('span' in v || 'label' in v);

/** "camelCase" and "dotted.path" field names as words: `continuedUseIsAcceptance` → "continued use is acceptance". */
export function fieldName(path: string): string {
  return path.split('.').map((p) => p.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).join(' ');
}

/** A duration as written for a reader: "at least 30 days", "2 business days". */
export function durationText(d: { amount: number; unit: string; business?: boolean; qualifier?: string }): string {
  const unit = d.amount === 1 ? d.unit.replace(/s$/, '') : d.unit;
  return [d.qualifier?.replace(/-/g, ' '), String(d.amount), d.business ? 'business' : '', unit].filter(Boolean).join(' ');
}

/** A notice for a reader: "advance, at least 30 days, written", "immediate". */
export function noticeText(n: JsonObject): string {
  // `immediate` repeats a kind `immediate`
  const extra = Object.entries(n).filter(([k, v]) => k !== 'kind' && k !== 'period' && v !== undefined && v !== false && !(k === 'immediate' && n.kind === 'immediate')).map(([k, v]) => (v === true ? fieldName(k) : `${fieldName(k)} ${valueText(v)}`));
  return [String(n.kind), isDuration(n.period) ? durationText(n.period) : '', ...extra].filter(Boolean).join(', ');
}

/** Who a scope holds for, in words: "consumers, EEA", "outside EU", "plan Enterprise". */
export function scopeText(scope: Scope | undefined): string {
  if (!scope) return 'everyone';
  const parts: string[] = [];
  for (const [key, v] of Object.entries(scope)) {
    if (v === undefined || key === 'text' || key === 'outside') continue;
    if (key === 'regions' && Array.isArray(v)) parts.push(`${scope.outside ? 'outside ' : ''}${v.join(', ')}`);
    else if (key === 'customer') parts.push(v === 'consumer' ? 'consumers' : 'businesses');
    else parts.push(`${fieldName(key)} ${valueText(v as Json)}`);
  }
  return parts.join('; ') || scope.text || 'everyone';
}

/** Any field value for a reader, whatever its shape. */
export function valueText(v: Json): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(valueText).filter(Boolean).join('; ');
  if (isDuration(v)) return durationText(v);
  if (isNotice(v)) return noticeText(v);
  if (isQuoted(v)) return v.text;
  return Object.entries(v).filter(([, x]) => x !== undefined && x !== false).map(([k, x]) => (x === true ? fieldName(k) : `${fieldName(k)} ${valueText(x)}`)).join(', ');
}

/**
 * The typed fields of a clause beyond where it stands, as `[name, text]` pairs, empty ones left out.
 * `brief`: a list of quoted items (the listed causes) is counted, not quoted.
 */
export function clauseFields(clause: Clause, brief = false): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, v] of Object.entries(clause as unknown as JsonObject)) {
    if (PLACE_FIELDS.has(key) || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    // `party` repeats `by` where a clause has both
    if (key === 'party' && 'by' in clause) continue;
    const text = brief && Array.isArray(v) && v.every(isQuoted) ? `${v.length} listed` : valueText(v);
    if (text !== '') out.push([fieldName(key), text]);
  }
  return out;
}

/** Who holds the right or bears the duty: `by`, `bearer` or `party`, whichever the type has. */
export function holderOf(clause: Clause): string {
  const c = clause as unknown as JsonObject;
  return String(c.by ?? c.bearer ?? c.party ?? 'unknown');
}

/** A short name for a clause: "provider's termination for convenience", "customer's content-duty (must-not)". */
export function clauseLabel(clause: Clause): string {
  const c = clause as unknown as JsonObject;
  const holder = holderOf(clause);
  // a clause with a value (the law, the courts) holds for both sides: its `party` says nothing
  const bare = c.by === undefined && c.bearer === undefined && (holder === 'either' || holder === 'unknown');
  const who = bare || holder === 'unknown' ? '' : holder === 'either' ? "either party's " : `${holder}'s `;
  const grounds = Array.isArray(c.grounds) && c.grounds.length ? ` for ${c.grounds.map(valueText).join('/')}` : '';
  const modality = typeof c.modality === 'string' ? ` (${c.modality})` : '';
  const denied = c.negated === true ? 'no ' : '';
  const scope = clause.scope ? ` [${scopeText(clause.scope)}]` : '';
  return `${who}${denied}${clause.type}${grounds}${modality}${scope}`;
}

/** A clause's typed values beyond what its label says (holder, grounds, modality, polarity), as "name value" texts. */
export function clauseFacts(clause: Clause, brief = false): string[] {
  const skip = new Set(['by', 'bearer', 'party', 'grounds', 'modality', 'negated']);
  return clauseFields(clause, brief).filter(([name, text]) => !skip.has(name) && text !== 'no').map(([name, text]) => `${name} ${text}`);
}

/** One line on a clause: its label and its typed fields (`brief`: listed causes counted, not quoted). */
export function clauseSummary(clause: Clause, brief = false): string {
  return [clauseLabel(clause), ...clauseFacts(clause, brief)].join('; ');
}

/** An answer's value for a reader: "30 days", "immediately", "State of Vermont", "illegal, spam". */
export function answerValue(value: PeriodValue | undefined): string {
  if (!value) return '';
  if (value.immediate) return 'immediately';
  const parts: string[] = [];
  if (value.months !== undefined) parts.push(`${value.months} month${value.months === 1 ? '' : 's'}`);
  if (value.days !== undefined) parts.push(`${value.days}${value.business ? ' business' : ''} day${value.days === 1 ? '' : 's'}`);
  if (value.hours !== undefined) parts.push(`${value.hours} hour${value.hours === 1 ? '' : 's'}`);
  if (value.text !== undefined) parts.push(value.text);
  if (value.categories?.length) parts.push(value.categories.join(', '));
  // fields the schema may grow
  const known = new Set(['immediate', 'months', 'days', 'business', 'hours', 'text', 'categories']);
  for (const [k, v] of Object.entries(value)) if (!known.has(k) && v !== undefined) parts.push(`${fieldName(k)} ${valueText(v as Json)}`);
  return parts.join(', ');
}

/** The answer in one line: "yes: 30 days", "no", "not-stated". */
export function answerLine(answer: Pick<Answer, 'answer' | 'value'>): string {
  const value = answerValue(answer.value);
  return `${answer.answer}${value ? `: ${value}` : ''}`;
}

/** Where a quote stands, for a reader: "5.2(a) Termination › Termination for Convenience". */
export function citeText(e: { section: string; heading: string }): string {
  return [e.section, e.heading].filter(Boolean).join(' ') || '(untitled)';
}

/** What each kind of question is about, in words, for the hint on a question not understood. */
const ACTION_WORDS: Partial<Record<Action, string>> = {
  terminate: 'termination (who may end it, on what notice, for which causes, cure periods)',
  suspend: 'suspension of an account or the service',
  'modify-terms': 'changes to the terms and the notice for them',
  'remove-content': 'removal of content',
  'content-duty': 'what content or conduct is not allowed',
  'governing-law': 'the governing law',
  jurisdiction: 'the courts',
  arbitration: 'arbitration',
  'class-action-waiver': 'class actions',
  'acceptance-by-use': 'acceptance by using the service',
  'data-after-termination': 'data after the end',
  'liability-cap': 'the liability cap',
  'auto-renewal': 'automatic renewal',
  'fee-change': 'price changes',
};

/** The kinds of questions tos-clauses reads, in words: one for each intent action of the schema. */
export function questionKinds(): string[] {
  return ActionSchema.options.map((a) => ACTION_WORDS[a] ?? fieldName(a.replace(/-/g, ' ')));
}
