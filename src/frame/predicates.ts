/**
 * Predicates: where a provision grants, imposes or denies an action, as opposed to merely naming it.
 * An action word is a predicate when a modal or a right governs it ("may terminate", "reserves the
 * right to suspend"), when it stands in a passive with a modal ("may be suspended"), when a promise
 * of notice precedes it ("we will give you 30 days' notice before we close your account"), or when
 * it is the consequence of something ("will result in termination"). "Upon termination" and
 * "survive termination" are mentions, not predicates. Shared by every clause type with an action.
 */
import { CONSEQUENCE, ACTION_PARTICIPLE, TERMINABLE } from '../lexicon/actions.js';
import { compile, globalOf, lexicon, re, withFlags, type Lexicon } from '../lexicon/compose.js';
import { RIGHT_MODAL } from '../lexicon/modality.js';

/** One predicate of a provision. */
export interface Predicate {
  /** The action (the name the caller gave its verbs: `termination`, `suspension`, …). */
  kind: string;
  /** Where the action word starts and ends. */
  at: number;
  end: number;
  form: 'active' | 'passive' | 'noun';
  /** Where the governing modal (or consequence word) starts. */
  modalAt: number;
  /** The governing modal as written ("may", "reserves the right to", "will result in"). */
  modal: string;
  /** True when the clause denies the action ("may not terminate", "will never suspend"). */
  negated: boolean;
}

/** Words between a modal and its verb that make the verb part of another clause ("may, if …, terminate" is fine; "may ask whether we terminate" is not). */
const BLOCK = lexicon('predicate-block', [
  'how', 'if', 'unless', 'upon', 'after', 'following', 'when', 'whether', 'because', 'until', 'that', 'which', 'who',
  'prior to', 'before', 'once', 'whereas', 'whom', 'where',
]);
const BLOCKS = re`${BLOCK}|;`;
/** Words that make the clause before a modal subordinate ("if we have the right to suspend"). */
const SUBORDINATE = re`\b(?:if|unless|whether|when|whenever|where|because|(?<!\bat\s{1,4}|\ball\s{1,4})once|until|in the event)\b`;
const NEGATION = re`\b(?:not|never|no right)\b|n[’']t\b|\bneither\b`;
/** "including but not limited to", "without limitation": a list left open, no denial. */
const OPEN_LIST = withFlags('gi')`\b(?:but\s{1,4})?not\s{1,4}limited\s{1,4}to\b`;
const NEGATIVE_SUBJECT = re`\b(?:neither|nothing|no party)\b[^,;]{0,400}$`;
const CLAUSE_CUT = withFlags('g')`[;:,(]|\bthen\b`;
const LABEL = withFlags('g')`\(\w{1,4}\)`;
/** The first label of actions listed after a modal, and a later one: "may (i) suspend …; (ii) terminate". */
const FIRST_LABEL = re`^\s{0,4}\((?:i|a|1)\)`;
const NEXT_LABEL = re`^\s{0,4}(?:and\s{1,4}|or\s{1,4}|and/or\s{1,4})?\(\w{1,4}\)\s{0,4}$`;
/** "we will give you at least 30 days' notice before we close …": a promise of notice that states the right. */
const PROMISE = re`^\s{0,4}(?:\w{1,40}\s{1,4}){0,2}?(?:(?:give|provide|send)\b[^.;]{0,80}\b(?:notice|warning)\b[^.;]{0,20}?|(?:e-?mail|notify|warn|tell|inform)\b[^.;]{0,60}?)\b(?:before|prior to)\s{1,4}(?:(?:we|it|they)\s{1,4})?$`;
const PASSIVE_BE = re`\bbe\s{1,4}(?:\w{1,40}ly\s{1,4})?$`;
const BE = re`\bbe\b`;
const ENFORCEMENT = re`\b(?:action|actions|measures|steps|consequences|sanctions|enforcement|penalties)\b`;
const NOT_A_CONSEQUENCE = re`[;.]|\b(?:upon|after|following|before|prior to|of|survive|in the event)\s{1,4}(?:\w{1,40}\s{1,4})?$`;
const NEGATED_CONSEQUENCE = re`\bnot\b|n[’']t\b`;
/** "X shall not be required to provide notice of termination where …": a right without notice, written as a waiver. */
const WAIVER = withFlags('gi')`\bnot (?:be )?(?:required|obligated|obliged) to (?:give|provide|send) (?:\w{1,40} )?(?:any |prior |advance ){0,8}notice (?:of|before|prior to) (?:any |the |a |such )?(termination|suspension|terminating|suspending)\b`;

