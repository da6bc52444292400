/**
 * One file of a batch, read and answered: the same function runs in a worker thread (worker.ts) and
 * in the main thread for a single file, so both give the same records.
 */
import { readAgreement } from '../limits.js';
import { ask } from '../query/answer.js';
import { TosClausesError } from '../errors.js';
import type { Agreement } from '../schema/index.js';
import { SCHEMA_VERSION, type AskRecord, type ErrorInfo, type ErrorRecord, type ExtractRecord } from '../schema/records.js';

/** Exit code of an internal error (a bug), as the CLI uses it. */
export const INTERNAL_EXIT = 70;

/** What to do with one file. */
export interface Task {
  path: string;
  mode: 'extract' | 'ask';
  /** The format to read the file as, whatever its extension. */
  format?: string;
  /** Companion documents read with it. */
  with?: string[];
  /** For `ask`: the questions, in order. */
  questions?: string[];
  /** `line`: the record already serialised as one JSON line (cheaper to pass between threads). */
  output: 'record' | 'line';
  /** Largest file accepted, in bytes, and deepest nesting (see `Limits`). */
  maxBytes?: number;
  maxDepth?: number;
}

/** The outcome of one task. */
export interface Outcome {
  path: string;
  /** The record (for `output: 'record'`). */
  record?: ExtractRecord | AskRecord | ErrorRecord;
  /** The record as one JSON line (for `output: 'line'`). */
  line?: string;
  /** Set when the file failed. */
  error?: ErrorInfo;
  /** The exit code the failure calls for (the file's, or the first failed question's). */
  exitCode?: number;
}

function errorInfo(error: unknown): { info: ErrorInfo; exitCode: number } {
  if (error instanceof TosClausesError) return { info: { code: error.code, message: error.message }, exitCode: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  return { info: { code: 'INTERNAL', message: `internal error: ${message} (please report it with the input that caused it)` }, exitCode: INTERNAL_EXIT };
}

/** The record of an agreement already read: its clauses, or its answers to the questions. */
export function recordOf(task: Task, agreement: Agreement): { record: ExtractRecord | AskRecord; exitCode?: number } {
  if (task.mode === 'extract') return { record: { path: task.path, ...agreement } };
  let exitCode: number | undefined;
  const answers = (task.questions ?? []).map((question) => {
    try {
      return { version: SCHEMA_VERSION, ...ask(agreement, question) };
    } catch (error) {
      if (!(error instanceof TosClausesError)) throw error;
      exitCode ??= error.exitCode;
      return { version: SCHEMA_VERSION, question, error: { code: error.code, message: error.message } };
    }
  });
  return { record: { path: task.path, version: SCHEMA_VERSION, format: agreement.format, answers }, exitCode };
}

/** The outcome of a failure: an error record. */
export function failed(path: string, error: unknown, output: Task['output']): Outcome {
  const { info, exitCode } = errorInfo(error);
  const record: ErrorRecord = { path, version: SCHEMA_VERSION, error: info };
  return output === 'line' ? { path, line: JSON.stringify(record), error: info, exitCode } : { path, record, error: info, exitCode };
}

/** Read one file and make its record; never throws: a failure is an error record. */
export async function runTask(task: Task): Promise<Outcome> {
  try {
    const agreement = await readAgreement([task.path, ...(task.with ?? [])], { ...(task.format ? { format: task.format as 'markdown' } : {}), maxBytes: task.maxBytes, maxDepth: task.maxDepth });
    const { record, exitCode } = recordOf(task, agreement);
    return task.output === 'line' ? { path: task.path, line: JSON.stringify(record), exitCode } : { path: task.path, record, exitCode };
  } catch (error) {
    return failed(task.path, error, task.output);
  }
}

