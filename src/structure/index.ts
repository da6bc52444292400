/**
 * Structure: mdast to blocks, each knowing its section path and headings. Paths are rebuilt from
 * Markdown headings, ordered lists (numbered by position, nested by depth), bold lead-ins
 * ("**14.3. Termination**."), numbering written at the start of paragraphs and lines ("(a)",
 * "ii.", "Section 4", "5.2(b)(ii)"), numbers on a line of their own above their title, and tables
 * (one block per row, each cell with its column's header). Paths are written in the document's own
 * citation style ("Section 10(b)", "Section 6.B", "Section 4b").
 */
import type { Root, RootContent, PhrasingContent, Paragraph, List, Table } from 'mdast';
import type { Section } from '../schema/index.js';
import { runStart } from '../lexicon/text.js';
import { readLabel, joinSegments, renderPath, citationStyle, settleParts, toLetter, toRoman, romanValue, type Label, type Segment, type CitationStyle, type SegmentKind } from './labels.js';

/** Text with, for each character, its offset in the original file. */
export interface Run {
  text: string;
  offs: number[];
}

/** A paragraph, heading body, list-item paragraph or table row, placed in the section tree. */
export interface Block {
  /** Cleaned text of the block (markup, label and bold lead-in removed). */
  text: string;
  /** Original offset of each character of `text`. */
  offs: number[];
  /** Section path, in the document's citation style. */
  section: string;
  /** The section path's segments. */
  path: Segment[];
  /** The document's citation style, to write the paths of items found inside the block. */
  style: CitationStyle;
  /** Nearest heading. */
  heading: string;
  /** All headings from the top down. */
  headings: string[];
  /** Depth in the outline; deeper blocks that follow a lead-in ending in ":" are its items. */
  depth: number;
  /** The block's own label ("a", "3"), when it has one. */
  label?: string;
  /** True for a heading's own text. */
  isHeading?: boolean;
  /** The bold title on a line of its own that the block stands under, when one is open: a lead-in's items end where another opens. */
  underTitle?: string;
  /** True for a table row: one provision, never split into sentences. */
  whole?: boolean;
  /** True for the text of a Markdown list entry. */
  item?: boolean;
}

/** The structure of one document. */
export interface Structure {
  blocks: Block[];
  /** Numbered or titled sections, in document order, with start offsets (spans are filled later). */
  sections: Array<Omit<Section, 'span'> & { start: number; end: number }>;
  /** How the document cites its own sections. */
  style: CitationStyle;
}

interface Frame {
  kind: 'heading' | 'para' | 'list';
  rank: number;
  label?: string;
  style?: string;
  title: string;
  segs: Segment[];
  /** The last label placed directly under this frame, by style: a later sibling finds its level through it. */
  last?: Map<string, string>;
  /** A bold title on a line of its own ("**Inappropriate Content**"): the run-in titles under it ("**Hate.** Do not …") do not close it. */
  standalone?: boolean;
}

/** Map the characters of `value` onto `src[start, end)`, in order; escapes and markup are skipped. */
function mapValue(value: string, src: string, start: number, end: number, out: Run): void {
  if (end - start === value.length && src.slice(start, end) === value) {
    for (let i = 0; i < value.length; i++) out.offs.push(start + i);
    out.text += value;
    return;
  }
  let cursor = start;
  for (const ch of value) {
    // white space collapsed by the parser (HTML's line breaks inside a paragraph read as one space)
    // stands for the run of white space at the cursor, never for a space found further on
    if (ch === ' ' || ch === '\n' || ch === '\t') {
      out.offs.push(Math.min(cursor, Math.max(start, end - 1)));
      out.text += ch;
      const c = src.charCodeAt(cursor);
      if (c === 32 || c === 10 || c === 9 || c === 13) {
        while (cursor < end && /\s/.test(src[cursor])) cursor++;
      }
      continue;
    }
    let at = src.indexOf(ch, cursor);
    if (at === -1 || at >= end) at = Math.min(cursor, Math.max(start, end - 1));
    for (let k = 0; k < ch.length; k++) out.offs.push(at + k);
    out.text += ch;
    cursor = at + ch.length;
  }
}

/** Append inline content to a run; `strong` collects the ranges of bold text. */
function inline(nodes: PhrasingContent[], src: string, out: Run, strong?: Array<[number, number]>): void {
  for (const node of nodes) {
    const pos = node.position;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (pos) mapValue(node.value, src, pos.start.offset!, pos.end.offset!, out);
        break;
      case 'break':
        if (pos) { out.text += '\n'; out.offs.push(pos.start.offset!); }
        break;
      case 'html':
        break;
      default:
        if ('children' in node) {
          const from = out.text.length;
          inline(node.children as PhrasingContent[], src, out, strong);
          if (strong && node.type === 'strong') strong.push([from, out.text.length]);
        }
    }
  }
}

function plain(value: string, src: string, start: number, end: number): Run {
  const out: Run = { text: '', offs: [] };
  mapValue(value, src, start, end, out);
  return out;
}

/** Slice a run. */
export function slice(run: Run, from: number, to = run.text.length): Run {
  return { text: run.text.slice(from, to), offs: run.offs.slice(from, to) };
}

/** Trim white space (and stray punctuation such as a bold lead-in's "." or ":") from a run's start and end. */
/** The heading under which the opening text before a document's first heading is cited. */
export const PREAMBLE = 'Preamble';

const WHITE = /\s/;

function trimRun(run: Run, leading = /^[\s.:–—-]*/): Run {
  const lead = leading.exec(run.text)?.[0].length ?? 0;
  // the trailing white space by a scan back, not an end-anchored pattern (tried at every start of a long run)
  const trail = run.text.length - runStart(run.text, WHITE);
  return slice(run, lead, run.text.length - trail);
}

