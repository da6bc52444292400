/**
 * The causes a right may be used for, one lexicon per cause: convenience ("for any reason"),
 * non-payment ("fails to pay", "overdue"), breach, insolvency, law ("required by law", "sanctions"),
 * a suspension left unremedied, inactivity, and cause.
 */
import type { Grounds } from '../schema/index.js';
import { lexicon, re, withFlags, type Lexicon } from './compose.js';

/** Each cause and the words that name it. Table-driven: one row per cause. */
export const GROUND_WORDS: ReadonlyArray<readonly [Grounds, Lexicon]> = [
  ['any-reason', lexicon('any-reason', [
    'for any reason', 'for any or no reason', 'any or no reason', 'for no reason', 'with or without cause', 'with or without reason',
    'for any reason or no reason', 'no-questions-asked', 'for whatever reason', 'for any reason whatsoever',
  ])],
  ['convenience', lexicon('convenience', [
    'without cause', 'for convenience', 'with or without cause', 'for any reason', 'for any or no reason', 'any or no reason',
    'without giving any reason', 'without giving a reason', 'without stating any reason', 'without stating a reason',
    'without giving reasons', 'without stating reasons', 'without specifying a reason', 'for its convenience', 'for our convenience',
    // the provider ending the service for its own reasons, no fault of the customer's
    'discontinues the service', 'discontinue the service', 'discontinues the services', 'discontinue the services',
    'stops offering the service', 'stop offering the service', 'ceases to offer the service', 'cease to offer the service',
    'for the needs of our operations', 'for operational reasons', 'for business reasons', 'for its business reasons',
  ])],
  ['non-payment', lexicon('non-payment', [
    'fail to pay', 'fails to pay', 'failed to pay', 'failure to pay', 'do not pay', 'does not pay', 'did not pay', 'not paid',
    'non-payment', 'nonpayment', 'overdue', 'past due', 'stop paying', 'stops paying', 'stopped paying', 'payment fails',
    'payment failure', 'payment is declined', 'outstanding balance', 'unpaid balance', 'undisputed balance', 'unpaid',
    'late payment', 'chargeback*', 'reverse the charge', 'not paid for', 'cannot be charged', 'can not be charged',
    'fails to timely pay', 'fail to timely pay', 'payment is late', 'delinquent', 'unable to charge', 'unable to collect',
    'payment method fails', 'payment method is declined', 'card is declined', 'card was declined', 'payment is declined',
    'payment declined', 'declined payment', 'declined for payment', 'are declined', 'insufficient funds',
    'unable to obtain a valid payment method', 'no valid payment method', 'payment card fails', 'payment card is declined',
    'credit card fails', 'credit card is declined', 'card fails', 'card payment fails', 'payment is rejected', 'payment bounces',
  ])],
  ['breach', lexicon('breach', [
    'breach*', 'violat*', 'infring*', 'abuse*', 'abusing', 'misuse*', 'fail to comply', 'fails to comply', 'failed to comply',
    'failure to comply', 'do not comply', 'does not comply', 'did not comply', 'not in compliance', 'non-compliance', 'noncompliance', 'misconduct', 'fraud*', 'in contravention', 'break the rules',
    'breaks the rules', 'breaking the rules', 'break these terms', 'breaks these terms', 'breaking these terms', 'break our rules',
    'breaks our rules', 'break the terms', 'breaks the terms',
  ])],
  ['insolvency', lexicon('insolvency', [
    'insolven*', 'bankrupt*', 'receivership', 'assignment for the benefit of creditors', 'dissolv*', 'ceases operation',
    'ceases operations', 'ceased operations', 'ceases business', 'cease business', 'ceases to do business', 'cease to do business',
    'ceases to conduct business', 'stops conducting business', 'stop conducting business', 'winding up', 'liquidat*',
  ])],
  ['law', lexicon('law', [
    'required by law', 'required by applicable law', 'prohibited by law', 'prohibited by applicable law', 'necessary by law',
    'mandated by law', 'to comply with law', 'to comply with applicable law', 'to comply with the law', 'to comply with laws',
    'to comply with applicable laws', 'to comply with regulation', 'to comply with legal', 'legal requirement*',
    'legal obligation*', 'legal process', 'legal reason*', 'sanction*', 'export control*', 'export law*', 'export regulation*',
    'court order*', 'regulator*', 'government authority', 'governmental authority', 'government order', 'governmental order',
    'government request', 'governmental request', 'unlawful*', 'illegal*', 'violation of law', 'violation of applicable law',
    'violation of applicable laws', 'violates the law', 'violate the law', 'violates any law', 'violate any law',
    'violates applicable law', 'violate applicable law', 'violates applicable laws', 'break the law', 'breaks the law',
    'change in law', 'change of law', 'changes in law', 'requests of governmental entities', 'law enforcement',
  ])],
  ['suspension-unremedied', lexicon('suspension-unremedied', [
    'has been suspended for more than', 'have been suspended for more than', 'remains suspended for more than',
    'remain suspended for more than', 'is suspended for more than', 'are suspended for more than', 'been suspended for more than',
    'suspended for more than', 'suspended for longer than', 'suspended for a period of more than', 'suspended for a period of longer than',
  ])],
  ['inactivity', lexicon('inactivity', [
    'inactiv*', 'dormant', 'not logged in', 'not been logged in', 'not logged into', 'not been logged into', 'not used',
    'not been used', 'not accessed', 'not been accessed', 'unused account', 'unused for', 'not active',
  ])],
];