/** A cancellation named with what it takes: "the cancellation of an Order must be made in writing", "cancellations of live campaigns require …". */
// ("Cancellation or postponement of either the templating or installation appointment requires 48 hours notice")
const PROCEDURE = withFlags('gi')`\b(?:cancellations?|terminations?)(?:\s{1,4}or\s{1,4}[\w-]{1,40})?\s{1,4}of\s{1,4}(?:[\w'’-]{1,40}\s{1,4}){1,7}?(?:(?:must|shall|should|needs? to)\s{1,4}be\s{1,4}(?:made|given|submitted|requested|sent|received|notified|communicated|done)|requires?|needs?)\b`;
/** An ending denied by its noun: "No cancellation … is allowed", "Cancellation is not permitted during the term". */
const ENDING_DENIED = withFlags('gi')`\bno\s{1,4}(?:cancell?ations?|terminations?)\b[^.;]{0,80}?\b(?:is|are|will\s{1,4}be|shall\s{1,4}be)\s{1,4}(?:allowed|permitted|possible|available)\b|\b(?:cancell?ations?|terminations?)\b[^.;]{0,60}?\b(?:is|are|will|shall)\s{1,4}not\s{1,4}(?:be\s{1,4})?(?:allowed|permitted|possible|available)\b`;
/** "is effective until terminated by", "remains in force until terminated by": an agreement that either party named may end. */
const UNTIL_TERMINATED = withFlags('gi')`\b(?:effective|in (?:full )?(?:force|effect)|remains? in (?:full )?(?:force|effect)|continues?)\s{1,4}until\s{1,4}terminated\s{1,4}(?=by\b)`;
/**
 * "The licenses granted by Acme terminate if you do not comply", "your access ends automatically when …":
 * what is ended, a present-tense ending with no modal, then its condition. Mentions ("… terminate upon
 * termination of this Agreement") are not endings of their own.
 */
const AUTOMATIC_END = withFlags('gi')`\b${TERMINABLE}\b(?:\s{1,4}[\w’'-]{1,40}){0,5}?\s{1,4}(terminates?|ends|ceases? to be in effect)\s{1,4}(?:automatically\s{1,4}|immediately\s{1,4}|forthwith\s{1,4}){0,2}(?=(?:if|when|where|should|in the event|upon|on)\s{1,4}(?!(?:the\s{1,4}|any\s{1,4})?(?:termination|expiry|expiration|cancellation|end)\b))`;
/** "to take action, including without limitation the following, without notice to you:": a right whose actions are listed. */
/** "we'll do one or more of the following:", "we may do any of the following:": the acts are listed after the colon. */
const DO_LISTED = re`^\s{0,4}(?:to\s{1,4})?do\s{1,4}(?:one\s{1,4}or\s{1,4}more|any|all|some|either|each)\s{1,4}of\s{1,4}the\s{1,4}following\b[^.:;]{0,40}:`;
const ACTIONS_LISTED = re`^\s{0,4}:|^\s{0,4}(?:to\s{1,4})?take\s{1,4}(?:any\s{1,4}|such\s{1,4}|appropriate\s{1,4})?(?:action|actions|measures|steps)\b[^.:;]{0,120}:|${DO_LISTED}`;
/** A right given up: "you waive your statutory right to cancel", "you lose your right to cancel": the action denied. */
const WAIVED_RIGHT = re`\b(?:waive[sd]?|waiving|lose|loses|lost|forfeits?|forfeited|give up|gives up|surrenders?)\s{1,4}(?:your|the|any|all|their|its|his or her)\s{1,4}(?:[\w-]{1,40}\s{1,4})?rights?`;
const WAIVED_START = re`^${WAIVED_RIGHT}`;
/** "has a period of 14 days after purchase to exercise the right to cancel": a right to be exercised. */
const EXERCISE_RIGHT = re`\bexercise\s{1,4}(?:the|your|its|their|this|that|his or her)\s{1,4}(?:[\w-]{1,40}\s{1,4})?right\s{1,4}to`;
const MODALS_G = globalOf(re`${RIGHT_MODAL}|${WAIVED_RIGHT}|${EXERCISE_RIGHT}`);
const CONSEQUENCES_G = globalOf(re`${CONSEQUENCE}`);
const NOT_BEFORE_LEAD = String.raw`^\s{0,4}(?:(?:any|the|a|an|your|such|that|those|these|all)\s{1,4})?(?:(?:user|offending|infringing)\s{1,4})?`;
/** "If you wish to cancel, you must …": a wish in a condition states the right it wishes for. */
const WISH = re`\b(?:if|when|whenever|should|once|in case)\s{1,4}(?:you|customer|the customer|a customer|we|either party|a party|[A-Z][\w-]{1,40})\s{1,4}(?:wish(?:es)?|want(?:s)?|would like|decide(?:s)?|choose(?:s)?|intend(?:s)?|elect(?:s)?|prefer(?:s)?)\s{1,4}to\s{1,4}(?:\w{1,40}\s{1,4}(?:or|and)\s{1,4})?$`;

