/** `tos-clauses diff <old> <new>`: what changed in meaning between two versions of an agreement. */
import type { Agreement } from '../schema/index.js';

/** Options of `diff`. */
export interface DiffOptions { json?: boolean; format?: string; exitCode?: boolean }

/** Compare two versions and print the changes (readable, or the `diff` record with `--json`). */
export async function runDiff(before: string, after: string, options: DiffOptions): Promise<void> {
  const { readAgreement } = await import('../agreement.js');
  const { diffRecord, renderDiff } = await import('../diff/index.js');
  const read = (file: string): Promise<Agreement> => readAgreement(file, options.format ? { format: options.format as 'markdown' } : {});
  const record = diffRecord(await read(before), await read(after));
  process.stdout.write((options.json ? JSON.stringify(record) : renderDiff(record.changes)) + '\n');
  if (options.exitCode && record.changes.length) process.exitCode = 1;
}
