/**
 * The numbering grammar. A label is a run of segments (numbers, letters, Roman numerals) joined by
 * dots or wrapped in parentheses, closed by "." or ")" or standing before a space: `5.2(b)(ii)`,
 * `A.1.`, `I.2.a`, `4.b.iv`, `1a`, `3)`, `(iv)`, `10(b)`, optionally after a word of numbering
 * (`Section 4`, `Article III`, `Clause 12.1`, `§ 7`). A small scanner reads it segment by segment;
 * whether `i` is a letter or a Roman numeral is settled by the label before it at that level.
 */

/** What a segment of a label counts in: `1`, `a`, `A`, `ii`, `IV`. */
export type SegmentKind = 'number' | 'lower' | 'upper' | 'roman' | 'ROMAN';

/** One segment of a label or a section path. */
export interface Segment {
  /** The segment as written, without punctuation: `5`, `b`, `ii`, `A`. */
  value: string;
  /** What it counts in. */
  kind: SegmentKind;
  /** True when written in parentheses: `(b)`. */
  paren?: boolean;
  /** How it is joined to the segment before it as written: `.` (`4.b`), `(` (`10(b)`), `` (`1a`) or `-` (`S-2`). */
  join?: '.' | '(' | '' | '-';
  /** The numbering word written before it ("Section I", "Article III"), lower-cased. */
  word?: string;
}

/** A numbering label found at the start of a heading, paragraph or line. */
export interface Label {
  /** The label as written, without its word and closing punctuation: `5.2`, `a`, `ii`, `L`, `4`, `10(b)`. */
  value: string;
  /** Its segments, in order. */
  segments: Segment[];
  /**
   * Style, shared by siblings: the last segment's kind (`num`, `lower`, `upper`, `roman`, `ROMAN`)
   * with its form (`p-` wrapped in parentheses, `)` closed by one), `dotted` for a label of several
   * segments, `sec` for a lettered or Roman label after a numbering word ("Article III").
   */
  style: string;
  /** The numbering word before it, lower-cased, when there is one: `section`, `article`, `clause`, `§`. */
  word?: string;
  /** Length of the marker in the text, with the white space after it. */
  length: number;
}

/** Lexicon: words that open a numbered provision ("Section 4", "Article III", "Clause 12.1"). */
export const NUMBERING_WORDS = ['section', 'article', 'clause'];

/** Lexicon: words that cite a provision of the same document ("Sections 4.2 and 4.3", "paragraph 3(a)"). */
export const CITING_WORDS = ['sections?', 'clauses?', 'articles?', 'paragraphs?'];

const MULTI_ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
const ROMAN_LETTERS = 'ivxlcdm';
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** True for a lower- or upper-case Roman numeral up to 39 (i, iv, XII), or a single Roman letter (c, l, d, m). */
export function isRoman(value: string): boolean {
  const v = value.toLowerCase();
  if (v.length === 1) return ROMAN_LETTERS.includes(v);
  return v.length > 0 && MULTI_ROMAN.test(v);
}

/** The value of a Roman numeral (`xiv` → 14), or 0 when it is not one. */
export function romanValue(value: string): number {
  if (!isRoman(value)) return 0;
  const v = value.toLowerCase();
  let total = 0;
  for (let i = 0; i < v.length; i++) {
    const here = ROMAN_VALUES[v[i]];
    const next = ROMAN_VALUES[v[i + 1]] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
}

/** The Roman numeral of a number from 1 to 39, lower case. */
export function toRoman(n: number): string {
  const tens = 'x'.repeat(Math.floor(n / 10));
  const ones = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][n % 10];
  return tens + ones;
}

/** The letter of a position: 1 → `a`, 26 → `z`, 27 → `aa`. */
export function toLetter(n: number): string {
  const k = (n - 1) % 26;
  return String.fromCharCode(97 + k).repeat(Math.floor((n - 1) / 26) + 1);
}

