/**
 * A PDF's text layer as an agreement's text: one line per printed line, page by page. Running headers
 * and footers (the lines at a page's edges that repeat from page to page, numbers aside) and page
 * numbers are dropped; hard-wrapped lines are joined into paragraphs (a paragraph ends at a line that
 * opens with a number or label, a title, or a short line that ends a sentence); a word hyphenated
 * across a line end is made whole again.
 */
import { isRoman, romanValue, toRoman } from '../structure/labels.js';

/** How many lines at the top and bottom of a page may be a running header or footer. */
const EDGE = 3;

// "3", "Page 3", "3 of 12", "3/12", "- 3 -", "Page 3 of 12"
const PAGE_NUMBER = /^[\s–—-]{0,3}(?:page\s{0,3})?\d{1,4}(?:\s{0,3}(?:of|\/)\s{0,3}\d{1,4})?[\s–—-]{0,3}$/i;
// a line that opens with a number or label: "1.", "1.1", "(a)", "b)", "Section 4", "§ 7"
const LABEL_START = /^\s{0,20}(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3}){0,5}[.)]?|\(?[a-zA-Z]{1,4}[.)]|Section|Article|Clause|§)\s/;
// a bracketed label: "(A)", "(b)", "(iv)", "(12)"
const BRACKETED = /^\(([A-Za-z]{1,5}|\d{1,3})\)\s/;
const SENTENCE_END = /[.:;!?]["”’)]{0,2}$/;
// a word broken at a line end: letters, then a hyphen (or a soft hyphen), the next line goes on in lower case
const BROKEN_WORD = /[A-Za-z]{2}[-\u00ad]$/;

/** A line's text. */
function textOf(line: string | PdfLine): string {
  return typeof line === 'string' ? line : line.text;
}

/** A line's shape with its numbers blanked, so "Page 3 of 9" and "Page 4 of 9" are the same running line. */
function shape(line: string | PdfLine): string {
  return textOf(line).trim().replace(/\d{1,12}/g, '#').replace(/\s{1,40}/g, ' ').toLowerCase();
}

/** True for a line in capitals or with every word capitalised: a title, not the middle of a sentence. */
function isTitle(line: string): boolean {
  const t = line.trim();
  if (t.length > 100 || /[.;,]$/.test(t)) return false;
  if (/[A-Z]{3}/.test(t) && t === t.toUpperCase()) return true;
  const words = t.split(/\s+/);
  return words.length <= 12 && words.every((w, i) => /^[A-Z0-9(&"“]/.test(w) || (i > 0 && /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)$/.test(w)));
}

/**
 * A printed line with where it starts on the page: `indent` is the x of its text (after the label, for a
 * line that opens with one), so list levels can be rebuilt where only indentation shows them.
 */
export interface PdfLine {
  /** The line's text. */
  text: string;
  /** Where the line's text starts, in PDF units from the page's left edge; absent when unknown. */
  indent?: number;
}

/** A text item of a PDF page, as unpdf's `extractTextItems` gives it. */
export interface PdfItem {
  /** The item's text. */
  str: string;
  /** Its left edge. */
  x: number;
  /** True when a line ends after it. */
  hasEOL?: boolean;
}

// an ordered-list marker of Markdown at a line's start: "7." or "3)"
const LIST_MARKER = /^(\d{1,9})[.)](?=\s|$)/;

/** A page's text items as its printed lines, each with the x where its text (after a label) starts. */
export function itemLines(items: PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = '';
  let first: number | undefined;
  let body: number | undefined;
  let second = false;
  const end = () => {
    lines.push({ text, indent: body ?? first });
    text = '';
    first = undefined;
    body = undefined;
    second = false;
  };
  for (const item of items) {
    if (item.str.trim() !== '') {
      if (first === undefined) first = item.x;
      else if (!second) {
        // the text after a label: the second item, when the first is a whole label ("7.", "(b)")
        second = true;
        const label = text.trim();
        if (LABEL_START.test(`${label} `) && !/\s/.test(label)) body = item.x;
      }
    }
    text += item.str;
    if (item.hasEOL) end();
  }
  if (text) end();
  return lines;
}

/** Drop running headers, footers and page numbers from each page's lines. */
export function dropRunning<L extends string | PdfLine>(pages: L[][]): L[][] {
  const seen = new Map<string, number>();
  if (pages.length > 1) {
    for (const lines of pages) {
      const edges = new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)].map(shape));
      for (const s of edges) if (s) seen.set(s, (seen.get(s) ?? 0) + 1);
    }
  }
  const running = (line: L) => {
    const count = seen.get(shape(line)) ?? 0;
    return count >= 2 && count >= pages.length / 2;
  };
  return pages.map((lines) => lines.filter((line, i) => {
    const atEdge = i < EDGE || i >= lines.length - EDGE;
    return !(atEdge && (PAGE_NUMBER.test(textOf(line)) || running(line)));
  }));
}

/** The label `step` places from `label` in its sequence: B after A, 3 after 2, iii after ii; '' before the first. */
function neighbour(label: string, step: 1 | -1): string {
  const upper = label === label.toUpperCase();
  if (/^\d+$/.test(label)) return Number(label) + step > 0 ? String(Number(label) + step) : '';
  if (label.length > 1 && isRoman(label.toLowerCase())) {
    const n = romanValue(label.toLowerCase()) + step;
    return n > 0 ? (upper ? toRoman(n).toUpperCase() : toRoman(n)) : '';
  }
  const code = label.charCodeAt(0) + step;
  return label.length === 1 && /[a-z]/i.test(String.fromCharCode(code)) ? String.fromCharCode(code) : '';
}

