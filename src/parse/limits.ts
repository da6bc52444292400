/**
 * Nesting limits, checked before the structure stage (which walks the tree recursively) and, for
 * Markdown, before the parser itself: a list nested 5,000 deep is refused with TOO_DEEP in
 * milliseconds instead of exhausting the stack after minutes.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { TosClausesError } from '../errors.js';

/** Default nesting depth accepted: real agreements nest lists and quotes well under 20 deep. */
export const DEFAULT_MAX_DEPTH = 100;
/** The deepest nesting the pipeline handles at all; a larger `maxDepth` is lowered to this. */
export const MAX_DEPTH_CEILING = 1000;

/** Limits on an input, as options of `parseAgreement` and `readAgreement` and the CLI's `--max-bytes` and `--max-depth`. */
export interface Limits {
  /** Largest input accepted, in bytes of UTF-8 (default 20 MB). */
  maxBytes?: number;
  /** Deepest nesting accepted: lists, block quotes and emphasis in Markdown, elements in HTML (default {@link DEFAULT_MAX_DEPTH}, at most {@link MAX_DEPTH_CEILING}). */
  maxDepth?: number;
}

const context = new AsyncLocalStorage<Limits>();

/** Run `fn` (and whatever it awaits) with these limits in force for the parser. */
export function withLimits<T>(limits: Limits, fn: () => T): T {
  return context.run(limits, fn);
}

/** The depth limit in force: the one given, else the caller's (see {@link withLimits}), else the default; never above the ceiling. */
export function depthLimit(given?: number): number {
  const want = given ?? context.getStore()?.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!(want >= 1)) throw new TosClausesError('USAGE', `the depth limit must be a positive number, not ${want}`);
  return Math.min(Math.floor(want), MAX_DEPTH_CEILING);
}

function tooDeep(depth: number, limit: number, what: string): never {
  const raise = limit < MAX_DEPTH_CEILING ? `; raise the limit with --max-depth (maxDepth), at most ${MAX_DEPTH_CEILING}` : '';
  throw new TosClausesError('TOO_DEEP', `${what} nested ${depth} deep is over the limit of ${limit}${raise}`);
}

/**
 * A pre-scan of Markdown text, before the parser: on each line, the container markers that open it
 * (`>`, `-`, `*`, `+`, `1.`, `1)`), plus half its indentation before the first marker, bound the
 * nesting of lists and block quotes from above. Linear in the text.
 * @throws {TosClausesError} TOO_DEEP when a line opens more than `limit` of them.
 */
export function scanMarkdownDepth(text: string, limit: number): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let indent = 0;
    let markers = 0;
    let lead = -1;
    for (;;) {
      let width = 0;
      while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) width += text.charCodeAt(i++) === 9 ? 4 : 1;
      if (markers === 0) indent = width;
      const c = text.charCodeAt(i);
      let end = -1;
      if (c === 62) end = i + 1; // >
      else if (c === 45 || c === 42 || c === 43) end = i + 1; // - * +
      else if (c >= 48 && c <= 57) {
        let k = i;
        while (k < n && k - i < 9 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
        if (text.charCodeAt(k) === 46 || text.charCodeAt(k) === 41) end = k + 1; // . )
      }
      if (end < 0) break;
      const after = text.charCodeAt(end);
      // a list marker needs white space or the end of the line after it; ">" needs nothing
      if (c !== 62 && !(end >= n || after === 32 || after === 9 || after === 10 || after === 13)) break;
      if (lead < 0) lead = indent;
      markers++;
      i = end;
    }
    if (markers > 0 && markers + (lead >> 1) > limit) tooDeep(markers + (lead >> 1), limit, 'lists or block quotes');
    while (i < n && text.charCodeAt(i) !== 10) i++;
    i++;
  }
}

