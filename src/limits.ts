/**
 * The public entry points with their input limits: `parseAgreement`, `readAgreement` and
 * `parseAgreementBytes` of the pipeline (src/agreement.ts), which also take `maxBytes` and `maxDepth`.
 * The depth limit reaches the parser through {@link withLimits}, so the pipeline's own signatures do
 * not change; a string over `maxBytes` is refused before any stage runs.
 */
import * as pipeline from './agreement.js';
import type { Agreement } from './schema/index.js';
import { TosClausesError } from './errors.js';
import { DEFAULT_MAX_BYTES } from './read/index.js';
import { withLimits, type Limits } from './parse/limits.js';

export type { Limits } from './parse/limits.js';
export { DEFAULT_MAX_DEPTH, MAX_DEPTH_CEILING } from './parse/limits.js';

/** Options of {@link parseAgreement}: the format, and the size and depth limits. */
export interface ParseOptions extends pipeline.ParseOptions, Limits {}

/** Options of {@link readAgreement}: the format (else the extension), and the size and depth limits. */
export interface ReadOptions extends pipeline.ReadOptions, Limits {}

/** Refuse a string whose UTF-8 form is over `maxBytes`, without encoding it when it clearly fits. */
function checkSize(text: unknown, maxBytes = DEFAULT_MAX_BYTES): void {
  if (typeof text !== 'string' || text.length * 3 <= maxBytes) return;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new TosClausesError('TOO_LARGE', `the agreement is ${bytes} bytes, over the limit of ${maxBytes} bytes; raise it with --max-bytes (maxBytes)`);
}

/**
 * Parse an agreement's text into its typed, cited clauses. Synchronous and pure.
 * @throws {TosClausesError} UNKNOWN_FORMAT for a format it does not read, EMPTY for blank text,
 * TOO_LARGE over `maxBytes` (default 20 MB), TOO_DEEP over `maxDepth` (default 100).
 */
export function parseAgreement(text: string, options: ParseOptions = {}): Agreement {
  checkSize(text, options.maxBytes);
  return withLimits(options, () => pipeline.parseAgreement(text, options));
}

/**
 * Read an agreement from a file (`.md`, `.markdown`, `.txt`, `.html`, `.pdf`, `.docx`) and parse it.
 * Given several files, the first is the agreement and the others companion documents (policies it
 * names) whose clauses answer too.
 * @throws {TosClausesError} NOT_FOUND, EMPTY, BINARY, ENCODING, TOO_LARGE, TOO_DEEP or UNKNOWN_FORMAT.
 */
export async function readAgreement(path: string | string[], options: ReadOptions = {}): Promise<Agreement> {
  // a directory is named as one before its missing extension is
  const { stat } = await import('node:fs/promises');
  for (const file of Array.isArray(path) ? path : [path]) {
    if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new TosClausesError('NOT_FOUND', `${file}: is a directory, not a file`);
  }
  return withLimits(options, () => pipeline.readAgreement(path, options));
}

/** Parse an agreement from bytes (for pipelines that hold the file in memory), with the checks and limits of {@link readAgreement}. */
export function parseAgreementBytes(bytes: Uint8Array, options: ReadOptions & { name?: string } = {}): Agreement {
  return withLimits(options, () => pipeline.parseAgreementBytes(bytes, options));
}
