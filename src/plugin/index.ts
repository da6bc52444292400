/**
 * `remarkClauses`: tos-clauses as a unified plugin. It reads the file's text with `parseAgreement`,
 * attaches the typed clauses (and answers, when asked questions) to `file.data`, and reports each
 * clause as a VFile message at its position, the way remark-lint and retext plugins report
 * findings, so remark-cli, vfile-reporter and any unified pipeline can use it.
 *
 * ```ts
 * import { unified } from 'unified';
 * import remarkParse from 'remark-parse';
 * import remarkStringify from 'remark-stringify';
 * import { reporter } from 'vfile-reporter';
 * import { remarkClauses } from 'tos-clauses';
 * const file = await unified().use(remarkParse).use(remarkClauses).use(remarkStringify).process(text);
 * console.log(reporter(file)); // 23:111-23:231  info  provider's termination for … tos-clauses:termination
 * ```
 */
import type { VFile } from 'vfile';
import { parseAgreement } from '../agreement.js';
import { ask } from '../query/answer.js';
import { formatFromPath } from '../read/index.js';
import type { Agreement, Answer, Clause } from '../schema/index.js';
import { answerLine, clauseSummary } from '../present/index.js';
import { TosClausesError } from '../errors.js';

/** Options of {@link remarkClauses}. */
export interface RemarkClausesOptions {
  /** How to read the file: `markdown` (default, or from the file's extension), `text` or `html`. */
  format?: 'markdown' | 'text' | 'html';
  /** Report only clauses of these types (all are still attached to `file.data`). */
  types?: Array<Clause['type']>;
  /** Questions to ask of the file: their answers go to `file.data.answers`, each reported at its first quote. */
  questions?: string[];
  /** False: attach the data only, report nothing. Default true. */
  report?: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** What tos-clauses read from the file (set by `remarkClauses`). */
    agreement: Agreement;
    /** The typed clauses of the file (set by `remarkClauses`). */
    clauses: Clause[];
    /** The answers to the plugin's `questions`, in order (set by `remarkClauses`). */
    answers: Answer[];
  }
}

/** The origin of every message: `tos-clauses:<clause type>`, as remark-lint's are `remark-lint:<rule>`. */
const SOURCE = 'tos-clauses';

function formatOf(file: VFile, option: RemarkClausesOptions['format']): 'markdown' | 'text' | 'html' {
  if (option) return option;
  if (!file.path) return 'markdown';
  try {
    const format = formatFromPath(file.path);
    return format === 'text' || format === 'html' ? format : 'markdown';
  } catch {
    return 'markdown';
  }
}

/**
 * The unified plugin: after parsing, read the file's clauses into `file.data.clauses` (and
 * `file.data.agreement`) and report each as an info message with its position and a rule id of its type.
 * @throws {TosClausesError} BAD_OPTIONS for options of the wrong shape; the file's errors (EMPTY, …) fail the file.
 */
export function remarkClauses(options: RemarkClausesOptions = {}) {
  if (typeof options !== 'object' || options === null) throw new TosClausesError('BAD_OPTIONS', 'remarkClauses: options must be an object');
  if (options.types !== undefined && !Array.isArray(options.types)) throw new TosClausesError('BAD_OPTIONS', 'remarkClauses: `types` must be an array of clause types');
  if (options.questions !== undefined && (!Array.isArray(options.questions) || options.questions.some((q) => typeof q !== 'string'))) {
    throw new TosClausesError('BAD_OPTIONS', 'remarkClauses: `questions` must be an array of strings');
  }
  const types = options.types ? new Set<string>(options.types) : undefined;
  return function transformer(_tree: unknown, file: VFile): void {
    const agreement = parseAgreement(String(file.value ?? ''), { format: formatOf(file, options.format) });
    file.data.agreement = agreement;
    file.data.clauses = agreement.clauses;
    if (options.questions) file.data.answers = options.questions.map((q) => ask(agreement, q));
    if (options.report === false) return;
    for (const clause of agreement.clauses) {
      if (types && !types.has(clause.type)) continue;
      const message = file.info(clauseSummary(clause, true), { place: { start: clause.span.start, end: clause.span.end }, ruleId: clause.type, source: SOURCE });
      message.note = clause.text;
    }
    for (const answer of file.data.answers ?? []) {
      const first = answer.evidence[0];
      const place = first ? { start: first.start, end: first.end } : undefined;
      file.info(`${answer.question} ${answerLine(answer)}`, { place, ruleId: 'answer', source: SOURCE });
    }
  };
}
