/**
 * The typed questions of the public API, checked at the door: an argument of the wrong shape is a
 * {@link TosClausesError} with code BAD_OPTIONS that names the function and the field, never a raw
 * ZodError or a TypeError from deep inside the pipeline.
 */
import { z } from 'zod';
import * as answers from './query/answer.js';
import { TosClausesError } from './errors.js';
import type { Agreement, Answer, Intent } from './schema/index.js';

/** Throw BAD_OPTIONS unless `agreement` is what parseAgreement or readAgreement returns. */
function checkAgreement(name: string, agreement: unknown): asserts agreement is Agreement {
  const a = agreement as Partial<Agreement> | null;
  if (typeof a !== 'object' || a === null || !Array.isArray(a.clauses) || !Array.isArray(a.sections)) {
    throw new TosClausesError('BAD_OPTIONS', `${name}: the first argument must be an Agreement (from parseAgreement or readAgreement)`);
  }
}

/** Run `fn`, turning a zod validation failure of the caller's options into BAD_OPTIONS. */
function guarded<T>(name: string, agreement: unknown, fn: () => T): T {
  checkAgreement(name, agreement);
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const issue = error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new TosClausesError('BAD_OPTIONS', `${name}: ${where}${issue?.message ?? 'invalid options'}`);
  }
}

/** Options of the typed shortcuts: an {@link Intent} without its action and what it asks. */
export type QuestionOptions = Omit<Intent, 'action' | 'ask'>;

/**
 * Answer an English question about an agreement. Questions it cannot read get `not-understood`.
 * @throws {TosClausesError} BAD_QUESTION for an empty or oversized question; BAD_OPTIONS for something that is not an Agreement.
 */
export function ask(agreement: Agreement, question: string): Answer {
  return guarded('ask', agreement, () => answers.ask(agreement, question));
}

/**
 * Answer a structured question (an {@link Intent}) about an agreement.
 * @throws {TosClausesError} BAD_OPTIONS when the intent is not a valid Intent (an unknown action, a misspelt field value).
 */
export function query(agreement: Agreement, intent: Intent, question = ''): Answer {
  return guarded('query', agreement, () => answers.query(agreement, intent, question));
}

/**
 * Can `by` terminate, optionally with a given notice or for given grounds?
 * @throws {TosClausesError} BAD_OPTIONS for options that are not valid.
 */
export function canTerminate(agreement: Agreement, options: QuestionOptions = {}): Answer {
  return guarded('canTerminate', agreement, () => answers.canTerminate(agreement, options));
}

/**
 * Can `by` suspend, optionally with a given notice or for given grounds?
 * @throws {TosClausesError} BAD_OPTIONS for options that are not valid.
 */
export function canSuspend(agreement: Agreement, options: QuestionOptions = {}): Answer {
  return guarded('canSuspend', agreement, () => answers.canSuspend(agreement, options));
}

/**
 * How much notice must be given before terminating (or, with `action: 'suspend'`, suspending)?
 * @throws {TosClausesError} BAD_OPTIONS for options that are not valid.
 */
export function noticePeriod(agreement: Agreement, options: QuestionOptions & { action?: Intent['action'] } = {}): Answer {
  return guarded('noticePeriod', agreement, () => answers.noticePeriod(agreement, options));
}

/**
 * How long does a party have to cure a breach before the other may terminate?
 * @throws {TosClausesError} BAD_OPTIONS for options that are not valid.
 */
export function curePeriod(agreement: Agreement, options: QuestionOptions = {}): Answer {
  return guarded('curePeriod', agreement, () => answers.curePeriod(agreement, options));
}