/** Options of {@link findPredicates}. */
export interface PredicateOptions {
  /** An action followed by one of these is about something else (content: "remove or suspend any listing"). */
  notBefore?: Lexicon;
}

/**
 * Find the predicates of each kind in a text. `verbs` maps a kind to its verb patterns (global);
 * `nouns` maps a kind to its nouns, which count only as consequences ("will result in termination").
 */
export function findPredicates(text: string, verbs: ReadonlyArray<readonly [string, readonly RegExp[]]>, nouns: ReadonlyArray<readonly [string, Lexicon]> = [], options: PredicateOptions = {}): Predicate[] {
  const hits: Predicate[] = [];
  // every modal of the text, once: each verb looks back to the nearest one
  const modals = [...text.matchAll(MODALS_G)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, text: m[0] }));
  const notBefore = options.notBefore ? compile(NOT_BEFORE_LEAD + options.notBefore.source, 'i') : undefined;
  for (const [kind, patterns] of verbs) {
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const at = m.index!;
        if (notBefore?.test(text.slice(at + m[0].length, at + m[0].length + 80))) continue;
        const hit = governed(text, at, m[0], modals);
        if (hit) { hits.push({ kind, at, end: at + m[0].length, ...hit }); continue; }
        const wish = WISH.exec(text.slice(Math.max(0, at - 80), at));
        if (wish) {
          // the wisher holds the right: the subject stands just before "wish"
          const subjectEnd = Math.max(0, at - 80) + wish.index + /^\S+\s+\S+(?:\s+customer)?/.exec(wish[0])![0].length;
          hits.push({ kind, at, end: at + m[0].length, form: 'active', modalAt: subjectEnd, modal: 'wish', negated: false });
        }
      }
    }
  }
  if (verbs.some(([k]) => k === 'termination')) {
    // an ending no verb pattern found nearby is added once
    const add = (hit: Omit<Predicate, 'kind' | 'negated'> & { negated?: boolean }) => {
      if (!hits.some((h) => h.kind === 'termination' && Math.abs(h.at - hit.at) < 60)) hits.push({ kind: 'termination', negated: false, ...hit });
    };
    // "The cancellation of an Order must be made in writing five days in advance": the customer's right, with its procedure
    for (const m of text.matchAll(PROCEDURE)) {
      const at = m.index! + m[0].search(/cancel|terminat/i);
      const modal = /\b(?:must|shall|should|needs? to|requires?|needs?)\b/i.exec(m[0])!;
      add({ at, end: at + /^\w+/.exec(text.slice(at))![0].length, form: 'active', modalAt: m.index! + modal.index, modal: 'procedure' });
    }
    // "No cancellation of the current subscription is allowed during the active subscription period",
    // "Cancellation is not permitted during the term": the ending denied by its noun (the customer's, as a procedure's)
    for (const m of text.matchAll(ENDING_DENIED)) {
      const at = m.index! + m[0].search(/cancel|terminat/i);
      add({ at, end: at + /^\w+/.exec(text.slice(at))![0].length, form: 'active', modalAt: m.index!, modal: 'procedure', negated: true });
    }
    // "The licenses … terminate if you do not comply": an ending that happens by itself on a condition
    for (const m of text.matchAll(AUTOMATIC_END)) {
      const at = m.index! + m[0].lastIndexOf(m[1]);
      add({ at, end: at + m[1].length, form: 'passive', modalAt: at, modal: 'automatic' });
    }
    // "This Agreement is effective until terminated by you or us": whoever is named may end it
    for (const m of text.matchAll(UNTIL_TERMINATED)) {
      const at = m.index! + m[0].search(/terminated/i);
      add({ at, end: at + 'terminated'.length, form: 'passive', modalAt: m.index!, modal: 'until' });
    }
  }
  for (const m of text.matchAll(WAIVER)) {
    const kind = /^terminat/i.test(m[1]) ? 'termination' : 'suspension';
    if (!verbs.some(([k]) => k === kind) || hits.some((h) => h.kind === kind)) continue;
    const at = m.index! + m[0].length - m[1].length;
    hits.push({ kind, at, end: at + m[1].length, form: 'active', modalAt: m.index!, modal: 'not required to provide notice', negated: false });
  }
  for (const [kind, lex] of nouns) {
    for (const m of text.matchAll(globalOf(re`${lex}`))) {
      const at = m.index!;
      const windowStart = Math.max(0, at - 120);
      const window = text.slice(windowStart, at);
      let cons: RegExpExecArray | undefined;
      for (const x of window.matchAll(CONSEQUENCES_G)) cons = x as RegExpExecArray;
      if (!cons) continue;
      // "including" and "such as" list consequences only after an enforcement word
      if (/^(?:including|such as)/i.test(cons[0]) && !ENFORCEMENT.test(window.slice(0, cons.index!))) continue;
      if (NOT_A_CONSEQUENCE.test(window.slice(cons.index! + cons[0].length))) continue;
      const negated = NEGATED_CONSEQUENCE.test(window.slice(Math.max(0, cons.index! - 15), cons.index!));
      hits.push({ kind, at, end: at + m[0].length, form: 'noun', modalAt: windowStart + cons.index!, modal: cons[0], negated });
    }
  }
  return hits.sort((a, b) => a.at - b.at || a.kind.localeCompare(b.kind));
}

