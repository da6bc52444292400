/**
 * The unfair-clause labels of every provision of a whole agreement: the document is read into its
 * section tree and provisions by the same stages parseAgreement uses (parse, structure, segment), and
 * each provision is scored with the sentence before it and the heading it sits under as context.
 */
import type { Format, Span } from '../schema/index.js';
import { toMdast, makeLocator } from '../parse/index.js';
import { structure } from '../structure/index.js';
import { segment } from '../segment/index.js';
import { checkFormat, extractText, extractedFormat, formatFromPath, readBytes, readText } from '../read/index.js';
import { TosClausesError } from '../errors.js';
import type { UnfairLabel } from '../classify/unfair.js';
import { loadUnfairModel, scoreUnfairSentence, type UnfairModel } from './unfair.js';

/** One provision of an agreement with its unfair-clause labels. */
export interface LabelledProvision {
  /** Section path as the document cites it (`5.2(b)`), or empty. */
  section: string;
  /** The heading of its section, or empty. */
  heading: string;
  /** The provision's text (a sentence, or a lead-in with its items). */
  text: string;
  /** Where it stands in the original text. */
  span: Span;
  /** Labels above their thresholds, in the task's order. */
  labels: UnfairLabel[];
  /** Probability per label. */
  probabilities: Record<UnfairLabel, number>;
}

/**
 * Label every provision of an agreement's text with the learned unfair-clause model.
 * @throws {TosClausesError} UNKNOWN_FORMAT for a format it does not read from text, EMPTY for blank text.
 */
export function labelProvisions(text: string, options: { format?: Format | 'md' | 'txt'; model?: UnfairModel } = {}): LabelledProvision[] {
  const format = checkFormat(options.format ?? 'markdown');
  if (format === 'pdf' || format === 'docx') throw new TosClausesError('UNKNOWN_FORMAT', `${format.toUpperCase()} is read from the file: use readLabelledProvisions`);
  if (text.trim() === '') throw new TosClausesError('EMPTY', 'the agreement is empty');
  const model = options.model ?? loadUnfairModel();
  const locate = makeLocator(text);
  const provisions = segment(structure(toMdast(text, format), text).blocks);
  let previous: string | undefined;
  return provisions.map((p) => {
    const score = scoreUnfairSentence(p.text, { previous, heading: p.heading }, model);
    previous = p.text;
    const span = { start: locate(p.offs[0]), end: locate(p.offs[p.offs.length - 1] + 1) };
    return { section: p.section, heading: p.heading, text: p.text, span, ...score };
  });
}

/** Read an agreement file (any format readAgreement reads) and label its provisions; see {@link labelProvisions}. */
export async function readLabelledProvisions(file: string, options: { format?: Format | 'md' | 'txt'; maxBytes?: number; model?: UnfairModel } = {}): Promise<LabelledProvision[]> {
  const format = options.format ? checkFormat(options.format) : formatFromPath(file);
  if (format !== 'pdf' && format !== 'docx') return labelProvisions(await readText(file, options.maxBytes), { format, model: options.model });
  const text = await extractText(await readBytes(file, options.maxBytes), format, file);
  return labelProvisions(text, { format: extractedFormat(format), model: options.model });
}