const LABEL_WORD = new RegExp(`^(?:(${NUMBERING_WORDS.join('|')})\\s+|(§)\\s*)`, 'i');

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isLetter = (c: string | undefined) => isLower(c) || isUpper(c);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
// zero-width characters that converted pages leave before a label
const INVISIBLE = /^[\u200b\u200c\u200d\u2060\ufeff]*/;

/** An atom: up to three digits, or up to four letters of one case (more than one only as a Roman numeral). */
function atom(text: string, i: number): { value: string; end: number } | undefined {
  let j = i;
  if (isDigit(text[j])) {
    while (isDigit(text[j])) j++;
    if (j - i > 3 || isLetter(text[j]) && isLetter(text[j + 1])) return undefined;
    return { value: text.slice(i, j), end: j };
  }
  if (!isLetter(text[j])) return undefined;
  const upper = isUpper(text[j]);
  while (isLetter(text[j])) j++;
  const value = text.slice(i, j);
  if (value.length > 4 || isDigit(text[j])) return undefined;
  if (value !== (upper ? value.toUpperCase() : value.toLowerCase())) return undefined;
  if (value.length > 1 && !MULTI_ROMAN.test(value.toLowerCase())) return undefined;
  return { value, end: j };
}

/** A path as written: its segments (kinds not yet settled), where it ends, and how it is closed. */
interface Scanned {
  segments: Array<{ value: string; paren: boolean; join?: '.' | '(' | '' | '-' }>;
  end: number;
  close: '' | '.' | ')' | ':';
}

/**
 * Scan a path at `i`: `5.2(b)(ii)`, `(a)`, `A.1`, `1a`, `4.b.iv`. Linear: every step consumes
 * characters. A dot followed by a word that is no segment ("5.Trade") closes the label there.
 */
function scan(text: string, i: number): Scanned | undefined {
  const segments: Scanned['segments'] = [];
  let j = i;
  for (;;) {
    if (text[j] === '(') {
      const a = atom(text, j + 1);
      if (!a || text[a.end] !== ')') break;
      segments.push({ value: a.value, paren: true, join: segments.length ? '(' : undefined });
      j = a.end + 1;
      continue;
    }
    if (segments.length === 0) {
      const a = atom(text, j);
      if (!a) return undefined;
      segments.push({ value: a.value, paren: false });
      j = a.end;
      // "1a", "19A": a number with one letter straight after it
      if (isDigit(a.value[0]) && isLetter(text[j]) && !isLetter(text[j + 1]) && !isDigit(text[j + 1])) {
        segments.push({ value: text[j], paren: false, join: '' });
        j++;
      }
      continue;
    }
    const last = segments[segments.length - 1];
    // "S-2.1", "A-1": a hyphen before a number joins it to the part before (only a number: "E-mail" is a word)
    if (text[j] === '-' && segments.length === 1 && !last.paren && isDigit(text[j + 1])) {
      const a = atom(text, j + 1);
      if (a && (isSpace(text[a.end]) || a.end === text.length || text[a.end] === '.' || text[a.end] === '(' || text[a.end] === ')')) {
        segments.push({ value: a.value, paren: false, join: '-' });
        j = a.end;
        continue;
      }
    }
    if (text[j] === '.' && !last.paren) {
      const a = atom(text, j + 1);
      // a letter after a dot is a segment only when a separator follows it ("I.2.a ", not "5.Trade")
      if (a && (isSpace(text[a.end]) || a.end === text.length || text[a.end] === '.' || text[a.end] === '(' || text[a.end] === ')')) {
        segments.push({ value: a.value, paren: false, join: '.' });
        j = a.end;
        continue;
      }
    }
    break;
  }
  if (!segments.length) return undefined;
  let close: Scanned['close'] = '';
  const lastParen = segments[segments.length - 1].paren;
  if (text[j] === '.' || text[j] === ':' || (text[j] === ')' && !lastParen)) { close = text[j] as Scanned['close']; j++; }
  return { segments, end: j, close };
}

