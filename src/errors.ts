/**
 * Errors tos-clauses raises for bad input. Each carries a stable `code` and the exit code the CLI
 * uses for it, so scripts can tell an empty file from a binary one without parsing messages.
 */

/** Exit codes of the CLI, by error code. */
export const EXIT_CODES = {
  USAGE: 2,
  NOT_FOUND: 3,
  EMPTY: 4,
  BINARY: 5,
  ENCODING: 5,
  UNKNOWN_FORMAT: 6,
  TOO_LARGE: 7,
  BAD_QUESTION: 8,
  BAD_GOLD: 9,
  /** Bad options or arguments to a function of the library (a typed call, not the command line). */
  BAD_OPTIONS: 2,
  /** A model asset that cannot be read as one (exit 9, like the other data files `eval` reads). */
  BAD_MODEL: 9,
  /** Input nested deeper than the depth limit (lists, quotes, HTML elements). */
  TOO_DEEP: 10,
} as const;

/** The codes a {@link TosClausesError} can carry. */
export type ErrorCode = keyof typeof EXIT_CODES;

/** An error caused by the input (file, format, question), never by a bug. */
export class TosClausesError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** The CLI exit code for this error. */
  readonly exitCode: number;

  /** Make an error with a code from {@link EXIT_CODES} and a one-line message. */
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'TosClausesError';
    this.code = code;
    this.exitCode = EXIT_CODES[code];
  }
}