/** A condition run into its main clause without a comma: "if … you provided we" (at least four words between). */
const SUBJECT_AFTER_CONDITION = re`\b(?:if|when|whenever|where|in the event)\s{1,4}(?:[\w'’-]{1,40}\s{1,4}){4,40}(?:we|you|the company|the customer)\s{0,4}$`;

/** Is the action word at `at` governed by a modal of its own clause? Then how (active or passive) and whether denied. */
/** A restrictive relative "that" just before the modal: the verb describes the noun before it. */
const DESCRIBED = /[a-z]\s{1,4}that\s{0,4}$/i;

function governed(text: string, at: number, word: string, modals: Array<{ at: number; end: number; text: string }>): Omit<Predicate, 'kind' | 'at' | 'end'> | undefined {
  const windowStart = Math.max(0, at - 300);
  let modal: { at: number; end: number; text: string } | undefined;
  for (const x of modals) {
    if (x.at < windowStart) continue;
    if (x.end > at) break;
    modal = x;
  }
  if (!modal) return undefined;
  let between = text.slice(modal.end, at);
  // "reserve the right to take action including the following: place a hold on …; or deactivate your
  // account": each action listed after the colon is one the right governs
  const listed = ACTIONS_LISTED.exec(between);
  if (listed) {
    const last = between.lastIndexOf(';');
    between = between.slice(last >= 0 ? last + 1 : listed[0].length);
  }
  // "Quarrybox may (i) suspend …; (ii) terminate …": each labelled action after the modal is one it governs
  if (!listed && FIRST_LABEL.test(between)) {
    const last = between.lastIndexOf(';');
    if (last >= 0 && NEXT_LABEL.test(between.slice(last + 1))) between = between.slice(last + 1);
  }
  if (!PROMISE.test(between) && BLOCKS.test(between.replace(LABEL, ''))) return undefined;
  // "if we have the right to suspend": a right named inside a condition is not granted there
  let clauseStart = windowStart;
  for (const x of text.slice(windowStart, modal.at).matchAll(CLAUSE_CUT)) clauseStart = windowStart + x.index! + x[0].length;
  // a parenthesis closed before the modal ("has (where applicable) complied … this Agreement may") is an aside, not the clause
  let lead = text.slice(clauseStart, modal.at);
  if (text[clauseStart - 1] === '(' && lead.includes(')')) lead = lead.slice(lead.indexOf(')') + 1);
  // "If at any time we are unable to charge the fees you provided we may suspend …": a condition with no comma
  // after it; the subject just before the modal opens the main clause when the condition has words of its own
  if (SUBORDINATE.test(lead) && !SUBJECT_AFTER_CONDITION.test(lead)) return undefined;
  // "has been suspended", "is terminated" without a modal are states, not rights
  const passive = PASSIVE_BE.test(between) || ACTION_PARTICIPLE.test(word);
  if (passive && !BE.test(between)) return undefined;
  // "To create a Business Profile that won't be suspended, …": a thing described by what may befall it, no right
  if (passive && DESCRIBED.test(lead)) return undefined;
  const negated = NEGATION.test(between.replace(OPEN_LIST, ' ')) || /n[’']t$|^can ?not$/i.test(modal.text) || WAIVED_START.test(modal.text) || NEGATIVE_SUBJECT.test(text.slice(Math.max(0, modal.at - 40), modal.at));
  return { form: passive ? 'passive' : 'active', modalAt: modal.at, modal: modal.text, negated };
}
