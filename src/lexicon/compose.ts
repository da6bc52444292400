/**
 * Lexicons and the small helpers that compose them into patterns. The words of one idea (the verbs
 * of ending a contract, the phrases of immediacy) live in one named list; patterns are short
 * compositions of such lists, with every repetition bounded, so that each one runs in linear time on
 * any input and adding a synonym is one line.
 *
 * Entry syntax: words separated by spaces match one to four white-space characters; a trailing `*`
 * matches the rest of a word, up to 40 characters (`terminat*` matches "terminate", "terminated",
 * "termination"); an apostrophe matches a straight or a curly one (in patterns composed by {@link re}
 * too). Everything else is literal.
 */

/** A named list of the words and phrases that say one idea, and the pattern source that matches any of them. */
export interface Lexicon {
  readonly name: string;
  readonly entries: readonly string[];
  /** Pattern source matching any entry, bounded by word edges: `(?:\b(?:…)\b)`. */
  readonly source: string;
}

const registry: RegExp[] = [];

/** Every pattern built through {@link re} or {@link lexicon}, for the safety check in the tests. */
export function registeredPatterns(): readonly RegExp[] {
  return registry;
}

/** Escape a literal for use inside a pattern. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern source of one lexicon entry. */
export function entrySource(entry: string): string {
  const stem = entry.endsWith('*');
  const body = (stem ? entry.slice(0, -1) : entry).trim();
  const words = body.split(/\s+/).map((w) => escape(w).replace(/['’]/g, "['’]"));
  const start = /^\w/.test(body) ? '\\b' : '';
  // every repetition bounded: a stem's rest of word and the space between words cannot run over a
  // long token or a run of blanks (provisions are normalised, questions are short, but text is hostile)
  const end = stem ? "[\\w'’-]{0,40}" : /\w$/.test(body) ? '\\b' : '';
  return start + words.join('\\s{1,4}') + end;
}

/** Make a named lexicon. Longer entries are tried first, so "at any time" wins over "any time". */
export function lexicon(name: string, entries: readonly string[]): Lexicon {
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length);
  const source = `(?:${sorted.map(entrySource).join('|')})`;
  const lex: Lexicon = { name, entries: sorted, source };
  registry.push(new RegExp(source, 'i'));
  return lex;
}

/** A lexicon made of several others. */
export function union(name: string, ...parts: Lexicon[]): Lexicon {
  return lexicon(name, parts.flatMap((p) => p.entries));
}

type Piece = string | Lexicon | RegExp | number;

function sourceOf(piece: Piece): string {
  if (typeof piece === 'string') return piece;
  if (typeof piece === 'number') return String(piece);
  if (piece instanceof RegExp) return piece.source;
  return piece.source;
}

/**
 * Compose a pattern from raw source and lexicons: `` re`${MODAL}\s+${gap(3)}${TERMINATE}` ``.
 * Case-insensitive unless flags say otherwise; `re.with('g')` adds flags.
 */
export function re(strings: TemplateStringsArray, ...pieces: Piece[]): RegExp {
  return build(strings, pieces, 'i');
}

/** {@link re} with other flags: `` withFlags('gi')`…` ``. */
export function withFlags(flags: string) {
  return (strings: TemplateStringsArray, ...pieces: Piece[]): RegExp => build(strings, pieces, flags);
}

const built = new Map<string, RegExp>();

/** Patterns by their source as written (before apostrophes are widened), so a composition inside a function costs a lookup. */
const composed = new Map<string, RegExp>();

function build(strings: TemplateStringsArray, pieces: Piece[], flags: string): RegExp {
  let source = strings.raw[0];
  pieces.forEach((p, i) => { source += sourceOf(p) + strings.raw[i + 1]; });
  // one pattern per source: a composition inside a function is built once, not on every call
  const key = `${flags}/${source}`;
  let pattern = composed.get(key);
  if (!pattern) composed.set(key, (pattern = compile(eitherApostrophe(source), flags)));
  return pattern;
}

/**
 * A pattern source in which a straight apostrophe also matches a curly one, as in lexicon entries:
 * "don't allow" is written either way ("We don’t allow …"). Outside a character class `'` becomes
 * `['’]`; inside one, `’` joins it.
 */
export function eitherApostrophe(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    if (c === "'") out += inClass ? "'’" : "['’]";
    else out += c;
  }
  return out;
}

/** A pattern from a source built in code (a list joined into an alternation), recorded like {@link re}'s. */
export function compile(source: string, flags = 'i'): RegExp {
  const key = `${flags}/${source}`;
  let pattern = built.get(key);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    built.set(key, pattern);
    registry.push(pattern);
  }
  return pattern;
}

/** The global form of a pattern (for `matchAll`), built once. */
export function globalOf(pattern: RegExp): RegExp {
  return pattern.flags.includes('g') ? pattern : compile(pattern.source, pattern.flags + 'g');
}

/** Up to `n` words, each followed by white space (a bounded gap between two parts of a phrase). */
export function gap(n: number): string {
  return `(?:[\\w'’,()"“”/-]{1,40}\\s{1,4}){0,${n}}?`;
}

/**
 * Up to `n` characters within one clause: no semicolon, and no sentence stop, a dot inside a word or
 * name ("Acme.com's", "U.S.A") aside.
 */
export function within(n: number): string {
  return `(?:[^.;]|\\.(?=\\w)){0,${n}}?`;
}

/** Up to `n` characters within one sentence (semicolons allowed; a dot inside a word or name is no stop). */
export function inSentence(n: number): string {
  return `(?:[^.]|\\.(?=\\w)){0,${n}}`;
}

/** A pattern source matching any of the lexicons or sources given. */
export function any(...parts: Piece[]): string {
  return `(?:${parts.map(sourceOf).join('|')})`;
}

/** Does any entry of a lexicon occur in the text? */
export function has(lex: Lexicon, text: string): boolean {
  return matcher(lex).test(text);
}

const matchers = new Map<Lexicon, RegExp>();

/** The case-insensitive matcher of a lexicon (one per lexicon). */
export function matcher(lex: Lexicon): RegExp {
  let m = matchers.get(lex);
  if (!m) { m = new RegExp(lex.source, 'i'); matchers.set(lex, m); }
  return m;
}

/** Every match of a lexicon in a text, with positions. */
export function findAll(lex: Lexicon, text: string): Array<{ text: string; start: number; end: number }> {
  const g = new RegExp(lex.source, 'gi');
  return [...text.matchAll(g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}