/** Options of {@link readLabel}. */
export interface ReadOptions {
  /** The label stands alone (a heading, a line of its own): a bare number ("4") counts. */
  bare?: boolean;
  /** A heading: the title may follow the closing dot without a space ("1.Services"). */
  heading?: boolean;
}

/** Settle each segment's kind; the last one by the sibling before it at its level. */
function kinds(raw: Scanned['segments'], form: string, previous?: (style: string) => string | undefined): Segment[] {
  return raw.map((s, k) => {
    const v = s.value;
    let kind: SegmentKind;
    if (isDigit(v[0])) kind = 'number';
    else {
      const lower = v === v.toLowerCase();
      const letter: SegmentKind = lower ? 'lower' : 'upper';
      const roman: SegmentKind = lower ? 'roman' : 'ROMAN';
      if (!isRoman(v)) kind = letter;
      else if (v.length > 1) kind = roman;
      else if (k < raw.length - 1 || !previous) kind = v.toLowerCase() === 'i' && k === 0 ? roman : letter;
      else {
        const letterPrev = previous(form + (lower ? 'lower' : 'upper'));
        const romanPrev = previous(form + roman);
        if (letterPrev !== undefined && letterPrev.length === 1 && letterPrev.charCodeAt(0) + 1 === v.charCodeAt(0)) kind = letter;
        else if (romanPrev !== undefined && romanValue(romanPrev) + 1 === romanValue(v)) kind = roman;
        else if (romanPrev !== undefined || v.toLowerCase() === 'i') kind = roman;
        else kind = letter;
      }
    }
    const seg: Segment = { value: v, kind };
    if (s.paren) seg.paren = true;
    if (s.join !== undefined) seg.join = s.join;
    return seg;
  });
}

const SHORT: Record<SegmentKind, string> = { number: 'num', lower: 'lower', upper: 'upper', roman: 'roman', ROMAN: 'ROMAN' };

/** Cyrillic and Greek capitals that look like Latin ones, and the Latin letter each is read as. */
const LATIN_OF: Record<string, string> = {
  'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X',
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Η': 'H', 'Κ': 'K', 'Μ': 'M', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Χ': 'X',
};

/**
 * Read a numbering label at the start of `text`. `previous` (the label of the last sibling of a
 * style, if any) settles whether `i` is a letter or a Roman numeral. Words that look like labels
 * ("No.", "Inc.", "a.m.", "U.S.", "e.g.") are not labels.
 */
