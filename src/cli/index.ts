/**
 * The `tos-clauses` command line: `ask`, `extract`, `schema`, `eval`. Input errors print one line
 * on stderr and exit with the code of {@link EXIT_CODES}; they never print a stack trace.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TosClausesError, EXIT_CODES } from '../errors.js';
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from '../schema/json.js';
import type { Agreement } from '../schema/index.js';
import { GoldSchema, evaluate, totals, summaryLine, type ItemScore, type Totals } from '../eval/index.js';
import { decode } from '../read/index.js';
import { runAsk, runExtract, type AskOptions, type InputOptions } from './agreements.js';
import { runDiff, type DiffOptions } from './diff.js';
import { runReport, type ReportOptions } from './report.js';
import { readClaudette, scoreUnfair } from '../eval/unfair.js';
import { addClassifyCommand } from './classify.js';
import { reportUnfairModel } from '../eval/model.js';

declare const PKG_VERSION: string;

const out = (line = '') => process.stdout.write(line + '\n');

/** Exit code for a failure that is not the input's fault (a bug): please report it. */
const INTERNAL = 70;
/** Exit code when the evaluation falls under its floor. */
const UNDER_FLOOR = 1;

function fail(error: unknown): never {
  if (error instanceof TosClausesError) {
    process.stderr.write(`tos-clauses: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : EXIT_CODES.USAGE);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tos-clauses: internal error: ${message} (please report it with the input that caused it)\n`);
  if (process.env.TOS_CLAUSES_DEBUG && error instanceof Error) process.stderr.write(String(error.stack) + '\n');
  process.exit(INTERNAL);
}

/** The parsers (unified, remark, rehype) load on first use, so `--help` and `classify` start fast. */
async function readAgreement(...args: Parameters<typeof import('../agreement.js').readAgreement>): Promise<Agreement> {
  const { readAgreement: read } = await import('../agreement.js');
  return read(...args);
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

async function runEval(gold: string, options: { docs: string; floor?: string; actions?: string; json?: boolean; claudette?: string }): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readFile(gold);
  } catch {
    throw new TosClausesError('NOT_FOUND', `${gold}: no such file`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decode(bytes, { name: gold }));
  } catch (error) {
    if (error instanceof TosClausesError) throw error;
    throw new TosClausesError('BAD_GOLD', `${gold}: not JSON (${(error as Error).message})`);
  }
  const result = GoldSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new TosClausesError('BAD_GOLD', `${gold}: not a gold file: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const floor = options.floor ? await readFloor(options.floor) : undefined;
  const actions = options.actions ? options.actions.split(/[,+]/).map((a) => a.trim()).filter(Boolean) : undefined;
  const scores = await evaluate(result.data, (doc) => readAgreement(join(options.docs, doc)), actions);
  if (options.json) {
    for (const s of scores) out(JSON.stringify(s));
  } else {
    for (const s of scores.filter((x) => !x.right || !x.evidence)) {
      const want = typeof s.expected === 'string' ? s.expected : JSON.stringify(s.expected);
      const got = s.got.answer + (s.got.value ? ' ' + JSON.stringify(s.got.value) : '');
      const why = s.wrong ? 'WRONG' : s.right ? 'evidence' : 'miss';
      out(`${why.padEnd(8)} ${s.id}  want ${want}, got ${got}${s.right ? ` at ${s.got.evidence.map((e) => e.section || e.heading).join(' | ')}` : ''}  — ${s.question}`);
    }
  }
  const lines: Array<[string, Totals]> = [];
  const byAction = new Map<string, ItemScore[]>();
  for (const s of scores) byAction.set(s.action, [...(byAction.get(s.action) ?? []), s]);
  for (const [action, list] of byAction) lines.push([action, totals(list)]);
  const under: string[] = [];
  for (const [label, want] of Object.entries(floor ?? {})) {
    if (label === 'unfair-tos' || label === 'unfair-tos-model') continue;
    const subset = label === 'all' ? scores : scores.filter((s) => label.split('+').includes(s.action));
    const t = totals(subset);
    if (label !== 'all') lines.push([label, t]);
    const pct = (k: number) => (t.n ? (100 * k) / t.n : 0);
    if (want.answers !== undefined && pct(t.right) + 1e-9 < want.answers) under.push(`${label} answers ${pct(t.right).toFixed(1)}% < floor ${want.answers}%`);
    if (want.evidence !== undefined && pct(t.evidence) + 1e-9 < want.evidence) under.push(`${label} evidence ${pct(t.evidence).toFixed(1)}% < floor ${want.evidence}%`);
    if (want.wrong !== undefined && t.wrong > want.wrong) under.push(`${label} confidently wrong ${t.wrong} > floor ${want.wrong}`);
  }
  if (options.claudette) {
    const unfair = scoreUnfair(await readClaudette(options.claudette));
    if (!options.json) {
      out(`unfair-tos (${options.claudette}), sentence level:`);
      for (const c of unfair.categories) out(`  ${c.label.padEnd(24)} precision ${c.precision.toFixed(2)}  recall ${c.recall.toFixed(2)}  F1 ${c.f1.toFixed(2)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
      out(`  macro-F1 ${unfair.macroF1.toFixed(3)}`);
    }
    const want = floor?.['unfair-tos']?.macroF1;
    if (want !== undefined && unfair.macroF1 + 1e-9 < want) under.push(`unfair-tos macro-F1 ${unfair.macroF1.toFixed(3)} < floor ${want}`);
    under.push(...reportUnfairModel(unfair, floor?.['unfair-tos-model']?.macroF1, options.json ? () => {} : out));
  }
  if (!options.json) {
    for (const [label, t] of lines) out(summaryLine(label, t));
    out(summaryLine('gold', totals(scores)));
  }
  if (under.length) {
    process.stderr.write(`tos-clauses: under the floor of ${options.floor}: ${under.join('; ')}\n`);
    process.exitCode = UNDER_FLOOR;
  }
}

