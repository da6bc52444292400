/**
 * Scope in answers. A question that names a scope ("I'm a consumer in the UK") is answered from the
 * clauses for that scope, and where one is a variant of a general clause it replaces it; one that
 * names none is answered from the clauses that hold for everyone, and the scoped clauses that answer
 * differently are listed as variants, never chosen silently.
 */
import type { Agreement, Answer, Clause, Intent, Scope, Variant } from '../schema/index.js';
import { complementOf, scopeFit, describeScope } from '../frame/scope.js';

type Answerer = (agreement: Agreement, intent: Intent) => Answer;

const key = (s: Scope) => JSON.stringify({ r: s.regions, o: s.outside, c: s.customer, e: s.entity, p: s.plan, a: s.part });

/** The clauses that hold for an asker of scope `asked`: fitting scoped clauses first, replacing the general clauses they vary. */
export function poolFor(clauses: readonly Clause[], asked: Scope | undefined): Clause[] {
  const fits = clauses.map((c) => ({ c, fit: scopeFit(c.scope, asked) }));
  if (!asked) return fits.filter((f) => f.fit === 'general').map((f) => f.c);
  const scoped = fits.filter((f) => f.fit === 'exact' || f.fit === 'compatible');
  const replaced = new Set(scoped.map((f) => f.c.variantOf).filter(Boolean));
  // a type the scope has a clause of answers from it, not from the rule for everyone ("If you are a consumer in the EEA, Irish law")
  const scopedTypes = new Set(scoped.filter((f) => VALUE_TYPES.has(f.c.type)).map((f) => f.c.type));
  const general = fits.filter((f) => f.fit === 'general' && !replaced.has(f.c.id) && !scopedTypes.has(f.c.type));
  // exact fits first, then compatible ones, then the general rule; among equals the narrowest scope first
  const order = (f: { fit: string }) => (f.fit === 'exact' ? 0 : f.fit === 'compatible' ? 1 : 2);
  const breadth = (c: Clause) => c.scope?.regions?.length ?? 0;
  return [...scoped, ...general].sort((a, b) => order(a) - order(b) || breadth(a.c) - breadth(b.c)).map((f) => f.c);
}

/** Types whose clauses give one value for a scope: a scoped clause of the type replaces the general ones. */
const VALUE_TYPES = new Set<Clause['type']>(['governing-law', 'jurisdiction', 'arbitration', 'class-action-waiver', 'liability-limitation']);

function same(a: Answer, b: Answer): boolean {
  return a.answer === b.answer && JSON.stringify(a.value ?? null) === JSON.stringify(b.value ?? null);
}

/**
 * Answer with scope: from the asker's scope when the intent names one; else from the general
 * clauses, with the scoped clauses that answer differently as variants.
 */
export function answerWithScope(agreement: Agreement, intent: Intent, answer: Answerer): Answer {
  const asked = intent.scope;
  const main = answer({ ...agreement, clauses: poolFor(agreement.clauses, asked) }, intent);
  if (asked) {
    // the scoped clause cited (of those at the quoted place, one that holds for the asker: table rows share a place)
    const cited = main.evidence.length ? agreement.clauses.find((c) => c.scope && scopeFit(c.scope, asked) !== 'conflict' && main.evidence.some((e) => e.start.offset === c.span.start.offset)) : undefined;
    return { ...main, reason: cited?.scope ? `answered from the clause for ${describeScope(cited.scope)}` : main.reason };
  }
  const scopes = new Map<string, Scope>();
  for (const c of agreement.clauses) if (c.scope) scopes.set(key(c.scope), c.scope);
  const variants: Variant[] = [];
  for (const scope of scopes.values()) {
    const pool = agreement.clauses.filter((c) => c.scope && key(c.scope) === key(scope));
    const replaced = new Set(pool.map((c) => c.variantOf).filter(Boolean));
    const scopedTypes = new Set(pool.filter((c) => VALUE_TYPES.has(c.type)).map((c) => c.type));
    const general = agreement.clauses.filter((c) => !c.scope && !replaced.has(c.id) && !scopedTypes.has(c.type));
    const theirs = answer({ ...agreement, clauses: [...pool, ...general] }, intent);
    // a variant is a scoped clause that changes the answer, cited there
    if (same(theirs, main) || theirs.answer === 'not-understood') continue;
    if (!theirs.evidence.some((e) => pool.some((c) => c.span.start.offset === e.start.offset))) continue;
    const { text: _t, ...bare } = scope;
    variants.push({ scope: { ...bare, text: scope.text }, answer: theirs.answer === 'no' ? 'no' : theirs.answer === 'yes' ? 'yes' : 'not-stated', ...(theirs.value ? { value: theirs.value } : {}), evidence: theirs.evidence });
  }
  if (main.answer === 'not-stated') {
    const whole = complementary(variants);
    if (whole) return whole.rest.length ? { ...main, ...whole.answer, variants: whole.rest } : { ...main, ...whole.answer };
  }
  return variants.length ? { ...main, variants } : main;
}

/**
 * Two variants whose scopes together cover everyone ("users in the EU" and "users outside the EU",
 * consumers and businesses) and that answer alike answer for everyone: a careful reader needs no
 * scope to say "yes" when both halves say it. Their evidence is cited together.
 */
function complementary(variants: Variant[]): { answer: Pick<Answer, 'answer' | 'evidence' | 'reason' | 'value'>; rest: Variant[] } | undefined {
  for (const a of variants) {
    if (a.answer === 'not-stated') continue;
    const other = complementOf(a.scope);
    const b = other && variants.find((v) => v !== a && key(v.scope) === key(other) && v.answer === a.answer && JSON.stringify(v.value ?? null) === JSON.stringify(a.value ?? null));
    if (!b) continue;
    return {
      answer: { answer: a.answer, evidence: [...a.evidence, ...b.evidence], ...(a.value ? { value: a.value } : {}), reason: `stated alike for ${describeScope(a.scope)} and for ${describeScope(b.scope)}` },
      rest: variants.filter((v) => v !== a && v !== b),
    };
  }
  return undefined;
}
