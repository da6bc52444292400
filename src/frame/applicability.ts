/**
 * Applicability: provisions that say for whom other provisions hold. "If you are a consumer in the
 * EEA, Section 11 doesn't apply to you." "This arbitration agreement does not apply to residents of
 * the EU." "The following section applies only to users in the United States." Each gives the
 * clauses it names a scope: a denied variant for the scope a provision is withdrawn from, or the
 * scope a provision is limited to.
 */
import type { Clause, Scope } from '../schema/index.js';
import type { Provision } from '../segment/index.js';
import { lexicon, re, withFlags } from '../lexicon/compose.js';
import { readScope, toScope } from './scope.js';

/** What a provision says of the applicability of others. */
export interface Applicability {
  /** Section paths named ("11", "14.3"); `self` for "this section"; `next` for "the following section". */
  targets: string[];
  /** Clause types named instead of a section ("the arbitration agreement", "the class action waiver"). */
  types: Array<Clause['type']>;
  /** False for "does not apply"; true for "applies only". */
  applies: boolean;
  scope: Scope;
  /** The provision that says it. */
  at: Provision;
}

const CLAUSE_NOUN = lexicon('clause-noun', [
  'section', 'sections', 'clause', 'clauses', 'provision', 'provisions', 'paragraph', 'paragraphs', 'subsection',
  'subsections', 'part', 'term', 'terms', 'agreement', 'limitation', 'limitations', 'waiver', 'exclusion', 'exclusions',
]);
const NAMED_TYPE: Array<[RegExp, Array<Clause['type']>]> = [
  [re`\barbitrat\w{0,40}|\bagreement to arbitrate|\bdispute resolution (?:section|provisions?|agreement)`, ['arbitration', 'class-action-waiver']],
  [re`\bclass action (?:waiver|provision|clause)|\bclass waiver|\b(?:this|the|that|such) waiver\b`, ['class-action-waiver']],
  [re`\b(?:governing law|choice of law) (?:section|provision|clause)`, ['governing-law']],
  [re`\b(?:venue|forum|jurisdiction) (?:section|provision|clause)`, ['jurisdiction']],
  [re`\blimitations? (?:of|on) liability|\bliability (?:cap|limitation)s?`, ['liability-limitation']],
];
const REF = '(?:\\d+(?:\\.\\d+)*(?:\\([a-zA-Z0-9]{1,4}\\))*|[A-Z](?:\\.\\d+)*|[IVXLC]+)';
const SECTION_REFS = withFlags('gi')`\b(?:sections?|clauses?|paragraphs?|articles?|§)\s{0,4}(${REF}(?:\s{0,4}(?:,|and|or|&)\s{0,4}${REF}){0,8})`;
const ONE_REF = withFlags('g')`${REF}`;
// "… with laws that give consumers the right to sue locally, this clause does not affect those requirements": it gives way there
const DOES_NOT_APPLY = re`\b(?:does|do|shall|will)\s{1,4}not\s{1,4}affect\s{1,4}(?:those|these|such|the|any)\s{1,4}(?:[\w-]{1,40}\s{1,4})?(?:requirements|rights|laws|protections)\b|\b(?:does|do|shall|will|would|is|are)\s{1,4}not\s{1,4}(?:apply|be applicable)|\b(?:doesn|don|won|isn|aren)['’]t\s{1,4}(?:apply|be applicable)|\bnot applicable\b|\bare excluded\b`;
const APPLIES_ONLY = re`\b(?:applies|apply|shall apply|will apply|is applicable|are applicable)\s{1,4}(?:to you\s{1,4})?only\b|\bonly (?:applies|apply)\b`;
const SELF = re`\b(?:this|these|the above|the foregoing)\s{1,4}(?:[\w-]{1,40}\s{1,4}){0,2}?${CLAUSE_NOUN}\b`;
const NEXT = re`\bthe following\s{1,4}(?:[\w-]{1,40}\s{1,4}){0,2}?${CLAUSE_NOUN}\b`;

/** Read what a provision says of the applicability of other provisions, if anything. */
export function readApplicability(p: Provision): Applicability | undefined {
  const denies = DOES_NOT_APPLY.exec(p.text);
  const only = APPLIES_ONLY.exec(p.text);
  const verb = denies ?? only;
  if (!verb) return undefined;
  const scope = readScope(p.text);
  if (!scope) return undefined;
  const before = p.text.slice(0, verb.index);
  const targets: string[] = [];
  for (const m of before.matchAll(SECTION_REFS)) for (const r of m[1].matchAll(ONE_REF)) targets.push(r[0]);
  if (!targets.length && SELF.test(before)) targets.push('self');
  if (!targets.length && NEXT.test(before)) targets.push('next');
  const types = NAMED_TYPE.filter(([pattern]) => pattern.test(before)).flatMap(([, t]) => t);
  if (!targets.length && !types.length) return undefined;
  return { targets, types: [...new Set(types)], applies: !denies, scope: toScope(scope), at: p };
}

/** Does a clause stand in the section a target names? */
function inTarget(c: Clause, target: string, at: Provision): boolean {
  // "this section": the provision's own section, or the section it is a numbered paragraph of ("5.2" under "5")
  if (target === 'self') {
    const own = at.section.replace(/(?:\.[^.(]{1,400}|\([^)]{0,400}\))$/, '') || at.section;
    return c.heading === at.heading || (own !== '' && (c.section === own || c.section.startsWith(own + '.') || c.section.startsWith(own + '(')));
  }
  if (target === 'next') return false;
  return c.section === target || c.section.startsWith(target + '.') || c.section.startsWith(target + '(');
}

/** Types that a withdrawal for some customers changes the answer of. */
const SCOPED_TYPES = new Set<Clause['type']>([
  'termination', 'suspension', 'modification', 'acceptance-by-use', 'liability-limitation', 'governing-law', 'jurisdiction',
  'arbitration', 'class-action-waiver', 'renewal', 'fee-change', 'data-after-termination', 'content-removal', 'refund',
]);

/** Where a variant is cited: the provision that withdraws the clause. */
export type Citation = Pick<Clause, 'id' | 'section' | 'heading' | 'headings' | 'text' | 'span'>;

/**
 * Apply what applicability provisions say to the clauses they name: a provision withdrawn for a scope
 * gets a denied variant for that scope, cited where the withdrawal is written; one that applies only
 * to a scope takes that scope. `cite` gives a new clause id and the place of a provision.
 */
export function applyApplicability(clauses: Clause[], rules: Applicability[], cite: (p: Provision) => Citation): Clause[] {
  const out = [...clauses];
  for (const rule of rules) {
    const named = clauses.filter((c) => c.text !== rule.at.text && SCOPED_TYPES.has(c.type) && !c.scope &&
      ((rule.targets.length && rule.targets.some((t) => inTarget(c, t, rule.at)) && (!rule.types.length || rule.types.includes(c.type))) ||
        (!rule.targets.length && rule.types.includes(c.type))));
    const denied = new Set<Clause['type']>();
    for (const c of named) {
      if (rule.applies) { c.scope = rule.scope; continue; }
      // one denied variant per type, cited where the withdrawal is written
      if (denied.has(c.type)) continue;
      denied.add(c.type);
      out.push({ ...c, ...cite(rule.at), scope: rule.scope, variantOf: c.id, negated: !c.negated, confidence: Math.round(c.confidence * 0.8 * 100) / 100 } as Clause);
    }
  }
  return out;
}