const CAUSE = re`(?<!with or without )\b(?:for|with) (?:good )?cause\b`;

/** Words of not keeping to rules: "break", "don't stick to", "fail to follow". */
const BREAK_VERB = lexicon('break-verb', ['break', 'breaks', 'breaking', 'broke', 'broken', 'ignore', 'ignores', 'ignoring', 'disregard*', 'flout*']);
const KEEP_VERB = lexicon('keep-verb', ['stick to', 'follow', 'abide by', 'adhere to', 'obey', 'keep to', 'observe', 'respect', 'honour', 'honor', 'comply with', 'meet']);
const NOT_KEEP = lexicon('not-keep', ["don't", 'do not', "doesn't", 'does not', "didn't", 'did not', 'fail to', 'fails to', 'failed to', 'failure to', 'refuse to', 'refuses to', 'stop', 'stops', 'no longer']);
/** What is kept or broken: the rules, these terms, them. */
const RULES_OBJECT = lexicon('rules-object', [
  'them', 'any of them', 'these', 'rules', 'terms', 'policies', 'policy', 'guidelines', 'agreement', 'conditions', 'requirements',
  'obligations', 'standards', 'code of conduct',
]);
/** "If you break them", "if you don't stick to all these terms": not keeping to the rules, a breach. */
const NOT_KEEPING = re`\b(?:${BREAK_VERB}|${NOT_KEEP}\s{1,4}${KEEP_VERB})\s{1,4}(?:(?:all|any|each|one|of|the|these|this|our|its|their|such|your|applicable)\s{1,4}){0,3}${RULES_OBJECT}`;
/** "you fail, or we suspect that you have failed, to comply with": a failure to comply with an aside inside it. */
const FAIL_ASIDE_COMPLY = re`\bfail(?:s|ed)?\s{0,4},[^,.;]{1,80},\s{0,4}to\s{1,4}comply\b`;
const LAW_BREACH = re`\bviolat\w{0,40} (?:of )?(?:the |any |applicable ){0,8}laws?\b|\bbreaks? the law\b`;
const OTHER_BREACH = re`\bbreach|\bviolat|\binfring|\babuse`;

/** Words of breaking a rule, as a verb: "violate", "breach", "break", "infringe". */
const VIOLATE_VERB = lexicon('violate-verb', ['violat*', 'breach*', 'break', 'breaks', 'broke', 'infring*', 'go against', 'goes against']);
/** A denial of breaking: "doesn't violate", "does not actually breach", "didn't break". */
const NOT_DOING = lexicon('not-doing', ["don't", 'do not', "doesn't", 'does not', "didn't", 'did not', "isn't", 'is not', "aren't", 'are not', "wasn't", 'was not', "won't", 'will not', 'never']);
const NOT_VIOLATING = re`\b${NOT_DOING}\s{1,4}(?:(?:actually|really|in fact|in any way)\s{1,4})?(?:${VIOLATE_VERB}|in\s{1,4}(?:breach|violation)\s{1,4}of)`;
/** Keeping to the rules: "complies with our policies", "follows the rules". */
const COMPLYING = re`\b(?:compl(?:y|ies|ied)\s{1,4}with|(?:follow|follows|followed)\s{1,4}(?:all\s{1,4})?(?:the|these|your|our|its|their)\s{1,4}(?:rules|policies|terms|guidelines))\b`;
/**
 * Does the text suppose the content or conduct keeps to the rules: "If the content doesn't violate our
 * policies, …", "if it complies with the guidelines", "even though my post follows the rules"?
 */
export function supposesCompliance(text: string): boolean {
  return NOT_VIOLATING.test(text) || COMPLYING.test(text);
}

/** "your card fails for any reason": the reason belongs to the failure, not to the right it triggers. */
const EVENT_FOR_ANY_REASON = withFlags('gi')`\b(?:fails?|failed|is declined|was declined|is rejected|was rejected|is reversed|bounces|cannot be (?:charged|processed|collected)) for any reason(?: whatsoever)?`;

