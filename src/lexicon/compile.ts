/**
 * Building regular expressions from lexicons. {@link pattern} composes a pattern's source from pieces
 * (word lists become alternations, other patterns are inlined); {@link compile} builds the RegExp and
 * records it, so the regular-expression safety test (test/regex-safety.test.ts) checks every pattern
 * built at run time as well as the literals written in src/. Use these instead of `new RegExp(...)`.
 */

/** A piece of a pattern: a word list (an alternation of its entries, escaped), a RegExp (its source) or raw source. */
export type Piece = readonly string[] | RegExp | string;

/** Escape a string for use as literal text in a pattern. */
export function escapeText(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The alternation of a word list, longest entries first so that none is cut short by its own prefix. */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map(escapeText).join('|')})`;
}

function source(piece: Piece): string {
  if (typeof piece === 'string') return piece;
  if (piece instanceof RegExp) return `(?:${piece.source})`;
  return alternation(piece);
}

/**
 * Compose a pattern's source, as a tagged template: the literal parts are raw pattern source (write
 * `\b`, not `\\b`) and each `${piece}` is a word list, a RegExp or source.
 *
 * ```ts
 * const END = ['terminate', 'suspend', 'cancel'];
 * compile(pattern`\bmay ${END}\b`, 'i'); // /\bmay (?:terminate|suspend|cancel)\b/i
 * ```
 */
export function pattern(strings: TemplateStringsArray, ...pieces: Piece[]): string {
  let out = strings.raw[0];
  pieces.forEach((piece, i) => { out += source(piece) + strings.raw[i + 1]; });
  return out;
}

/** One pattern built through {@link compile}: its source, flags and the first place that built it. */
export interface Compiled {
  source: string;
  flags: string;
  /** The call site, from a stack trace: `file:line:column` (of the built module when bundled). */
  where: string;
}

/** Most patterns kept (and reused) at once: built-at-run-time patterns such as party names stay bounded. */
const LIMIT = 4096;
const registry = new Map<string, { re: RegExp; stack: string }>();

/**
 * Build a RegExp from source (see {@link pattern}) and record it for the safety test. A pattern built
 * again (inside a function, say) is not recorded twice; a global or sticky one is a fresh copy each
 * time, so that no two callers share its `lastIndex`.
 */
export function compile(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  const known = registry.get(key);
  if (known) return /[gy]/.test(flags) ? new RegExp(known.re) : known.re;
  const re = new RegExp(source, flags);
  if (registry.size < LIMIT) {
    const site = {} as { stack?: string };
    Error.captureStackTrace(site, compile);
    registry.set(key, { re, stack: site.stack ?? '' });
  }
  return /[gy]/.test(flags) ? new RegExp(re) : re;
}

/** Every pattern built through {@link compile} so far, with where it was built (for the safety test). */
export function compiledPatterns(): Compiled[] {
  return [...registry.values()].map(({ re, stack }) => {
    // "    at caller (file:line:column)" or "    at file:line:column"
    const frame = (stack.split('\n')[1] ?? '').trim();
    const open = frame.lastIndexOf('(');
    const where = open >= 0 ? frame.slice(open + 1, frame.endsWith(')') ? -1 : undefined) : frame.slice(frame.indexOf(' ') + 1);
    return { source: re.source, flags: re.flags, where: where || 'unknown' };
  });
}
