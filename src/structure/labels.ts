/**
 * Numbering labels as agreements write them: `5.`, `5.2`, `(a)`, `(ii)`, `(A)`, `a.`, `L.`,
 * `Section 4`, `Article III`. Each label has a style; siblings share a style.
 */

/** A numbering label found at the start of a heading, paragraph or line. */
export interface Label {
  /** The label itself, without punctuation: `5.2`, `a`, `ii`, `L`, `4`. */
  value: string;
  /** Style, shared by siblings: `dotted`, `num`, `lower`, `upper`, `roman`, `ROMAN`, with `(…)` forms prefixed `p-`. */
  style: string;
  /** Length of the marker in the text, with the space after it. */
  length: number;
}

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/** True for a lower- or upper-case Roman numeral (i, iv, XII). */
export function isRoman(value: string): boolean {
  return value.length > 0 && ROMAN.test(value.toLowerCase());
}

const MARKER = new RegExp(
  '^(?:' +
    '(?<sec>(?:(?:section|article|clause)\\s+|§\\s*)(?<secv>[0-9]+(?:\\.[0-9]+)*|[IVXLC]+|[A-Z])\\.?)' +
    '|\\((?<pv>[0-9]{1,3}|[a-z]{1,4}|[A-Z]{1,4})\\)' +
    '|(?<dv>[0-9]{1,3}(?:\\.[0-9]{1,3})+)\\.?' +
    '|(?<nv>[0-9]{1,3})[.)]' +
    '|(?<lv>[a-z]{1,4}|[A-Z]{1,4})[.)]' +
  ')(?=\\s|$)',
  'i',
);

/**
 * Read a numbering label at the start of `text`. `previous` (the label of the last sibling of the
 * same letter style, if any) settles whether `i` is a letter or a Roman numeral.
 */
export function readLabel(text: string, previous?: (style: string) => string | undefined): Label | undefined {
  const m = MARKER.exec(text);
  if (!m || !m.groups) return undefined;
  const g = m.groups;
  const rest = text.slice(m[0].length);
  const length = m[0].length + (/^\s*/.exec(rest)?.[0].length ?? 0);
  // "Section 5. Fees" is a label; "Section 5 survives termination" is a sentence
  if (g.sec && !/^\s*(?:[.:—–-]|$|[A-Z"“(])/.test(rest) && !m[0].endsWith('.')) return undefined;
  if (g.sec) return { value: g.secv, style: /^\d/.test(g.secv) ? (g.secv.includes('.') ? 'dotted' : 'num') : 'sec', length };
  if (g.dv) return { value: g.dv, style: 'dotted', length };
  if (g.nv) return { value: g.nv, style: m[0].endsWith(')') ? 'num)' : 'num', length };
  const raw = g.pv ?? g.lv;
  const paren = g.pv !== undefined ? 'p-' : '';
  if (/^[0-9]+$/.test(raw)) return { value: raw, style: paren + 'num', length };
  // a word such as "Act." or "No." is not a label: more than one letter must be a Roman numeral
  const lower = raw === raw.toLowerCase();
  if (raw.length > 1 && !isRoman(raw)) return undefined;
  if (raw.length > 1 && raw !== raw.toLowerCase() && raw !== raw.toUpperCase()) return undefined;
  let style = lower ? 'lower' : 'upper';
  if (isRoman(raw)) {
    const letterPrev = previous?.(paren + style);
    const isLetter = raw.length === 1 && letterPrev !== undefined && letterPrev.charCodeAt(0) + 1 === raw.charCodeAt(0);
    if (!isLetter && (raw.length > 1 || previous?.(paren + (lower ? 'roman' : 'ROMAN')) !== undefined || raw.toLowerCase() === 'i')) {
      style = lower ? 'roman' : 'ROMAN';
    }
  }
  // a capital letter followed by a period only counts when text follows it ("A. Definitions")
  if (!paren && raw.length === 1 && !lower && !/^\s+\S/.test(rest)) return undefined;
  return { value: raw, style: paren + style, length };
}

/** Join a child label onto its parent's path: `L` + `3` = `L.3`, `5.3` + `a` = `5.3(a)`, `5` + `5.2` = `5.2`. */
export function joinPath(parent: string, label: Label): string {
  const v = label.value;
  if (!parent) return v;
  if (label.style === 'dotted') return v;
  if (/^[0-9]+$/.test(v)) return `${parent}.${v}`;
  if (label.style === 'sec') return v;
  return `${parent}(${v})`;
}
