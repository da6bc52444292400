/**
 * `extract` and `ask` over one agreement, standard input (`-`), or many (files, directories, globs):
 * one record per file in a stable order, a failed file recorded and passed over, a progress bar on
 * a terminal's stderr, a summary line, and the exit code of the first failure at the end.
 */
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { TosClausesError } from '../errors.js';
import { DEFAULT_MAX_BYTES, checkFormat, decode, extractText, extractedFormat } from '../read/index.js';
import type { Agreement } from '../schema/index.js';
import type { AskRecord, ExtractRecord } from '../schema/records.js';
import type { Outcome, Task } from '../batch/task.js';
import { renderAnswer, renderExtract } from './render.js';

/** Options shared by `extract` and `ask`. */
export interface InputOptions {
  json?: boolean;
  ndjson?: boolean;
  format?: string;
  with?: string[];
  workers?: string;
  quiet?: boolean;
  /** `--max-bytes` and `--max-depth`: the limits of readAgreement. */
  maxBytes?: number;
  maxDepth?: number;
}

/** Options of `ask`. */
export interface AskOptions extends InputOptions {
  questions?: string;
}

/** Write to stdout, waiting when the pipe is full, so a slow reader never makes records pile up in memory. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Standard input, whole, up to `max` bytes. */
async function readStdin(max = DEFAULT_MAX_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > max) throw new TosClausesError('TOO_LARGE', `stdin: over the limit of ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The agreement on standard input, read as `--format` says (Markdown when it says nothing). */
async function readStdinAgreement(format = 'markdown', limits: { maxBytes?: number; maxDepth?: number } = {}): Promise<Agreement> {
  const checked = checkFormat(format);
  const bytes = await readStdin(limits.maxBytes);
  const { parseAgreement, parseAgreementBytes } = await import('../limits.js');
  if (checked !== 'pdf' && checked !== 'docx') return parseAgreementBytes(bytes, { format: checked, name: 'stdin', ...limits });
  if (bytes.length === 0) throw new TosClausesError('EMPTY', 'stdin: the input is empty');
  // PDF and Word: their extracted text is parsed (Word as HTML), as readAgreement does for a file
  const text = await extractText(bytes, checked, 'stdin');
  return { ...parseAgreement(text, { format: extractedFormat(checked), ...limits }), format: checked };
}

/** The questions of `--questions <file|->`, one a line; blank lines and `#` comments skipped. */
async function readQuestions(file: string): Promise<string[]> {
  let text: string;
  if (file === '-') text = decode(await readStdin(), { name: 'stdin' });
  else {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      throw new TosClausesError('NOT_FOUND', `${file}: no such file`);
    }
    text = decode(bytes, { name: file });
  }
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

function workersOf(option: string | undefined, fallback: number): number {
  if (option === undefined) return fallback;
  const n = Number(option);
  if (!Number.isInteger(n) || n < 0 || n > 1024) throw new TosClausesError('USAGE', `--workers ${option}: give a whole number of worker threads (0 reads in the main thread)`);
  return n;
}

/** Print one outcome the way the options ask: a JSON line, or readable text (errors on stderr). */
async function emit(outcome: Outcome, options: InputOptions, single: boolean, questions: number): Promise<void> {
  const label = outcome.path === '-' ? 'stdin' : outcome.path;
  if (outcome.line !== undefined) return write(outcome.line + '\n');
  const record = outcome.record!;
  if ('error' in record) {
    process.stderr.write(`tos-clauses: ${record.error.message}\n`);
    return;
  }
  if ('answers' in record) {
    const ask = record as AskRecord;
    if (options.json && single) {
      for (const a of ask.answers) await write(JSON.stringify(a) + '\n');
      return;
    }
    const text = ask.answers.map((a, i) => {
      const lead = (i ? '\n' : '') + (questions > 1 ? `${a.question}\n` : '');
      return lead + ('error' in a ? `error: ${a.error.message}` : renderAnswer(a, label));
    }).join('\n');
    return write((single ? '' : `== ${label}\n`) + text + '\n' + (single ? '' : '\n'));
  }
  const { path: _path, ...agreement } = record as ExtractRecord;
  if (options.json && single) return write(JSON.stringify(agreement, null, 2) + '\n');
  return write(renderExtract(agreement, label) + '\n' + (single ? '' : '\n'));
}

/** Run `extract` or `ask` over the inputs. */
async function runOver(inputs: string[], mode: Task['mode'], options: InputOptions, questions?: string[]): Promise<void> {
  const lines = Boolean(options.ndjson);
  // the parsers and the pipeline load only now, so `--help` starts fast
  const { failed, recordOf, runTask } = await import('../batch/task.js');
  const task = (path: string): Task => ({ path, mode, format: options.format, with: options.with, questions, output: lines ? 'line' : 'record', maxBytes: options.maxBytes, maxDepth: options.maxDepth });
  if (inputs.includes('-')) {
    if (inputs.length > 1) throw new TosClausesError('USAGE', '- (standard input) is one agreement: give it alone, not with other files');
    if (options.with?.length) throw new TosClausesError('USAGE', '--with needs the agreement as a file, not on standard input');
    let outcome: Outcome;
    try {
      const { record, exitCode } = recordOf(task('-'), await readStdinAgreement(options.format, { maxBytes: options.maxBytes, maxDepth: options.maxDepth }));
      outcome = lines ? { path: '-', line: JSON.stringify(record), exitCode } : { path: '-', record, exitCode };
    } catch (error) {
      outcome = failed('-', error, task('-').output);
    }
    await emit(outcome, options, true, questions?.length ?? 0);
    if (outcome.exitCode) process.exitCode = outcome.exitCode;
    return;
  }
  const { isBatch } = await import('../batch/inputs.js');
  if (!(await isBatch(inputs))) {
    const outcome = await runTask(task(inputs[0]));
    await emit(outcome, options, true, questions?.length ?? 0);
    if (outcome.exitCode) process.exitCode = outcome.exitCode;
    return;
  }
  // a batch: --json means one JSON line per file too
  if (options.json) options.ndjson = true;
  const { runBatch, defaultWorkers, summaryOf } = await import('../batch/index.js');
  const workers = workersOf(options.workers, defaultWorkers());
  const showBar = process.stderr.isTTY && !options.quiet;
  const progress = showBar ? await (await import('../batch/progress.js')).progressBar(process.stderr) : undefined;
  const stats = await runBatch(inputs, {
    workers,
    task: (path) => ({ ...task(path), output: options.ndjson ? 'line' : 'record' }),
    emit: (outcome) => emit(outcome, options, false, questions?.length ?? 0),
    progress,
  });
  if (!options.quiet) process.stderr.write(`tos-clauses: ${summaryOf(stats)}\n`);
  if (stats.exitCode) process.exitCode = stats.exitCode;
}

/** `tos-clauses extract <inputs...>`. */
export async function runExtract(inputs: string[], options: InputOptions): Promise<void> {
  await runOver(inputs, 'extract', options);
}

/** `tos-clauses ask <inputs...> ["<question>"]`: the last argument is the question unless `--questions` is given. */
export async function runAsk(args: string[], options: AskOptions): Promise<void> {
  const inputs = options.questions ? args : args.slice(0, -1);
  if (options.questions && args.length > 1 && /\?\s*$/.test(args[args.length - 1])) throw new TosClausesError('USAGE', 'give either a question or --questions <file>, not both');
  const question = options.questions ? undefined : args[args.length - 1];
  if (!inputs.length) throw new TosClausesError('USAGE', 'ask needs a question: tos-clauses ask <file> "<question>" (or --questions <file>)');
  if (options.questions === '-' && inputs.includes('-')) throw new TosClausesError('USAGE', 'standard input can carry the agreement or the questions, not both');
  const questions = options.questions ? await readQuestions(options.questions) : [question as string];
  // a question on the command line is checked once, before any file is read (an empty one is a usage error, not a record)
  if (!options.questions) {
    const { ask } = await import('../query/answer.js');
    ask({ version: 1, format: 'markdown', parties: { provider: [], customer: [] }, sections: [], clauses: [] }, question as string);
  }
  if (options.questions && questions.length === 0) throw new TosClausesError('EMPTY', `${options.questions}: no questions in the file`);
  await runOver(inputs, 'ask', options, questions);
}