export function readLabel(text: string, previous?: (style: string) => string | undefined, options: ReadOptions = {}): Label | undefined {
  // a Cyrillic or Greek capital that looks like a Latin one ("6А." with a Cyrillic А) is read as that letter
  // (one character for one, so lengths and offsets hold)
  let head = '';
  for (const c of text.slice(0, 12)) head += LATIN_OF[c] ?? c;
  if (head.length === Math.min(12, text.length)) text = head + text.slice(12);
  const skip = INVISIBLE.exec(text)?.[0].length ?? 0;
  let i = skip;
  let word: string | undefined;
  const w = LABEL_WORD.exec(text.slice(i, i + 12));
  if (w) { word = (w[1] ?? w[2]).toLowerCase(); i += w[0].length; }
  const s = scan(text, i);
  if (!s) return undefined;
  let end = s.end;
  const rest = text.slice(end);
  const after = rest[0];
  const segs = s.segments;
  const first = segs[0];
  const letters = segs.every((x) => !isDigit(x.value[0]));
  // what may follow: white space or the end; in a heading, the title straight after a dot ("1.Services")
  const tight = options.heading && s.close === '.' && isUpper(after) && isDigit(first.value[0]);
  if (after !== undefined && !isSpace(after) && !tight && !(word && (after === '—' || after === '–'))) return undefined;
  const single = segs.length === 1 && !first.paren;
  if (word) {
    // "Section 5. Fees" and "Section 1: Accounts" are labels; "Section 5 survives termination" is a sentence
    if (!s.close && !/^\s*(?:[.:—–-]|$|[A-Z"“])/.test(rest)) return undefined;
    if (s.close === ')') return undefined;
  } else {
    if (s.close === ':') return undefined;
    // "a.m.", "U.S.", "e.g.": letters joined by dots are abbreviations, not labels
    if (letters && segs.length > 1 && !segs.some((x) => x.paren)) return undefined;
    if (single && !s.close && !(options.bare && isDigit(first.value[0]))) return undefined;
    if (segs.length === 2 && segs[1].join === '' && !s.close && !options.bare) return undefined;
    // a capital letter followed by a period only counts when text follows it ("A. Definitions")
    if (single && letters && isUpper(first.value[0]) && first.value.length === 1 && !/^\s+\S/.test(rest) && !options.bare) return undefined;
  }
  const form = segs.length > 1 ? '' : first.paren ? 'p-' : '';
  const segments = kinds(segs, form, previous);
  if (word) segments[0].word = word;
  const last = segments[segments.length - 1];
  let style: string;
  if (segments.length > 1) style = 'dotted';
  else if (word && last.kind !== 'number') style = 'sec';
  else style = (first.paren ? 'p-' : '') + SHORT[last.kind] + (s.close === ')' && last.kind === 'number' ? ')' : '');
  end += /^\s*/.exec(rest)?.[0].length ?? 0;
  const value = segs.map((x, k) => (x.paren ? `(${x.value})` : k > 0 && (x.join === '.' || x.join === '-') ? `${x.join}${x.value}` : x.value)).join('');
  const label: Label = { value: segs.length === 1 ? first.value : value, segments, style, length: end };
  if (word) label.word = word;
  return label;
}

/** How a document writes a letter or Roman numeral under the segment before it: `10(b)`, `6.B` or `8a`. */
export interface CitationStyle {
  /** The join of a letter after a number: `(` (`10(b)`), `.` (`6.B`) or `` (`8a`). */
  letter: '(' | '.' | '';
  /** The join of a letter or Roman numeral after a letter: `(` (`10(b)(ii)`) or `.` (`4.b.iv`). */
  deeper: '(' | '.';
  /** For each depth of a path, the kind the document's own citations count in there (`10(b)`: a letter at depth 1). */
  depthKinds: Array<SegmentKind | undefined>;
  /**
   * The kind cited at depth 1 under each top-level number the document cites into ("Section 3.2": a number
   * under 3): one section's citations ("Section 23.h") do not renumber a list that writes its own numbers
   * in another.
   */
  underSection?: Record<string, SegmentKind>;
  /**
   * True when sections numbered on through the parts of a document ("Section I: General Terms" holding
   * 1 to 12, "Section II" holding 13 to 24) are cited by their number alone ("see Section 9"): paths
   * leave the part out.
   */
  flatParts?: boolean;
  /** The numbers the document cites alone ("Section 9", "Sections 4 and 5"). */
  singles?: string[];
}

/** The style of a document that does not cite itself: `5.2(b)(ii)`, `A.1`. */
export const DEFAULT_STYLE: CitationStyle = { letter: '(', deeper: '(', depthKinds: [] };


/** Write a path's segments in a citation style: `10(b)(i)`, `6.B`, `8a`, `A.1`, `I.2.a`. */
export function renderPath(segments: Segment[], style: CitationStyle = DEFAULT_STYLE): string {
  if (style.flatParts && segments.length > 1 && segments[0].word && segments[0].kind !== 'number' && segments[1].kind === 'number') segments = segments.slice(1);
  let out = '';
  segments.forEach((s, k) => {
    // a path that opens with "(a)" (items under a heading without a number) keeps its parentheses
    if (k === 0) { out = s.paren ? `(${s.value})` : s.value; return; }
    const parent = segments[k - 1];
    // "S-2": a hyphen stays as written
    if (s.join === '-') { out += `-${s.value}`; return; }
    // "5(1)" for a number written in parentheses, "5.1" and "A.1" for one written plain
    if (s.kind === 'number') out += s.paren ? `(${s.value})` : `.${s.value}`;
    // "19A", "1a": a letter written straight after its number stays there
    else if (parent.kind === 'number' && s.join === '') out += s.value;
    else if (parent.kind === 'number') out += style.letter === '(' ? `(${s.value})` : style.letter + s.value;
    else out += style.deeper === '(' ? `(${s.value})` : `.${s.value}`;
  });
  return out;
}

/** Join a child label's segments onto its parent's: `5.3` + `(a)` = `5.3(a)`; `5` + `5.2` = `5.2`; `L` + `3` = `L.3`. */
export function joinSegments(parent: Segment[], label: Label): Segment[] {
  const segs = label.segments;
  if (!parent.length) return segs;
  if (segs.length > 1) {
    // a path of its own ("5.2", "I.2.a") stands as written, under the part that holds its first segment
    // ("I.2" under "Article IV › I"); one that opens with a letter under a number ("a.1") goes under it
    for (let j = parent.length - 1; j > 0; j--) if (parent[j].value === segs[0].value && parent[j].kind === segs[0].kind) return [...parent.slice(0, j), ...segs];
    if (segs[0].kind === 'number' || parent[0].kind === segs[0].kind || label.word) return segs;
    return [...parent, ...segs.map((s, k) => (k === 0 ? { ...s, join: undefined } : s))];
  }
  if (label.style === 'sec') return segs;
  return [...parent, segs[0]];
}

/**
 * How a document cites itself: "Section 10(b)", "Sections 4.2 and 4.3", "clause 7.1(c)", "§ 3(a)".
 * References to statutes ("17 U.S.C. § 512(c)", "Section 230 of the Communications Decency Act")
 * do not count. Without a citation of a sub-section, the document's own labels of several segments
 * ("I.2.a", "4.b.iv", "1a") decide; without those, {@link DEFAULT_STYLE}.
 */
export function citationStyle(text: string, labels: Label[] = []): CitationStyle {
  const votes = { letter: new Map<string, number>(), deeper: new Map<string, number>() };
  const depth: Array<Map<SegmentKind, number>> = [];
  const ambiguous: number[] = [];
  // the kinds at depth 1 under each cited top-level number
  const under = new Map<string, Map<SegmentKind, number>>();
  const count = (segs: Array<{ value: string; join?: string; paren?: boolean }>, depths: boolean) => {
    if (segs.length < 2) return;
    // the kinds at each depth only from paths that open with a number, as Markdown lists do
    const numbered = depths && isDigit(segs[0].value[0]);
    segs.forEach((s, k) => {
      if (k === 0) return;
      const v = s.value;
      const kind: SegmentKind | undefined = isDigit(v[0]) ? 'number' : v.length > 1 ? 'roman' : 'ivx'.includes(v.toLowerCase()) ? undefined : 'lower';
      if (!numbered) { /* no depth vote */ } else if (kind === undefined) ambiguous[k] = (ambiguous[k] ?? 0) + 1;
      else {
        (depth[k] ??= new Map()).set(kind, (depth[k].get(kind) ?? 0) + 1);
        if (k === 1 && under.size < 1000) {
          const box = under.get(segs[0].value) ?? new Map<SegmentKind, number>();
          box.set(kind, (box.get(kind) ?? 0) + 1);
          under.set(segs[0].value, box);
        }
      }
      if (kind === 'number') return;
      const join = s.join ?? '(';
      const parentIsNumber = isDigit(segs[k - 1].value[0]);
      const box = parentIsNumber ? votes.letter : votes.deeper;
      box.set(join, (box.get(join) ?? 0) + 1);
    });
  };
  const singles = new Set<string>();
  const re = new RegExp(`\\b(?:${CITING_WORDS.join('|')})\\s+|§§?\\s*`, 'gi');
  let m: RegExpExecArray | null;
  // the start of the line of the current match, found by one pass forward over the text
  let lineStart = 0;
  let next = text.indexOf('\n');
  while ((m = re.exec(text))) {
    while (next >= 0 && next < m.index) { lineStart = next + 1; next = text.indexOf('\n', lineStart); }
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/U\.S\.C\.?\s*$|C\.F\.R\.?\s*$/.test(before)) continue;
    // a label at the start of its line ("Section 5. Fees") is numbering, not a citation
    if (m.index - lineStart < 12 && /^[\s#>*_\\-]*$/.test(text.slice(lineStart, m.index)) && readLabel(text.slice(m.index, m.index + 40))) continue;
    let at = m.index + m[0].length;
    for (let n = 0; n < 6; n++) {
      const s = scan(text, at);
      if (!s) break;
      const tail = text.slice(s.end, s.end + 60);
      if (/^\s+of\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,6}(?:Act|Code|Regulations?|Directive|Law)\b|^\s+of\s+(?:title|the\s+U\.S\.C)/.test(tail)) break;
      count(s.segments, true);
      if (s.segments.length === 1 && isDigit(s.segments[0].value[0]) && singles.size < 1000) singles.add(s.segments[0].value);
      // "Sections 4.2 and 4.3", "4.2, 4.3 or 4.4"
      const more = /^\s{0,4}(?:,\s{0,4}|\s(?:and|or|through|to)\s{1,4})(?=[0-9(])/.exec(text.slice(s.end - (s.close ? 1 : 0), s.end + 12));
      if (!more) break;
      at = s.end - (s.close ? 1 : 0) + more[0].length;
    }
  }
  const cited = votes.letter.size + votes.deeper.size > 0;
  // without citations, labels written whole ("I.2.a", "4.b.iv") show the style; "19A" names a section, not a join
  if (!cited) for (const l of labels) if (l.segments.length > 1 && l.segments.every((x) => x.join !== '')) count(l.segments, false);
  const best = <T extends string>(box: Map<string, number>, fallback: T): T => {
    let pick = fallback as string;
    let most = 0;
    for (const [k, v] of box) if (v > most) { most = v; pick = k; }
    return pick as T;
  };
  const depthKinds: CitationStyle['depthKinds'] = [];
  for (let k = 1; k < Math.max(depth.length, ambiguous.length) + 1; k++) {
    const box = depth[k];
    let pick: SegmentKind | undefined;
    let most = 0;
    for (const [kind, v] of box ?? []) if (v > most) { most = v; pick = kind; }
    // "10(b)(i)": an i, v or x below a letter is a Roman numeral, and so is the level below a cited
    // letter that no citation reaches
    if (!pick && depthKinds[k - 1] === 'lower') pick = 'roman';
    else if (!pick && ambiguous[k]) pick = 'lower';
    depthKinds[k] = pick;
  }
  const letter = best<'(' | '.' | ''>(votes.letter, '(');
  // "Section 6.B": a document that writes a letter after a dot writes the levels below it so too
  const deeper = best<'(' | '.' | ''>(votes.deeper, letter === '.' ? '.' : '(');
  const style: CitationStyle = { letter, deeper: deeper === '' ? '(' : deeper, depthKinds };
  const underSection: Record<string, SegmentKind> = {};
  for (const [section, box] of under) {
    const pick = [...box].sort((a, b) => b[1] - a[1])[0][0];
    underSection[section] = pick;
  }
  if (Object.keys(underSection).length) style.underSection = underSection;
  if (singles.size) style.singles = [...singles];
  return style;
}

/**
 * Settle whether paths leave out the parts of a document ({@link CitationStyle.flatParts}): they do
 * when a number the document cites alone stands only under a part ("Section 9" where the outline
 * has "I.9" and no "9").
 */
export function settleParts(style: CitationStyle, paths: Segment[][]): CitationStyle {
  const singles = style.singles;
  if (!singles?.length) return style;
  const top = new Set(paths.filter((p) => p.length === 1).map((p) => p[0].value));
  const underParts = new Set(paths.filter((p) => p.length > 1 && p[0].word && p[0].kind !== 'number' && p[1].kind === 'number').map((p) => p[1].value));
  const flat = singles.some((n) => underParts.has(n) && !top.has(n));
  return flat ? { ...style, flatParts: true } : style;
}
