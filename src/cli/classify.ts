/**
 * `tos-clauses classify`: the unfair-clause labels of clauses read one a line from stdin, or of every
 * provision of an agreement file, as NDJSON with a probability per label (`--explain` adds the features
 * that decided each label; `--rules` uses the hand-written rules alone, without the model).
 */
import { Command, Option } from 'commander';
import { classifyUnfair, type UnfairLabel } from '../classify/unfair.js';
import { explainUnfair, loadUnfairModel, scoreUnfairSentence, type SentenceContext } from '../model/unfair.js';
import { isHeadingLine } from '../model/features.js';

/** Options of `classify`. */
export interface ClassifyOptions { scheme: 'unfair-tos'; explain?: boolean; rules?: boolean; format?: string }

const out = (line: string) => process.stdout.write(line + '\n');

const round = (probabilities: Record<UnfairLabel, number>) =>
  Object.fromEntries(Object.entries(probabilities).map(([k, p]) => [k, Math.round(p * 1e4) / 1e4]));

/** The NDJSON fields of one text: labels, probabilities and, with --explain, the explanation. */
function fields(text: string, context: SentenceContext, options: ClassifyOptions): Record<string, unknown> {
  if (options.rules) return { labels: classifyUnfair(text) };
  const model = loadUnfairModel();
  const { labels, probabilities } = scoreUnfairSentence(text, context, model);
  const row: Record<string, unknown> = { labels, probabilities: round(probabilities) };
  if (options.explain) row.explain = explainUnfair(text, context, { model }).map((e) => ({ ...e, probability: Math.round(e.probability * 1e4) / 1e4 }));
  return row;
}

/** Classify stdin, one clause a line; each line is read with the line before and the last heading-like line as context. */
async function classifyLines(options: ClassifyOptions): Promise<void> {
  let buffered = '';
  let line = 0;
  const context: SentenceContext = {};
  const emit = (raw: string) => {
    const text = raw.replace(/\r$/, '');
    out(JSON.stringify({ line: ++line, ...fields(text, { ...context }, options) }));
    if (text.trim() === '') return;
    if (isHeadingLine(text)) context.heading = text;
    context.previous = text;
  };
  for await (const chunk of process.stdin) {
    buffered += (chunk as Buffer).toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const part of parts) emit(part);
  }
  if (buffered !== '') emit(buffered);
}

/** Classify every provision of an agreement file, with its section, heading and span. */
async function classifyFile(file: string, options: ClassifyOptions): Promise<void> {
  // the parsers load only for a file, so stdin classification starts fast
  const { readLabelledProvisions } = await import('../model/provisions.js');
  const provisions = await readLabelledProvisions(file, { format: options.format as 'markdown' | undefined });
  let previous: string | undefined;
  for (const p of provisions) {
    const context = { previous, heading: p.heading };
    previous = p.text;
    const { section, heading, span, text } = p;
    const base = { section, heading, span: { start: span.start, end: span.end }, text };
    out(JSON.stringify(options.rules || options.explain ? { ...base, ...fields(text, context, options) } : { ...base, labels: p.labels, probabilities: round(p.probabilities) }));
  }
}

/** Add the `classify` command to the program. */
export function addClassifyCommand(cmd: Command, format: () => Option): void {
  cmd.command('classify')
    .description('label clauses with the unfair-clause categories: one a line from stdin, or every provision of <file>; NDJSON out')
    .argument('[file]', 'an agreement to label provision by provision (otherwise stdin, one clause a line)')
    .addOption(new Option('--scheme <scheme>', 'the label scheme').choices(['unfair-tos']).default('unfair-tos'))
    .option('--explain', 'add, per label, the n-grams and features that decided it, with their weights')
    .option('--rules', 'use the hand-written rules alone (no model, no probabilities)')
    .addOption(format())
    .action((file: string | undefined, options: ClassifyOptions) => (file === undefined ? classifyLines(options) : classifyFile(file, options)));
}
