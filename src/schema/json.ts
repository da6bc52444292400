/**
 * The published JSON Schema, generated from the zod schemas (the one source of the types).
 */
import { z } from 'zod';
import { AgreementSchema, AnswerSchema, IntentSchema } from './index.js';

/** The documents tos-clauses publishes a JSON Schema for. */
export type SchemaName = 'agreement' | 'answer' | 'intent';

const SCHEMAS = { agreement: AgreementSchema, answer: AnswerSchema, intent: IntentSchema } as const;

/**
 * The JSON Schema (draft 2020-12) of the output of `extract --json` (`agreement`), of
 * `ask --json` (`answer`) or of a structured question (`intent`).
 */
export function jsonSchema(name: SchemaName = 'agreement'): Record<string, unknown> {
  const schema = SCHEMAS[name];
  if (!schema) throw new TypeError(`unknown schema "${String(name)}" (known: ${Object.keys(SCHEMAS).join(', ')})`);
  return { title: `tos-clauses ${name}`, ...z.toJSONSchema(schema, { io: 'output' }) };
}