/** Elements with no content, and elements whose end tag may be left out (the HTML parser closes them itself). */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp',
  'html', 'head', 'body',
]);
/** Elements whose content is text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;

/**
 * A pre-scan of HTML, before the parser (whose tree conversion recurses once per level): open tags
 * less end tags, counting only elements that need an end tag, bound the nesting from above.
 * Comments and the text of scripts and styles are skipped. Linear in the text.
 * @throws {TosClausesError} TOO_DEEP when elements nest more than `limit` deep.
 */
export function scanHtmlDepth(text: string, limit: number): void {
  let depth = 0;
  for (let i = text.indexOf('<'); i >= 0 && i < text.length; i = text.indexOf('<', i)) {
    if (text.startsWith('<!--', i)) { const end = text.indexOf('-->', i + 4); i = end < 0 ? text.length : end + 3; continue; }
    const closing = text.charCodeAt(i + 1) === 47;
    let k = i + (closing ? 2 : 1);
    const from = k;
    while (k < text.length && isNameChar(text.charCodeAt(k))) k++;
    if (k === from) { i++; continue; }
    const name = text.slice(from, k).toLowerCase();
    const end = text.indexOf('>', k);
    if (end < 0) break;
    i = end + 1;
    if (NOT_NESTING.has(name)) continue;
    if (closing) { depth = Math.max(0, depth - 1); continue; }
    if (text.charCodeAt(end - 1) === 47) continue; // <x/>
    if (RAW_TEXT.has(name)) {
      let close = text.indexOf('</', i);
      while (close >= 0 && text.slice(close + 2, close + 2 + name.length).toLowerCase() !== name) close = text.indexOf('</', close + 2);
      i = close < 0 ? text.length : close;
      continue;
    }
    if (++depth > limit) tooDeep(depth, limit, 'HTML elements');
  }
}

interface Node { type: string; children?: Node[] }

/**
 * The nesting depth of a parsed tree (mdast or hast), walked without recursion. A list item is not a
 * level of its own (its list is), so a list nested 5 deep is 5 deep, plus the paragraph and emphasis in it.
 * @throws {TosClausesError} TOO_DEEP when it is over `limit`.
 */
export function checkTreeDepth(tree: Node, limit: number, what: string): void {
  const stack: Array<[Node, number]> = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node.children) continue;
    const below = node.type === 'listItem' || node.type === 'root' ? depth : depth + 1;
    if (below > limit) tooDeep(below, limit, what);
    for (const child of node.children) stack.push([child, below]);
  }
}

/** Most emphasis, strike-through and link brackets (`*`, `_`, `~`, `[`, `]`) read as markup in one paragraph. */
export const MAX_MARKS = 1000;

const isMark = (c: number) => c === 42 || c === 95 || c === 126 || c === 91 || c === 93;

/**
 * The Markdown parser pairs emphasis marks and link brackets in time quadratic in their number within
 * a paragraph (micromark's attention and label resolution): 20,000 `*_` take seconds, a megabyte
 * hours. In a paragraph with more than {@link MAX_MARKS} of them (no real agreement has a tenth of
 * that), they are replaced by spaces before parsing: the text keeps its length, so offsets stay those
 * of the file, and the marks are read as the white space they would have become as markup.
 */
export function defuseMarks(text: string, max = MAX_MARKS): string {
  let out: string[] | undefined;
  let from = 0;
  let start = 0;
  let marks = 0;
  const flush = (end: number) => {
    if (marks > max) {
      out ??= [];
      out.push(text.slice(from, start));
      let chunk = '';
      for (let k = start; k < end; k++) chunk += isMark(text.charCodeAt(k)) ? ' ' : text[k];
      out.push(chunk);
      from = end;
    }
    marks = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isMark(c)) marks++;
    else if (c === 10) {
      // a blank line ends the paragraph
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j < text.length && text.charCodeAt(j) === 10) { flush(i); start = j; i = j - 1; }
    }
  }
  flush(text.length);
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}
