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

/** A line's shape with its numbers blanked, so "Page 3 of 9" and "Page 4 of 9" are the same running line. */
function shape(line: string): string {
  return line.trim().replace(/\d{1,12}/g, '#').replace(/\s{1,40}/g, ' ').toLowerCase();
}

/** True for a line in capitals or with every word capitalised: a title, not the middle of a sentence. */
function isTitle(line: string): boolean {
  const t = line.trim();
  if (t.length > 100 || /[.;,]$/.test(t)) return false;
  if (/[A-Z]{3}/.test(t) && t === t.toUpperCase()) return true;
  const words = t.split(/\s+/);
  return words.length <= 12 && words.every((w, i) => /^[A-Z0-9(&"“]/.test(w) || (i > 0 && /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)$/.test(w)));
}

/** Drop running headers, footers and page numbers from each page's lines. */
export function dropRunning(pages: string[][]): string[][] {
  const seen = new Map<string, number>();
  if (pages.length > 1) {
    for (const lines of pages) {
      const edges = new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)].map(shape));
      for (const s of edges) if (s) seen.set(s, (seen.get(s) ?? 0) + 1);
    }
  }
  const running = (line: string) => {
    const count = seen.get(shape(line)) ?? 0;
    return count >= 2 && count >= pages.length / 2;
  };
  return pages.map((lines) => lines.filter((line, i) => {
    const atEdge = i < EDGE || i >= lines.length - EDGE;
    return !(atEdge && (PAGE_NUMBER.test(line) || running(line)));
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

/** The lines of a text layer as paragraphs separated by blank lines. */
export function reflow(lines: string[]): string {
  const kept = lines.map((l) => l.replace(/\s{1,200}$/, '')).filter((l) => l.trim() !== '');
  const lengths = kept.map((l) => l.trim().length).sort((a, b) => a - b);
  // the measure: the length of a full line (a high percentile, so a few long lines do not set it)
  const measure = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const out: string[] = [];
  let paragraph = '';
  kept.forEach((raw, i) => {
    const line = raw.trim();
    const next = kept[i + 1]?.trim() ?? '';
    // a label opens a paragraph unless the line before stops mid-sentence ("within" above "(30) days")
    const midSentence = /[A-Za-z0-9,]$/.test(paragraph) && !/\b(?:or|and)$/.test(paragraph);
    if (paragraph && ((LABEL_START.test(line) && !midSentence && !inlineEnumeration(line, next, paragraph)) || (isTitle(line) && SENTENCE_END.test(paragraph)))) {
      out.push(paragraph);
      paragraph = '';
    }
    paragraph = join(paragraph, line);
    // a short line ends its paragraph when it ends a sentence, or is a title above a new sentence
    const short = line.length < measure * 0.75;
    if (short && (SENTENCE_END.test(line) || (isTitle(line) && /^[A-Z0-9"“(]/.test(next)))) {
      out.push(paragraph);
      paragraph = '';
    }
  });
  if (paragraph) out.push(paragraph);
  return out.join('\n\n');
}

/** The text of a PDF's pages (one string per page, one line per printed line) as an agreement's text. */
export function pdfPages(pages: string[]): string {
  return reflow(dropRunning(pages.map((p) => p.split(/\r?\n/))).flat());
}