// pictographs that decorate a title ("😔 Termination"), with their joiners and variation selectors
const DECORATION = /^(?:[\p{Extended_Pictographic}\u200d\ufe0f\u20e3]|\p{Regional_Indicator})+\s*/u;
// kramdown / Pandoc attributes ("Payments {: #payments }", "Fees {#fees .x}") are not part of the title
const ATTRIBUTES = /\s{0,4}\{:?\s{0,4}[#.][^{}]{0,400}\}\s{0,4}$/;

/** A title's text: decoration, attributes and closing punctuation removed. */
function cleanTitle(text: string): string {
  return text.replace(DECORATION, '').replace(ATTRIBUTES, '').replace(/[\s.:]{1,40}$/, '').trim();
}

/** A title's run: decoration, attributes and closing punctuation removed. */
function titleRun(run: Run): Run {
  const lead = DECORATION.exec(run.text)?.[0].length ?? 0;
  let text = run.text.slice(lead).replace(ATTRIBUTES, '');
  text = text.replace(/[\s.:]{1,40}$/, '');
  return slice(run, lead, lead + text.length);
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'our', 'your', 'its', 'vs']);

/**
 * The title a numbered paragraph opens with, when it has one: a short Title Case phrase that is the
 * whole paragraph ("Termination for Cause.") or ends at a period before the first sentence
 * ("Term. This Agreement starts …").
 */
export function plainTitle(text: string): string {
  const m = /^([A-Z][\w’'&/-]*(?:,? [\w’'&/-]+){0,7})(?:\.|:|$)(?:\s+(?=[A-Z"“(])|\s*$)/.exec(text);
  if (!m) return '';
  const words = m[1].split(/,? /);
  const titled = words.every((w, i) => /^[A-Z0-9]/.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
  if (!titled || (words.length === 1 && !/[.:]/.test(m[0]) && m[0].trim() !== text.trim())) return '';
  return m[1];
}

/**
 * Where a heading's run-in title ends, when sentences follow it in the heading itself ("Opting out. You may opt
 * out of arbitration within 30 days …"): after a short title (at most eight words) closed by a period, before
 * at least six words of text; else -1.
 */
function runInTitleEnd(text: string): number {
  const m = /^([^.!?;:]{2,80}?)[.:]\s{1,4}(?=[A-Z“"(])/.exec(text);
  if (!m || m[1].split(/\s+/).length > 8) return -1;
  const rest = text.slice(m[0].length);
  return rest.split(/\s+/).length >= 6 ? m[1].length + 1 : -1;
}

/** A line that reads as a title: short, no sentence punctuation inside, every word capitalised. */
export function isTitleLine(text: string, longest = 80): boolean {
  const t = text.trim().replace(/[.:]$/, '');
  if (!t || t.length > longest || /[.;:!?]/.test(t)) return false;
  return t.split(/\s+/).every((w, i) => /^[A-Z0-9&(]/.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/** Words a sentence has and a title does not: verbs, auxiliaries, negation, pronouns, pointers. */
const SENTENCE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'not', 'no', 'will', 'shall', 'may', 'must',
  'can', 'could', 'would', 'should', 'have', 'has', 'had', 'you', 'we', 'i', 'it', 'they', 'this', 'these', 'that', 'please', 'read', 'apply', 'applies']);

/** A line in capitals that is a heading ("TERM AND TERMINATION", "DISCLAIMERS; LIMITATION OF LIABILITY"), not a sentence in capitals. */
function isCapsTitle(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || !/[A-Z]{3}/.test(t) || t !== t.toUpperCase()) return false;
  // a period may close a title ("TERMINATION.", "LIMITATION OF LIABILITY AND DISCLAIMER OF WARRANTIES."), not a
  // sentence ("THIS SECTION DOES NOT APPLY TO YOU."): a longer one holds no word a sentence needs
  if (/\.$/.test(t) && t.split(/\s+/).length > 6 && t.split(/\s+/).some((w) => SENTENCE_WORDS.has(w.replace(/\W/g, '').toLowerCase()))) return false;
  return isTitleLine(t.replace(/;/g, ','), 150);
}

/**
 * A short line that may be a title written in sentence case ("Account hijacking", "Violence and
 * gore"): one line of plain text, a capital first, at most eight words, no sentence punctuation.
 */
function isPlainTitleLine(node: RootContent): boolean {
  if (node.type !== 'paragraph' || !node.children.every((c) => c.type === 'text')) return false;
  const t = node.children.map((c) => (c as { value: string }).value).join('').trim();
  return t.length > 0 && t.length <= 70 && !t.includes('\n') && /^[A-Z]/.test(t) && !/[.;:!?,…"”’-]$/.test(t) &&
    !/[.;:!?]\s|\d/.test(t) && t.split(/\s+/).length <= 8 && !readLabel(t, () => undefined);
}

/**
 * The paragraphs that are titles in sentence case: plain title lines, each followed by a paragraph or
 * a list that is not one, at least three of them in the document. One such line alone may be a
 * sentence fragment ("Report abuse"); a run of them is how the document names its parts.
 */
function plainTitleRuns(nodes: readonly RootContent[]): Set<RootContent> {
  const title = nodes.map(isPlainTitleLine);
  const found = nodes.filter((node, i) => {
    const next = nodes[i + 1];
    return title[i] && next !== undefined && (next.type === 'paragraph' || next.type === 'list') && !title[i + 1];
  });
  return new Set(found.length >= 3 ? found : []);
}

/** Bold text standing alone that names what follows rather than saying something: no sentence inside, no sentence end. */
function isBoldTitle(text: string): boolean {
  if (text.length > 200) return false;
  // a numbering of its own may open it ("A1-2. Definitions")
  const t = text.trim().replace(/^\S{0,400}\d\S{0,400}\s{1,4}/, '').replace(/;/g, ',');
  if (isTitleLine(t)) return true;
  return t.length <= 100 && t.split(/\s+/).length <= 12 && !/[!?]["”’)]?$/.test(t) && !/[.!?]\s/.test(t);
}

// the styles of item labels, (a), (ii), b., as opposed to section numbers
const LETTERED = /^(?:p-|lower|upper|roman|ROMAN)/;

/** True when `b` is `a` followed by more segments. */
function extends_(a: Segment[], b: Segment[]): boolean {
  return a.length < b.length && a.every((s, k) => s.value === b[k].value);
}

/** The label before `value` in its sequence (`c` → `b`, `iv` → `iii`, `3` → `2`), or undefined for a first one. */
function predecessor(value: string, style: string): string | undefined {
  if (/^\d+$/.test(value)) return Number(value) > 1 ? String(Number(value) - 1) : undefined;
  if (/roman|ROMAN/.test(style)) {
    const n = romanValue(value);
    if (n <= 1) return undefined;
    const r = toRoman(n - 1);
    return value === value.toUpperCase() ? r.toUpperCase() : r;
  }
  if (value.length !== 1 || value === 'a' || value === 'A') return undefined;
  return String.fromCharCode(value.charCodeAt(0) - 1);
}

/**
 * After a hard line break, does `line` open a sentence of its own? The line before has words of its own and
 * ends where a sentence may (not at a comma, a colon, an open bracket or "and"), and this one starts with a
 * capital and says something.
 */
function startsSentence(before: string, line: string): boolean {
  const prior = before.trimEnd();
  if (prior.split(/\s+/).length < 4 || /[,;:(\-–—/]$|\b(?:and|or|the|a|an|of|to|in)$/i.test(prior)) return false;
  return /^[“"]?[A-Z][a-z]/.test(line.trimStart()) && line.trim().split(/\s+/).length >= 5;
}

/** A run-in title between bold markers the parser kept as text: "**Title:\n**Text", "**Title: **Text". */
const LITERAL_BOLD = /^(\*\*|__)([^*_\n]{0,119}[^*_\s])(?:\n|[ \t]{1,4})\1(?=\S)/;

/** A paragraph that is only links into the page, one per line or run together: entries of a table of contents. */
function isContentsLines(p: Paragraph): boolean {
  const parts = p.children.filter((c) => c.type !== 'break' && !(c.type === 'text' && c.value.trim() === ''));
  return parts.length > 0 && parts.every((c) => c.type === 'link' && c.url.startsWith('#'));
}

/** A list whose every entry is only a link into the page: a table of contents, not provisions. */
function isContents(list: List): boolean {
  const links = (p: RootContent): boolean => {
    if (p.type === 'list') return p.children.every((i) => i.children.every(links));
    return p.type === 'paragraph' && isContentsLines(p);
  };
  return list.children.length > 1 && list.children.every((item) => item.children.length > 0 && item.children.every(links));
}

const WRITTEN_MARKER = /^[ \t>]{0,12}(\d{1,9})[.)]/;

/**
 * The numbers a Markdown ordered list writes before its entries, where they are to be trusted: Markdown
 * renders "1. … 1. … 3. …" as 1, 2, 3, but a document converted from a web page (or typed by hand) that
 * writes "9. Person-to-Person Transfers" after "8." is cited as 9 wherever the run of numbers restarts.
 * A list that writes one number throughout ("1." before every entry) is numbered by position.
 */
function writtenNumbers(list: List, src: string): number[] | undefined {
  const numbers = list.children.map((item) => {
    const at = item.position?.start.offset;
    const m = at === undefined ? null : WRITTEN_MARKER.exec(src.slice(at, at + 24));
    return m ? Number(m[1]) : undefined;
  });
  if (numbers.some((x) => x === undefined) || new Set(numbers).size < 2) return undefined;
  return numbers as number[];
}

/** The label of an entry of a Markdown ordered list, numbered by position in the kind the document cites at that depth. */
function positional(n: number, kind: SegmentKind | undefined): Segment {
  if (kind === 'lower') return { value: toLetter(n), kind };
  if (kind === 'upper') return { value: toLetter(n).toUpperCase(), kind };
  if (kind === 'roman') return { value: toRoman(n), kind };
  if (kind === 'ROMAN') return { value: toRoman(n).toUpperCase(), kind };
  return { value: String(n), kind: 'number' };
}

/** Build the outline of a document. */
export function structure(tree: Root, src: string): Structure {
  const blocks: Block[] = [];
  const found: Array<{ segs: Segment[]; heading: string; start: number; end: number; blocks: number }> = [];
  const labels: Label[] = [];
  const stack: Frame[] = [];
  const cited = citationStyle(src);
  const top = () => stack[stack.length - 1];
  const segs = () => top()?.segs ?? [];
  const titles = () => stack.filter((f) => f.title).map((f) => f.title);
  // a label on a line of its own ("4" above "Termination") waits for the title under it
  let pending: { label: Label; rank?: number; start: number; end: number } | undefined;

  /** The label of the nearest open sibling of a style, below the nearest heading or list frame. */
  const previousOfStyle = (style: string): string | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i];
      if (f.kind !== 'para') return f.last?.get(style);
      if (f.style === style) return f.label;
    }
    return undefined;
  };
  const read = (text: string, options?: Parameters<typeof readLabel>[2]) => {
    const label = readLabel(text, previousOfStyle, options);
    if (label) labels.push(label);
    return label;
  };

  const openSection = (title: string, start: number, end: number) => {
    const path = segs();
    const prev = found[found.length - 1];
    // a list entry opened without a title and titled by its bold lead-in is one section
    if (prev && !prev.heading && prev.blocks === blocks.length && title && prev.segs.length === path.length && path.every((s, k) => s.value === prev.segs[k].value)) {
      prev.heading = title;
      return;
    }
    if (path.length || title) found.push({ segs: path, heading: title, start, end, blocks: blocks.length });
  };

  const push = (frame: Frame) => {
    const parent = top();
    if (parent && frame.label !== undefined && frame.style) (parent.last ??= new Map()).set(frame.style, frame.label);
    stack.push(frame);
  };

  /** Place a labelled paragraph or line in the outline. */
  const placeLabel = (label: Label, title: string) => {
    // a sibling: the nearest paragraph frame of the same style (never across a heading or list item)
    let sibling = false;
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i];
      if (f.kind !== 'para') break;
      if (f.style === label.style || (label.style === 'dotted' && f.style === 'dotted' && !extends_(f.segs, label.segments))) {
        stack.length = i;
        sibling = true;
        break;
      }
    }
    if (label.style === 'dotted') {
      // 14.3 goes under 14: drop paragraph frames until one is its prefix
      while (top()?.kind === 'para' && !extends_(top().segs, label.segments)) stack.pop();
    } else if (label.style === 'num') {
      // a top-level number closes the dotted and lettered levels under the previous number; an
      // "Article II" above it stays open as its parent
      let i = stack.length - 1;
      while (i >= 0 && stack[i].kind === 'para' && stack[i].style !== 'num' && stack[i].style !== 'sec') i--;
      if (i >= 0 && stack[i].kind === 'para') stack.length = stack[i].style === 'num' ? i : i + 1;
      // "7." after a heading numbered "6": the next of its sequence, not a sub-section of it
      else if (i >= 0 && stack[i].style === 'num' && stack[i].label === predecessor(label.value, 'num')) stack.length = i;
      else {
        // "20." after "19B.": the number after the section that "19B" belongs to
        const before = predecessor(label.value, 'num');
        const j = stack.findIndex((f) => f.kind === 'para' && f.style === 'dotted' && f.segs[0].value === before);
        if (before !== undefined && j >= 0 && stack.slice(j).every((f) => f.kind === 'para')) stack.length = j;
        // "3. Membership" as a titled paragraph after the heading "## 2.7 Gifts" (or "# 2. Rules" itself): the number
        // after the part that holds 2.7, not a part of it
        else if (before !== undefined && title) {
          const k = stack.findIndex((f) => f.segs.length > 0 && f.segs[0].value === before && f.segs[0].kind === 'number');
          if (k >= 0 && stack.slice(k).some((f) => f.kind === 'heading')) stack.length = k;
        }

      }
    } else if (label.style === 'sec') {
      // "Article III" closes the previous article and everything under it
      let i = stack.length - 1;
      while (i >= 0 && stack[i].kind === 'para' && stack[i].style !== 'sec') i--;
      if (i >= 0 && stack[i].kind === 'para') stack.length = i;
      else while (top()?.kind === 'para') stack.pop();
    } else if (!sibling) {
      // "(c)" after an interruption: back to the level that holds "(b)"
      const before = predecessor(label.value, label.style);
      if (before !== undefined && top()?.last?.get(label.style) !== before) {
        for (let i = stack.length - 2; i >= 0 && stack[i + 1].kind === 'para'; i--) {
          if (stack[i].last?.get(label.style) === before) { stack.length = i + 1; break; }
        }
      }
    }
    push({ kind: 'para', rank: 10, label: label.value, style: label.style, title, segs: joinSegments(segs(), label) });
  };

  // how many list items the walk is inside: their blocks are list entries
  let items = 0;
  const emit = (run: Run, label?: string, whole?: boolean) => {
    const body = trimRun(run);
    if (!/[A-Za-z0-9]/.test(body.text)) return;
    const t = titles();
    const block: Block = { text: body.text, offs: body.offs, section: '', path: segs(), style: cited, heading: t[t.length - 1] ?? '', headings: t, depth: stack.length, label };
    if (whole) block.whole = true;
    if (items > 0) block.item = true;
    const titled = [...stack].reverse().find((f) => f.standalone);
    if (titled) block.underTitle = titled.title;
    blocks.push(block);
  };

  const headingBlock = (title: Run) => {
    const t = titles();
    blocks.push({ text: title.text, offs: title.offs, section: '', path: segs(), style: cited, heading: t[t.length - 1] ?? '', headings: t, depth: stack.length, isHeading: true });
  };

  /** A paragraph: split at lines that start with a label or are a bold title, read bold lead-ins, place each part. */
  const paragraph = (node: Paragraph, carried?: Label) => {
    const run: Run = { text: '', offs: [] };
    const strong: Array<[number, number]> = [];
    inline(node.children, src, run, strong);
    // a bold lead-in: the paragraph opens with strong text ("**Payment.** You must …")
    const first = node.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
    let bold = '';
    // or a run-in title wrapped in inline HTML ("<span class=…>Suspension.</span> If …")
    const at = first ? node.children.indexOf(first) : -1;
    const wrapped = first && first.type === 'html' && /^<[a-z]/i.test(first.value) && node.children[at + 1]?.type === 'text' &&
      node.children[at + 2]?.type === 'html' && /^<\//.test((node.children[at + 2] as { value: string }).value);
    const leadNodes: PhrasingContent[] | undefined = first?.type === 'strong' || first?.type === 'emphasis' ? first.children : wrapped ? [node.children[at + 1]] : undefined;
    if (leadNodes) {
      const b: Run = { text: '', offs: [] };
      inline(leadNodes, src, b);
      const lead = b.text.trim();
      const idx = run.text.trimStart().indexOf(lead);
      // a paragraph that is all bold is a title only when it reads as one, not when it says something
      const whole = !/[A-Za-z0-9]/.test(run.text.replace(lead, ''));
      // a bold line straight under a heading that is no Title Case line is its tagline ("Here is what happens after termination")
      const tagline = whole && blocks[blocks.length - 1]?.isHeading && !isTitleLine(lead) && !readLabel(lead);
      // "**You** may cancel …": bold words that run on into the sentence are emphasis, not a title
      const runOn = !whole && !/[.:—–-]$/.test(lead) && /^\s*[a-z]/.test(run.text.slice(run.text.indexOf(lead) + lead.length));
      if (lead && idx >= 0 && idx < 3 && lead.length < 120 && (!whole || isBoldTitle(lead) || readLabel(lead)) && !tagline && !runOn) bold = lead;
    }
    // bold markers the parser left as text ("**Governing Law:  \n**These terms …": a "**" after a line
    // break or a space cannot close): the words between them are the run-in title
    const literal = !bold && !carried ? LITERAL_BOLD.exec(run.text.trimStart()) : null;
    if (literal && isBoldTitle(literal[2])) bold = literal[2].trim();
    // a line that is bold from end to end, and reads as a title, opens a part of its own
    const strongAt = new Map(strong.map(([a, b]) => [a, b]));
    const boldLine = (from: number, to: number) => {
      const line = run.text.slice(from, to);
      const a = from + (line.length - line.trimStart().length);
      const b = to - (line.length - line.trimEnd().length);
      return b > a && to < run.text.length && strongAt.get(a) === b && isBoldTitle(run.text.slice(a, b));
    };
    // split at line starts that carry a label
    const lines: number[] = [0];
    const titled = new Set<number>();
    const seen = new Map<string, string>();
    const firstLabel = readLabel(run.text.trimStart(), previousOfStyle);
    if (firstLabel) seen.set(firstLabel.style, firstLabel.value);
    // the hard line breaks the author typed ("…hate speech”  \nWe reserve the right …"), as opposed to a wrapped line
    const hard = new Set(node.children.filter((c) => c.type === 'break').map((c) => c.position?.start.offset));
    for (let i = 0; i < run.text.length; i++) {
      if (run.text[i] !== '\n') continue;
      const next = run.text.indexOf('\n', i + 1);
      const lineEnd = next < 0 ? run.text.length : next;
      if (boldLine(i + 1, lineEnd) && i + 1 > lines[lines.length - 1]) { lines.push(i + 1); titled.add(i + 1); continue; }
      // a sentence of its own after a hard break: the line before says something and does not run on into it
      if (hard.has(run.offs[i]) && i + 1 > lines[lines.length - 1] && startsSentence(run.text.slice(lines[lines.length - 1], i), run.text.slice(i + 1, lineEnd))) { lines.push(i + 1); continue; }
      const rest = run.text.slice(i + 1, i + 200).replace(/^[ \t]+/, '');
      const label = readLabel(rest, previousOfStyle);
      if (!label) continue;
      // a hard-wrapped sentence can put "(10) business days" or "(b) any defense" at a line start: a
      // label line follows a line that ends a sentence, a list entry or a title, and continues its sequence
      const before = run.text.slice(lines[lines.length - 1], i).trimEnd();
      const ends = /[.:;!?]["”’)]?$|\b(?:and|or)$/.test(before) || plainTitle(before.replace(/^\S+\s+/, '')) !== '' || before.length < 40;
      const prior = predecessor(label.value, label.style);
      const continues = label.segments.length > 1 || prior === undefined || seen.get(label.style) === prior || previousOfStyle(label.style) === prior;
      if (ends && continues) { lines.push(i + 1); seen.set(label.style, label.value); }
    }
    lines.push(run.text.length);
    // an unnumbered run-in title ("**Payment.** We offer …") names its own paragraph only
    let scoped = -1;
    let carry = carried;
    const unnumberedTitle = (title: string, part: Run, rest: Run) => {
      // an unnumbered bold lead-in replaces the previous one at its level, and closes a list of (a), (b) items;
      // a run-in title stays under a bold title on a line of its own, which only the next such title replaces
      const standalone = !/[A-Za-z0-9]/.test(rest.text);
      let previous = -1;
      for (let f = stack.length - 1; f >= 0 && previous < 0; f--) if (stack[f].standalone) previous = f;
      // a title on a line of its own replaces the last such title; right after a lead-in ("These activities
      // include:") it opens a group of the lead-in's items, under the lead-in's own title
      const leadIn = /[:—]\s*$/.test(blocks[blocks.length - 1]?.text ?? '');
      if (standalone && previous >= 0) stack.length = previous;
      // a run-in title in a list entry stays under the title on a line of its own; one that opens a paragraph of its own closes it
      else if (!standalone || !leadIn) while (top()?.kind === 'para' && (!top().label || LETTERED.test(top().style ?? '')) && (standalone || items === 0 || !top().standalone)) stack.pop();
      if (!standalone && scoped < 0) scoped = stack.length;
      push({ kind: 'para', rank: standalone ? 8 : 9, title, segs: segs(), ...(standalone ? { standalone } : {}) });
      openSection(title, part.offs[0] ?? 0, part.offs[part.text.length - 1] ?? 0);
    };
    for (let k = 0; k + 1 < lines.length; k++) {
      let part = trimRun(slice(run, lines[k], lines[k + 1]));
      let title = '';
      if (titled.has(lines[k])) {
        const nl = part.text.indexOf('\n');
        const head = nl < 0 ? part : slice(part, 0, nl);
        const rest = nl < 0 ? slice(part, part.text.length) : trimRun(slice(part, nl + 1));
        const label = read(head.text);
        title = titleRun(label ? trimRun(slice(head, label.length)) : head).text;
        if (label) placeLabel(label, title);
        else unnumberedTitle(title, part, rest);
        if (label) openSection(title, part.offs[0] ?? 0, part.offs[part.text.length - 1] ?? 0);
        emit(rest, label?.value);
        continue;
      }
      if (k === 0 && bold && part.text.indexOf(bold) >= 0) {
        const lead = bold;
        const leadLabel = carry ? undefined : read(lead);
        title = cleanTitle(leadLabel ? lead.slice(leadLabel.length) : lead);
        const marked = literal ? LITERAL_BOLD.exec(part.text) : null;
        const rest = trimRun(slice(part, marked ? marked[0].length : Math.min(part.text.length, part.text.indexOf(lead) + lead.length)));
        const placed = leadLabel ?? carry;
        carry = undefined;
        if (placed) {
          placeLabel(placed, title);
          openSection(title, part.offs[0] ?? 0, part.offs[part.text.length - 1] ?? 0);
        } else unnumberedTitle(title, part, rest);
        emit(rest, placed?.value);
        continue;
      }
      let label = carry ?? read(part.text);
      let ownLine = carry !== undefined;
      carry = undefined;
      if (!label) {
        // "4" on a line of its own, its title on the next
        const nl = part.text.indexOf('\n');
        const line = nl < 0 ? '' : part.text.slice(0, nl).trim();
        const bare = line ? readLabel(line, previousOfStyle, { bare: true }) : undefined;
        if (bare && bare.length >= line.length) { label = bare; labels.push(bare); ownLine = true; part = trimRun(slice(part, nl + 1)); }
        else if (k === 0) {
          // "12 Changes to Terms; Termination.  Bramble may …": a number with no stop, then a run-in title;
          // taken as a label only where it goes on the sequence of such numbers (1, or the one before it)
          const num = readLabel(part.text, previousOfStyle, { bare: true });
          if (num && num.style === 'num' && (num.value === '1' || previousOfStyle('num') === predecessor(num.value, 'num')) &&
            plainTitle(part.text.slice(num.length).replace(/;/g, ','))) {
            label = num;
            labels.push(num);
          }
        }
        if (label && !ownLine) part = trimRun(slice(part, label.length), /^\s*/);
      } else if (!ownLine) part = trimRun(slice(part, label.length), /^\s*/);
      if (!label && k === 0) {
        // an unnumbered paragraph after a list of (a), (b), (i) items is back in the section that
        // holds the list, not inside its last item; numbered sections (5.2) stay open
        // ("B. Termination by You", a lettered section with a title, stays open too)
        while (top()?.kind === 'para' && top().label && !top().title && LETTERED.test(top().style ?? '')) stack.pop();
      }
      if (label) {
        // a plain run-in title after the number: "5.2 Termination for Cause. Either party may …";
        // under a number on its own line, a title line of its own
        // (a line that is all title leaves nothing after it: the section then spans the title)
        const from = part.offs[0] ?? 0;
        const to = part.offs[part.text.length - 1] ?? from;
        const nl = part.text.indexOf('\n');
        const firstLine = nl < 0 ? part.text : part.text.slice(0, nl);
        if (ownLine && nl >= 0 && isTitleLine(firstLine)) {
          title = titleRun(slice(part, 0, nl)).text;
          part = trimRun(slice(part, nl + 1));
        } else {
          // ("12 Changes to Terms; Termination.": a semicolon may join the parts of a title)
          title = part.text.slice(0, plainTitle(part.text.replace(/;/g, ',')).length);
          if (title) part = trimRun(slice(part, Math.min(part.text.length, title.length + 1)));
          // "B. Hardware, Subscriptions; Content and Services": a numbered line that is all title
          else if (!label.segments[0].paren && !part.text.includes('\n') && isTitleLine(part.text.replace(/;/g, ','))) {
            title = titleRun(part).text;
            part = slice(part, part.text.length);
          }
        }
        placeLabel(label, title);
        openSection(title, part.offs[0] ?? from, part.offs[part.text.length - 1] ?? to);
      }
      emit(part, label?.value);
    }
    if (scoped >= 0 && stack.length > scoped) stack.length = scoped;
  };

  /**
   * Does the title line on top of the stack stand in for a level the `#` heading of `depth` skips? "## Additional
   * policies", then the title line "Printed products content", then "#### Dangerous and illegal activities": the
   * missing `###` is the title line, and the `####` heading is a part of it.
   */
  // (so does a numbered line, "16. What if I have a Dispute?", for "### a. Mandatory Informal Dispute Resolution"
  // below it; not for "### 17. …", a number like its own, its sibling)
  const holdsSkippedLevel = (depth: number, title: string) => {
    const t = top();
    if (t?.kind !== 'heading' || (t.rank !== 7 && !(t.rank >= 8 && t.rank < 9))) return false;
    if (t.label !== undefined && /^\d/.test(t.label) && /^\s{0,4}\d{1,4}[.)]?\s/.test(title)) return false;
    const above = [...stack].reverse().find((f) => f.kind === 'heading' && f.rank < 7);
    return (above?.rank ?? 0) <= depth - 2;
  };

  /** A heading written without `#`: a numbered title line or a line in capitals. Ranks below every `#` heading. */
  const pseudoHeading = (text: Run, label: Label | undefined, pos: RootContent['position'], segment?: Segment) => {
    // a line in capitals inside a section opened by a numbered title paragraph ("3. Liability", then "LIMITATION
    // OF LIABILITY."), where no such line ranks above the numbers: a title within that section, under its number
    const section = !label && !segment && !stack.some((f) => f.kind === 'heading' && f.rank === 7)
      ? [...stack].reverse().find((f) => f.kind === 'para' && f.title !== '' && f.label !== undefined && /^\d/.test(f.label)) : undefined;
    if (section) {
      while (top() !== section) stack.pop();
      const title = titleRun(text);
      push({ kind: 'para', rank: 8, title: title.text, segs: segs(), standalone: true });
      openSection(title.text, pos?.start.offset ?? 0, pos?.end.offset ?? 0);
      headingBlock(title);
      return;
    }
    while (top()?.kind === 'para') stack.pop();
    // "3. Instacart+ (Membership)" after the heading "## 2.7 Gifts": the number after the part that 2.7 belongs to
    // closes that part, whatever rank its headings have
    if (label && label.segments.length === 1 && label.style === 'num') {
      const before = predecessor(label.value, 'num');
      while (before !== undefined && top()?.kind === 'heading' && top().segs.length > 1 && top().segs[0].value === before && top().segs[0].kind === 'number') stack.pop();
    }
    const numbered = (f: Frame | undefined) => f !== undefined && f.kind === 'heading' && f.rank >= 8 && f.rank < 9;
    let rank = label || segment ? 8 : 7;
    if (label) {
      // "A. DISCLAIMERS" under "7. DISCLAIMERS; LIMITATION OF LIABILITY": a numbered heading of another
      // style is a level below; one of the same style is a sibling
      let i = stack.length - 1;
      while (numbered(stack[i]) && stack[i].style !== label.style) i--;
      if (numbered(stack[i])) rank = stack[i].rank;
      else if (numbered(top())) rank = top().rank + 0.01;
    }
    while (top() && (top().kind === 'para' || (top().kind === 'heading' && top().rank >= rank))) stack.pop();
    const title = titleRun(text);
    const path = segment ? [...segs(), segment] : label ? joinSegments(segs(), label) : segs();
    const value = segment?.value ?? label?.value;
    const style = segment ? 'list' : label?.style;
    push({ kind: 'heading', rank, label: value, style, title: title.text, segs: path });
    openSection(title.text, pos?.start.offset ?? 0, pos?.end.offset ?? 0);
    headingBlock(title);
  };

  /** A label waiting for its title is placed on its own when no title comes. */
  const flush = () => {
    if (!pending) return;
    const { label, start, end } = pending;
    pending = undefined;
    placeLabel(label, '');
    openSection('', start, end);
  };

  const table = (node: Table) => {
    // each data row is one provision; each cell keeps its column's header ("Governing law: Ireland")
    const cells = (row: Table['children'][number]) => row.children.map((cell) => {
      const run: Run = { text: '', offs: [] };
      inline(cell.children, src, run);
      return trimRun(run);
    });
    const [head, ...rows] = node.children;
    if (!head) return;
    const headers = cells(head).map((h) => trimRun(h, /^\s*/));
    if (!rows.length) { for (const h of headers) emit(h); return; }
    for (const row of rows) {
      const out: Run = { text: '', offs: [] };
      cells(row).forEach((cell, k) => {
        if (!/[A-Za-z0-9]/.test(cell.text)) return;
        if (out.text) { out.text += '; '; out.offs.push(out.offs[out.offs.length - 1], out.offs[out.offs.length - 1]); }
        const header = headers[k];
        if (header && /[A-Za-z0-9]/.test(header.text)) {
          const name = slice(header, 0, header.text.replace(/[\s:]{1,40}$/, '').length);
          const lastOff = name.offs[name.offs.length - 1];
          out.text += name.text + ': ';
          out.offs.push(...name.offs, lastOff, lastOff);
        }
        out.text += cell.text;
        out.offs.push(...cell.offs);
      });
      emit(out, undefined, true);
    }
  };

  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      const pos = node.position;
      if (pending && node.type !== 'heading' && node.type !== 'paragraph') flush();
      switch (node.type) {
        case 'heading': {
          const run: Run = { text: '', offs: [] };
          inline(node.children, src, run);
          const text = trimRun(run);
          while (top() && (top().kind === 'para' || (top().kind === 'heading' && top().rank >= node.depth && !holdsSkippedLevel(node.depth, text.text)))) stack.pop();
          let label = read(text.text, { bare: true, heading: true });
          // a heading that is only a number ("## 4") titled by the heading or line under it
          if (label && label.length >= text.text.length) { flush(); pending = { label, rank: node.depth, start: pos?.start.offset ?? 0, end: pos?.end.offset ?? 0 }; break; }
          const carried = !label && pending !== undefined;
          if (carried) label = pending!.label;
          else flush();
          pending = undefined;
          const titled = titleRun(label && !carried ? slice(text, Math.min(text.text.length, label.length)) : text);
          // "#### i. Opting out. You may opt out of arbitration within 30 days …": a run-in title, then the text
          const runIn = runInTitleEnd(titled.text);
          const title = runIn > 0 ? trimRun(slice(titled, 0, runIn)) : titled;
          push({ kind: 'heading', rank: node.depth, label: label?.value, style: label?.style, title: title.text.replace(/[.:]$/, ''), segs: label ? joinSegments(segs(), label) : segs() });
          openSection(title.text.replace(/[.:]$/, ''), pos?.start.offset ?? 0, pos?.end.offset ?? 0);
          headingBlock(title);
          if (runIn > 0) emit(slice(titled, runIn));
          break;
        }
        case 'paragraph': {
          // "[1. Definitions](#1a)  [2. Use of the Site](#2b) …": a table of contents opens no section
          if (node.children.filter((c) => c.type === 'link').length > 1 && isContentsLines(node)) break;
          const run: Run = { text: '', offs: [] };
          inline(node.children, src, run);
          const text = trimRun(run);
          // a paragraph that is only a number ("4", "Section 4", "Article III") titled by what follows
          const alone = readLabel(text.text, previousOfStyle, { bare: true });
          if (alone && alone.length >= text.text.length && !pending) { labels.push(alone); pending = { label: alone, start: pos?.start.offset ?? 0, end: pos?.end.offset ?? 0 }; break; }
          if (pending) {
            const { label, rank } = pending;
            pending = undefined;
            if (!text.text.includes('\n') && isTitleLine(text.text)) {
              if (rank !== undefined) {
                while (top() && (top().kind === 'para' || (top().kind === 'heading' && top().rank >= rank))) stack.pop();
                const title = titleRun(text);
                push({ kind: 'heading', rank, label: label.value, style: label.style, title: title.text, segs: joinSegments(segs(), label) });
                openSection(title.text, pos?.start.offset ?? 0, pos?.end.offset ?? 0);
                headingBlock(title);
              } else pseudoHeading(text, label, pos);
              break;
            }
            paragraph(node, label);
            break;
          }
          // a paragraph that is a short line in capitals ("TERM AND TERMINATION") is a heading, and so is
          // one of a run of titles in sentence case ("Account hijacking", "Circumvention")
          const label = readLabel(text.text, previousOfStyle);
          const title = label ? trimRun(slice(text, label.length)) : text;
          if (isCapsTitle(title.text) || (!label && sentenceTitles.has(node))) {
            if (label) labels.push(label);
            pseudoHeading(title, label, pos);
            break;
          }
          paragraph(node);
          break;
        }
        case 'list': {
          if (isContents(node)) break;
          // "15. … App Store" with its own items 1. to 9., then "16. What if I have a Dispute?" parsed into the same
          // list: an entry whose written number breaks the list's count and follows the section around it opens the
          // next section, a list of its own
          const next = nextSectionInList(node);
          if (next) {
            walk([{ ...node, children: node.children.slice(0, next.at) }, { ...node, start: next.number, children: node.children.slice(next.at) }]);
            break;
          }
          const start = node.children[0]?.data?.value ?? node.start ?? 1;
          // a list that starts at "20." after section 19 (or 19B) is the next section, not inside it
          if (node.ordered && start > 1 && !node.data?.numbering && !stack.some((f) => f.kind === 'list')) {
            const before = String(start - 1);
            const i = stack.findIndex((f) => f.segs.length > 0 && (f.segs[f.segs.length - 1].value === before || (f.style === 'dotted' && f.segs[0].value === before)));
            if (i >= 0) stack.length = i;
          }
          // entries numbered by position count in the kind the document cites at their depth ("Section 10(b)")
          // a list that declares its kind (HTML's type="a", a Word list's letters) is numbered in it
          // (a list that writes its own numbers, "1." to "13.", in a section the document never cites into keeps
          // them: the letters of "Section 23.h" are that section's)
          const written = node.ordered && !node.data?.numbering ? writtenNumbers(node, src) : undefined;
          const citedHere = segs().length === 1 ? cited.underSection?.[segs()[0].value] : undefined;
          const kindAt = citedHere ?? (written && segs().length === 1 && cited.underSection ? 'number' : cited.depthKinds[segs().length]);
          const number = (n: number) => positional(n, node.data?.numbering ?? (segs().length ? kindAt : undefined));
          // "1. SERVICES" written as a one-line list item is a numbered heading, not a list
          const only = node.children.length === 1 ? node.children[0].children : undefined;
          if (node.ordered && only?.length === 1 && only[0].type === 'paragraph') {
            const run: Run = { text: '', offs: [] };
            inline(only[0].children, src, run);
            const text = trimRun(run);
            // (so is "1. **Will these Terms ever change?**", a short entry all in bold: a question as a title)
            const bold = only[0].children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
            const allBold = bold.length > 0 && bold.every((c) => c.type === 'strong');
            if (isTitleLine(text.text) || isCapsTitle(text.text) || (allBold && text.text.split(/\s+/).length <= (/\?$/.test(text.text) ? 30 : 16) && !/[.;]\s/.test(text.text))) {
              pseudoHeading(text, undefined, pos, number(start));
              break;
            }
          }
          // an entry may declare its own number (<li value>, a Word list's counter); the next ones count on from it
          let counter = start;
          node.children.forEach((item, n) => {
            const mark = stack.length;
            if (item.data?.value !== undefined) counter = item.data.value;
            else if (written) counter = written[n];
            const seg = node.ordered ? number(counter++) : undefined;
            // an item that opens with a title line and holds more ("1. Membership" then its sub-items)
            let children = item.children;
            let title = '';
            let head: Run | undefined;
            if (children.length > 1 && children[0].type === 'paragraph') {
              const run: Run = { text: '', offs: [] };
              inline(children[0].children, src, run);
              head = trimRun(run);
              if (isTitleLine(head.text)) { title = titleRun(head).text; children = children.slice(1); }
            }
            push({ kind: 'list', rank: 20, label: seg?.value, style: node.ordered ? 'list' : 'bullet', title, segs: seg ? [...segs(), seg] : segs() });
            if (seg || title) openSection(title, item.position?.start.offset ?? 0, item.position?.end.offset ?? 0);
            if (title && head) headingBlock(titleRun(head));
            items++;
            walk(children);
            items--;
            if (pending) flush();
            stack.length = mark;
          });
          break;
        }
        case 'blockquote':
          walk(node.children);
          break;
        case 'code':
          if (pos) emit(plain(node.value, src, pos.start.offset!, pos.end.offset!));
          break;
        case 'table':
          table(node);
          break;
        default:
          break;
      }
    }
  };
  /** Where an ordered list's written numbers jump to the number after the enclosing section's ("15" … then "16"). */
  const nextSectionInList = (node: List): { at: number; number: number } | undefined => {
    if (!node.ordered || node.data?.numbering) return undefined;
    const written = writtenNumbers(node, src);
    const around = segs();
    const last = around[around.length - 1];
    if (!written || !last || !/^\d+$/.test(last.value)) return undefined;
    const number = Number(last.value) + 1;
    const at = written.findIndex((w, n) => n > 0 && w === number && w !== written[n - 1] + 1);
    return at > 0 ? { at, number } : undefined;
  };
  const sentenceTitles = plainTitleRuns(tree.children);
  walk(tree.children);
  if (pending) flush();
  // the style of paths: the document's citations, or else its own labels of several segments
  const style = settleParts(citationStyle(src, labels), found.map((s) => s.segs));
  for (const b of blocks) { b.section = renderPath(b.path, style); b.style = style; }
  // the opening text before the first heading, in a document that has headings, is its preamble: cited
  // as such, the way a reader refers to it ("the Preamble"), rather than with no place at all
  const firstHeading = blocks.findIndex((b) => b.isHeading);
  for (let i = 0; i < firstHeading; i++) {
    const b = blocks[i];
    if (b.headings.length === 0 && b.section === '') { b.heading = PREAMBLE; b.headings = [PREAMBLE]; }
  }
  const sections = found.map((s) => ({ path: renderPath(s.segs, style), heading: s.heading, start: s.start, end: s.end }));
  return { blocks, sections, style };
}