interface FloorEntry { answers?: number; evidence?: number; wrong?: number; macroF1?: number }

async function readFloor(file: string): Promise<Record<string, FloorEntry>> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, FloorEntry>;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('expected an object');
    return data;
  } catch (error) {
    throw new TosClausesError('BAD_GOLD', `${file}: not a floor file (${(error as Error).message})`);
  }
}

/** Build the command-line program. Exported for tests; `main` runs it. */
export function program(): Command {
  const cmd = new Command('tos-clauses')
    .description('Read service agreements into typed, cited clauses and answer questions about them.')
    .version(typeof PKG_VERSION === 'string' ? PKG_VERSION : '0.0.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText('after', `
Exit codes: 0 ok; 1 eval under its floor; ${EXIT_CODES.USAGE} usage; ${EXIT_CODES.NOT_FOUND} file not found; ${EXIT_CODES.EMPTY} empty;
  ${EXIT_CODES.BINARY} binary or not UTF-8; ${EXIT_CODES.UNKNOWN_FORMAT} unknown format; ${EXIT_CODES.TOO_LARGE} too large; ${EXIT_CODES.BAD_QUESTION} bad question; ${EXIT_CODES.BAD_GOLD} bad gold file;
  ${EXIT_CODES.TOO_DEEP} nested too deep; ${INTERNAL} internal error.`);
  const format = () => new Option('--format <format>', 'read the file as markdown or text, whatever its extension').choices(['markdown', 'md', 'text', 'txt', 'html', 'pdf', 'docx']);
  const count = (value: string) => { const n = Number(value); if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number.'); return n; };

  // extract and ask: one agreement, standard input, or many (files, directories, globs) as NDJSON records
  const inputs = (command: Command) => command
    .option('--ndjson', 'one JSON record per file (path, format, version, and clauses, answers or error)')
    .option('--with <file>', 'a companion document the agreement imposes by reference (repeatable)', collect)
    .addOption(format())
    .option('--workers <n>', 'worker threads for several files (default: one per core; 0: the main thread)')
    .addOption(new Option('--max-bytes <bytes>', 'refuse files larger than this (default 20 MB)').argParser(count))
    .addOption(new Option('--max-depth <levels>', 'refuse lists, quotes or HTML nested deeper than this (default 100, at most 1000)').argParser(count))
    .option('--quiet', 'no progress bar and no summary line on stderr');

  inputs(cmd.command('ask')
    .description('answer a question about agreements, citing the section')
    .usage('<file|dir|glob|->... "<question>" [options]  |  <file|dir|glob|->... --questions <file|-> [options]')
    .argument('<args...>', 'the agreements (files, directories, globs, or - for stdin), then the question in English')
    .option('--questions <file>', 'read one question a line from a file (- for stdin)')
    .option('--json', 'print each answer as a JSON line (with several files: one record per file)'))
    .action((args: string[], options: AskOptions) => runAsk(args, options));

  inputs(cmd.command('extract')
    .description('list the typed clauses of agreements')
    .argument('<inputs...>', 'the agreements: files (.md, .txt, .html, .pdf, .docx), directories, globs, or - for stdin')
    .option('--json', 'print the full typed result as JSON (with several files: one record per file)'))
    .action((files: string[], options: InputOptions) => runExtract(files, options));

  cmd.command('diff')
    .description('compare two versions of an agreement by meaning: notice periods, rights added or removed, categories, law…')
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .option('--json', 'print {"version", "changes": [{kind, type, section, before, after, fields, summary}]}')
    .option('--exit-code', 'exit 1 when there are changes (like git diff --exit-code)')
    .addOption(format())
    .action((before: string, after: string, options: DiffOptions) => runDiff(before, after, options));

  cmd.command('report')
    .description('write one self-contained HTML page per agreement: each clause type with its answers, quotes, sections and variants by scope')
    .argument('<inputs...>', 'the agreements: files, directories or globs')
    .option('--out <dir>', 'write <name>.html for each agreement into this directory (needed for several files; one file without it goes to stdout)')
    .option('--with <file>', 'a companion document the agreement imposes by reference (repeatable)', collect)
    .addOption(format())
    .option('--quiet', 'no summary line on stderr')
    .action((files: string[], options: ReportOptions) => runReport(files, options));

  cmd.command('schema')
    .description('print the JSON Schema of the output')
    .addArgument(new Command().createArgument('[name]', 'the record kind: agreement (extract --json), answer (a line of ask --json), intent, extract-record and ask-record (a line of --ndjson), error-record (a file that failed), question-error, diff (diff --json)').choices(SCHEMA_NAMES).default('agreement'))
    .action((name: SchemaName) => { out(JSON.stringify(jsonSchema(name), null, 2)); });

  cmd.command('eval')
    .description('score ask on a gold file of questions with expected answers and sections')
    .argument('<gold>', 'gold JSON file (see ../shared/gold/FORMAT.md)')
    .requiredOption('--docs <dir>', 'directory the gold file\'s document paths are relative to')
    .option('--floor <file>', 'JSON floors by subset, e.g. {"terminate+suspend": {"answers": 90, "evidence": 85, "wrong": 0}}; exit 1 below them')
    .option('--actions <list>', 'only score items with these intent actions, e.g. terminate,suspend')
    .option('--claudette <dir>', 'also score the unfair-clause classifier on a CLAUDETTE-style corpus (sentences/ and tags/)')
    .option('--json', 'print one JSON score per item')
    .action((gold: string, options: { docs: string; floor?: string; actions?: string; json?: boolean; claudette?: string }) => runEval(gold, options));

  addClassifyCommand(cmd, format);
  return cmd;
}

/** Run the CLI on `argv` (defaults to the process's arguments). */
export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (error) {
    fail(error);
  }
}