/**
 * True when a line opens with "(B)" inside an enumeration written in a sentence, which a line break
 * happened to meet: "(A)" stood mid-line in the paragraph so far, or "(C)" follows mid-line.
 */
function inlineEnumeration(line: string, next: string, paragraph: string): boolean {
  const m = BRACKETED.exec(line);
  if (!m) return false;
  const before = neighbour(m[1], -1);
  const after = `(${neighbour(m[1], 1)})`;
  if (before && paragraph.indexOf(`(${before})`) > 0) return true;
  return line.slice(m[0].length).includes(after) || (next.includes(after) && !next.startsWith(after));
}

/** Join two parts of a paragraph: a word broken by a hyphen at the line end is made whole. */
function join(paragraph: string, line: string): string {
  if (!paragraph) return line;
  if (BROKEN_WORD.test(paragraph) && /^[a-z]/.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

/** A paragraph of the text layer and the indent of its first line. */
interface Paragraph {
  text: string;
  indent?: number;
}

/** The deepest list nesting rebuilt from indentation. */
const MAX_NEST = 12;

/** How far apart, in PDF units, two indents may be and still be one level. */
const SAME_LEVEL = 2.5;

/**
 * Rebuild the nesting of numbered lists that only indentation shows ("1." printed under "7.", deeper):
 * each paragraph opening with a Markdown list marker is indented under the nearest item before it whose
 * text starts further left, and a paragraph without a marker stays in the item whose text it lines up
 * with. Where every numbered paragraph starts at one indent, nothing changes.
 */
function nest(paragraphs: Paragraph[]): string[] {
  const numbered = paragraphs.filter((p) => p.indent !== undefined && LIST_MARKER.test(p.text));
  const levels = numbered.map((p) => p.indent as number);
  if (!levels.some((x) => Math.abs(x - levels[0]) > SAME_LEVEL)) return paragraphs.map((p) => p.text);
  // open items: where their text starts on the page, and where it starts in the Markdown written
  const open: { at: number; column: number }[] = [];
  return paragraphs.map(({ text, indent }) => {
    if (indent === undefined) return text;
    const marker = LIST_MARKER.exec(text);
    while (open.length && open[open.length - 1].at > indent + SAME_LEVEL) open.pop();
    if (marker && open.length && Math.abs(open[open.length - 1].at - indent) <= SAME_LEVEL) open.pop();
    if (!marker && open.length && indent < open[0].at - SAME_LEVEL) open.length = 0;
    const column = open.length ? open[open.length - 1].column : 0;
    // (nesting stops at MAX_NEST levels: a hostile file indented thousands deep stays linear in size)
    if (marker && open.length < MAX_NEST) open.push({ at: indent, column: column + marker[0].length + 1 });
    return ' '.repeat(column) + text;
  });
}

/** The lines of a text layer as paragraphs separated by blank lines. */
export function reflow(lines: (string | PdfLine)[]): string {
  const kept = lines.map((l) => (typeof l === 'string' ? { text: l } : l))
    .map((l) => ({ ...l, text: l.text.replace(/\s{1,200}$/, '') }))
    .filter((l) => l.text.trim() !== '');
  const lengths = kept.map((l) => l.text.trim().length).sort((a, b) => a - b);
  // the measure: the length of a full line (a high percentile, so a few long lines do not set it)
  const measure = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const out: Paragraph[] = [];
  let paragraph = '';
  let indent: number | undefined;
  const close = () => {
    out.push({ text: paragraph, indent });
    paragraph = '';
  };
  kept.forEach((raw, i) => {
    const line = raw.text.trim();
    const next = kept[i + 1]?.text.trim() ?? '';
    // a label opens a paragraph unless the line before stops mid-sentence ("within" above "(30) days")
    const midSentence = /[A-Za-z0-9,]$/.test(paragraph) && !/\b(?:or|and)$/.test(paragraph);
    if (paragraph && ((LABEL_START.test(line) && !midSentence && !inlineEnumeration(line, next, paragraph)) || (isTitle(line) && SENTENCE_END.test(paragraph)))) close();
    if (!paragraph) indent = raw.indent;
    paragraph = join(paragraph, line);
    // a short line ends its paragraph when it ends a sentence, or is a title above a new sentence
    const short = line.length < measure * 0.75;
    if (short && (SENTENCE_END.test(line) || (isTitle(line) && /^[A-Z0-9"“(]/.test(next)))) close();
  });
  if (paragraph) close();
  return nest(out).join('\n\n');
}

/**
 * The text of a PDF's pages as an agreement's text: each page one string (one line per printed line) or
 * its text items with their positions (see {@link itemLines}), which also rebuild list nesting.
 */
export function pdfPages(pages: string[] | PdfItem[][]): string {
  const lines = pages.map((p) => (typeof p === 'string' ? p.split(/\r?\n/) : itemLines(p)));
  return reflow(dropRunning<string | PdfLine>(lines).flat());
}