/** The grounds a text names, in the order of the table. */
export function groundsIn(full: string): Grounds[] {
  const text = full.replace(EVENT_FOR_ANY_REASON, (m) => m.slice(0, m.search(/ for any reason/i)));
  const out: Grounds[] = GROUND_WORDS.filter(([, lex]) => re`${lex}`.test(text)).map(([g]) => g);
  if (CAUSE.test(text)) out.push('cause');
  if (!out.includes('breach') && (NOT_KEEPING.test(text) || FAIL_ASIDE_COMPLY.test(text))) out.push('breach');
  // "violation of applicable law" is the law, not a breach of the agreement, unless the text names one too
  if (out.includes('law') && out.includes('breach') && !OTHER_BREACH.test(text.replace(new RegExp(LAW_BREACH.source, 'gi'), ''))) out.splice(out.indexOf('breach'), 1);
  return out;
}

/** Words of the holder's own discretion: "in its sole discretion", "at our absolute discretion". */
export const DISCRETION = lexicon('discretion', ['discretion', 'sole discretion', 'absolute discretion', 'sole and absolute discretion', 'own discretion', 'reasonable discretion']);
const AT_DISCRETION = re`\b(?:at|in)\s{1,4}(?:its|our|their|his|her|[A-Z][\w.&-]{0,40}(?:'|’)s)\s{1,4}${DISCRETION}\b`;

/**
 * The grounds of a right with its discretion read in: a right used "in its sole discretion" that names
 * no cause and no condition may be used for any reason ("Amazon reserves the right to terminate
 * accounts in its sole discretion"); where a cause or a condition is named, the discretion is only how
 * that cause is judged, and the grounds stay as they are.
 */
export function withDiscretion(grounds: Grounds[], text: string, conditioned: boolean): Grounds[] {
  if (!grounds.length && !conditioned && AT_DISCRETION.test(text)) return ['any-reason'];
  // "may suspend … at any time, for example, in the event of payment issues": the causes after the
  // time are examples of a right that needs none, not its limits
  if (grounds.length && !grounds.includes('any-reason') && ILLUSTRATED.test(text)) return [...grounds, 'any-reason'];
  return grounds;
}

/**
 * The grounds of a right: those its own words state, with discretion read from them, then those of
 * its heading. A heading names the topic ("Breach"), not a limit on an unconditioned right "at any
 * time" under it ("you may close your account at any time"): that right keeps no grounds.
 */
export function groundsOf(own: Grounds[], heading: Grounds[], text: string, conditioned: boolean): Grounds[] {
  const stated = withDiscretion([...new Set(own)], text, conditioned);
  return stated.length || conditioned || !ANY_TIME.test(text) ? [...new Set([...stated, ...heading])] : stated;
}

/** A right used "at any time" or "whenever you like". */
export const ANY_TIME = re`\b(?:at )?any ?time\b|\bwhenever (?:you|we|it|they|customer|user) (?:like|likes|want|wants|wish|wishes|choose|chooses|please|pleases)\b`;

/**
 * Does a right need no cause: "for any reason", "at any time", "in our sole discretion"? Such a right
 * answers best a question that names none ("can they remove my posts?").
 */
export function needsNoCause(text: string): boolean {
  return groundsIn(text).includes('any-reason') || ANY_TIME.test(text) || AT_DISCRETION.test(text);
}

/** A condition that points back to the sentence before: "If it does, we'll …", "If so, …", "In that case, …". */
export const CONDITION_BACK = re`^\s{0,4}(?:if\s{1,4}(?:it|they|so|this|that)(?:\s{1,4}(?:does|do|is|are|has|have|did|was|were))?|in\s{1,4}(?:that|this|such\s{1,4}a|which)\s{1,4}case|where\s{1,4}(?:it|they|this)\s{1,4}(?:does|do))\s{0,4},`;

/** The grounds a right takes from the sentence before, when its own condition only points back to it. */
export function groundsFromBefore(text: string, before: string): Grounds[] {
  return before && CONDITION_BACK.test(text) ? groundsIn(before) : [];
}

/** Words that give examples rather than limits. */
export const EXAMPLE_MARKER = lexicon('example-marker', ['for example', 'for instance', 'e.g.', 'such as', 'including', 'including but not limited to', 'including without limitation']);
/** A right at any time or for any reason, then examples of its causes. */
const ILLUSTRATED = re`\b(?:at\s{1,4}any\s{1,4}time|for\s{1,4}any\s{1,4}reason)\s{0,4}[,(]?\s{0,4}${EXAMPLE_MARKER}`;
