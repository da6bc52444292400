/**
 * The published JSON Schema, generated from the zod schemas (the one source of the types).
 */
import { z } from 'zod';
import { AgreementSchema, IntentSchema } from './index.js';
import { AnswerRecordSchema, AskRecordSchema, DiffSchema, ErrorRecordSchema, ExtractRecordSchema, QuestionErrorSchema } from './records.js';
import { TosClausesError } from '../errors.js';

const SCHEMAS = {
  agreement: AgreementSchema,
  answer: AnswerRecordSchema,
  intent: IntentSchema,
  'extract-record': ExtractRecordSchema,
  'ask-record': AskRecordSchema,
  'error-record': ErrorRecordSchema,
  'question-error': QuestionErrorSchema,
  diff: DiffSchema,
} as const;

/** The documents tos-clauses publishes a JSON Schema for. */
export type SchemaName = keyof typeof SCHEMAS;

/** The names {@link jsonSchema} knows, in the order `tos-clauses schema --help` lists them. */
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

/**
 * The JSON Schema (draft 2020-12) of a record: `agreement` (`extract --json`), `answer` (a line of
 * `ask --json`), `intent` (a structured question), `extract-record` and `ask-record` (a line of
 * `extract --ndjson` and `ask --ndjson`), `error-record` (a file that failed in a batch),
 * `question-error` (a question that could not be asked) or `diff` (`diff --json`).
 * @throws {TosClausesError} BAD_OPTIONS for another name.
 */
export function jsonSchema(name: SchemaName = 'agreement'): Record<string, unknown> {
  const schema = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
  if (!schema) throw new TosClausesError('BAD_OPTIONS', `unknown schema "${String(name)}" (known: ${SCHEMA_NAMES.join(', ')})`);
  return { title: `tos-clauses ${name}`, ...z.toJSONSchema(schema, { io: 'output' }) };
}
