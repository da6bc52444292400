/**
 * The records the command line writes, one JSON object a line: every one carries the schema
 * `version`, so a pipeline can tell what it reads. `tos-clauses schema <kind>` prints the JSON
 * Schema of each kind.
 */
import { z } from 'zod';
import { AgreementSchema, AnswerSchema, ClauseSchema, FormatSchema } from './index.js';

/** The version of every record's shape; it changes when a shape changes incompatibly. */
export const SCHEMA_VERSION = 1 as const;

/** Schema version of the record. */
const version = z.literal(SCHEMA_VERSION);
/** The input's path as given (or found in a directory or by a glob); `-` for standard input. */
const path = z.string();

/** Why an input or a question failed: the stable code of a {@link TosClausesError} and its message. */
export const ErrorInfoSchema = z.object({
  /** Stable error code (NOT_FOUND, EMPTY, BINARY, ENCODING, UNKNOWN_FORMAT, TOO_LARGE, BAD_QUESTION, …; INTERNAL for a bug). */
  code: z.string(),
  /** One line for a person. */
  message: z.string(),
});
/** Why an input or a question failed. */
export type ErrorInfo = z.infer<typeof ErrorInfoSchema>;

/** One line of `ask --json`: the answer to one question, with the schema version. */
export const AnswerRecordSchema = z.object({ version, ...AnswerSchema.shape });
/** One line of `ask --json`. */
export type AnswerRecord = z.infer<typeof AnswerRecordSchema>;

/** A question that could not be asked (empty, too long): its line of `ask --questions --json`. */
export const QuestionErrorSchema = z.object({ version, question: z.string(), error: ErrorInfoSchema });
/** A question that could not be asked. */
export type QuestionError = z.infer<typeof QuestionErrorSchema>;

/** One line of `extract --ndjson`: the file's path and everything `parseAgreement` computes for it. */
export const ExtractRecordSchema = z.object({ path, ...AgreementSchema.shape });
/** One line of `extract --ndjson`. */
export type ExtractRecord = z.infer<typeof ExtractRecordSchema>;

/** One line of `ask --ndjson`: a file and the answer to each question, in the order asked. */
export const AskRecordSchema = z.object({
  path,
  version,
  format: FormatSchema,
  /** One answer per question, or the error of a question that could not be asked. */
  answers: z.array(z.union([AnswerRecordSchema, QuestionErrorSchema])),
});
/** One line of `ask --ndjson`. */
export type AskRecord = z.infer<typeof AskRecordSchema>;

/** The line of a file that failed in a batch (`extract` or `ask` over several files): the batch goes on. */
export const ErrorRecordSchema = z.object({ path, version, error: ErrorInfoSchema });
/** The line of a file that failed. */
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** One difference in meaning between two versions of an agreement's field. */
export const FieldChangeSchema = z.object({
  /** The typed field, as a dotted path ("notice.period", "categories"). */
  field: z.string(),
  /** Its value in the old version, for a reader; absent when it had none. */
  before: z.string().optional(),
  /** Its value in the new version, for a reader; absent when it has none. */
  after: z.string().optional(),
});
/** One changed field. */
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** One change in meaning between two versions of an agreement. */
export const ChangeSchema = z.object({
  /** A clause only in the new version, only in the old one, or in both with other typed values. */
  kind: z.enum(['added', 'removed', 'changed']),
  /** The clause type ("termination", "governing-law", …). */
  type: z.string(),
  /** The section of the clause in the new version (in the old one for a removal). */
  section: z.string(),
  /** The clause in the old version. */
  before: ClauseSchema.optional(),
  /** The clause in the new version. */
  after: ClauseSchema.optional(),
  /** For a change: the typed fields that differ. */
  fields: z.array(FieldChangeSchema).optional(),
  /** The change in one line ("provider's termination for convenience: notice period 30 days → 90 days"). */
  summary: z.string(),
});
/** One change in meaning. */
export type Change = z.infer<typeof ChangeSchema>;

/** The output of `diff --json`: the changes in meaning from one version to the next, in the new version's order. */
export const DiffSchema = z.object({ version, changes: z.array(ChangeSchema) });
/** The output of `diff --json`. */
export type Diff = z.infer<typeof DiffSchema>;
