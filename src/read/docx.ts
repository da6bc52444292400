/**
 * Word files: mammoth converts the document to HTML (read by the HTML path, so headings, lists and
 * tables arrive as they do from a web page), and the automatic numbering Word draws on paragraphs
 * ("5.2", "(a)", "iv.") is recovered from the file's numbering definitions, which mammoth drops:
 * each numbered paragraph's counter is computed as Word computes it (levels, starts, overrides,
 * restarts, styles that carry numbering), then written where the reader sees it: as the text of a
 * heading or a self-contained label ("5.2", "(a)"), or as the value and kind of its list entry.
 */
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import type { SegmentKind } from '../structure/labels.js';
import { toLetter, toRoman } from '../structure/labels.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level after whose use this one restarts (Word's lvlRestart, 1-based; 0 never). */
  restart?: number;
  style?: string;
}

interface Num {
  abstractId: string;
  /** Per level: a start override, a replacement level. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** A paragraph of the document body, with the label Word draws before it, when it has one. */
export interface NumberedParagraph {
  /** The paragraph's text (its runs' text, white space removed), to align it with mammoth's paragraphs. */
  key: string;
  /** The label as drawn ("5.2", "(a)", "iv."), when the paragraph is numbered. */
  label?: string;
  /** The counter of its own level. */
  value?: number;
  /** The kind of its own level's numbering. */
  kind?: SegmentKind;
  /** True when the label holds more than its own level's counter and brackets ("5.2", "(a)", "Article 3"). */
  selfContained?: boolean;
}

type El = Element;

function children(el: El | undefined, name: string): El[] {
  if (!el) return [];
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as El).localName === name && (n as El).namespaceURI === W) out.push(n as El);
  return out;
}
const child = (el: El | undefined, name: string): El | undefined => children(el, name)[0];
const val = (el: El | undefined): string | undefined => el?.getAttributeNS(W, 'val') || el?.getAttribute('w:val') || undefined;
const attr = (el: El | undefined, name: string): string | undefined => el?.getAttributeNS(W, name) || el?.getAttribute(`w:${name}`) || undefined;
const int = (s: string | undefined, fallback: number): number => {
  const n = Number.parseInt(s ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
};

function readLevel(el: El): Level {
  const restart = val(child(el, 'lvlRestart'));
  return {
    start: int(val(child(el, 'start')), 0),
    format: val(child(el, 'numFmt')) ?? 'decimal',
    text: val(child(el, 'lvlText')) ?? '',
    ...(restart !== undefined ? { restart: int(restart, 1) } : {}),
    ...(val(child(el, 'pStyle')) ? { style: val(child(el, 'pStyle')) } : {}),
  };
}

/** A counter written in a level's format. */
function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return toLetter(n);
    case 'upperLetter': return toLetter(n).toUpperCase();
    case 'lowerRoman': return toRoman(n);
    case 'upperRoman': return toRoman(n).toUpperCase();
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'bullet': case 'none': return '';
    default: return String(n);
  }
}

const KINDS: Record<string, SegmentKind> = { lowerLetter: 'lower', upperLetter: 'upper', lowerRoman: 'roman', upperRoman: 'ROMAN' };

/** The numbering definitions and styles of a Word file, and the counters they run. */
class Numbering {
  private abstracts = new Map<string, { levels: Map<number, Level>; styleLink?: string }>();
  private nums = new Map<string, Num>();
  /** Paragraph styles: the numbering they carry and the style they are based on. */
  private styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  /** Numbering styles (numStyleLink targets): the num they stand for. */
  private numberingStyles = new Map<string, string>();
  private counters = new Map<string, number[]>();

  constructor(numbering: Document | undefined, styles: Document | undefined) {
    for (const style of styles ? Array.from(styles.getElementsByTagNameNS(W, 'style')) : []) {
      const id = attr(style, 'styleId');
      if (!id) continue;
      const numPr = child(child(style, 'pPr'), 'numPr');
      const numId = val(child(numPr, 'numId'));
      if (attr(style, 'type') === 'numbering') { if (numId) this.numberingStyles.set(id, numId); continue; }
      const ilvl = val(child(numPr, 'ilvl'));
      this.styles.set(id, { ...(numId ? { numId } : {}), ...(ilvl !== undefined ? { ilvl: int(ilvl, 0) } : {}), ...(val(child(style, 'basedOn')) ? { basedOn: val(child(style, 'basedOn')) } : {}) });
    }
    const root = numbering?.documentElement;
    for (const a of children(root, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of children(a, 'lvl')) levels.set(int(attr(l, 'ilvl'), 0), readLevel(l));
      this.abstracts.set(attr(a, 'abstractNumId') ?? '', { levels, styleLink: val(child(a, 'numStyleLink')) });
    }
    for (const n of children(root, 'num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of children(n, 'lvlOverride')) {
        const start = val(child(o, 'startOverride'));
        const lvl = child(o, 'lvl');
        overrides.set(int(attr(o, 'ilvl'), 0), { ...(start !== undefined ? { start: int(start, 0) } : {}), ...(lvl ? { level: readLevel(lvl) } : {}) });
      }
      this.nums.set(attr(n, 'numId') ?? '', { abstractId: val(child(n, 'abstractNumId')) ?? '', overrides });
    }
  }

  /** The levels of a num, following a numbering style's link to the definition it stands for. */
  private levels(numId: string): { levels: Map<number, Level>; abstractId: string } | undefined {
    let num = this.nums.get(numId);
    for (let hops = 0; num && hops < 4; hops++) {
      const abstract = this.abstracts.get(num.abstractId);
      if (!abstract) return undefined;
      if (!abstract.styleLink) return { levels: abstract.levels, abstractId: num.abstractId };
      const linked = this.numberingStyles.get(abstract.styleLink);
      num = linked === undefined ? undefined : this.nums.get(linked);
    }
    return undefined;
  }

  private level(numId: string, ilvl: number): Level | undefined {
    return this.nums.get(numId)?.overrides.get(ilvl)?.level ?? this.levels(numId)?.levels.get(ilvl);
  }

  /** The num and level of a paragraph: its own numPr, else its style's (through basedOn). */
  resolve(p: El): { numId: string; ilvl: number } | undefined {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const styleId = val(child(pPr, 'pStyle'));
    let numId = val(child(numPr, 'numId'));
    let ilvl = val(child(numPr, 'ilvl')) !== undefined ? int(val(child(numPr, 'ilvl')), 0) : undefined;
    for (let id = styleId, hops = 0; id && hops < 10 && (numId === undefined || ilvl === undefined); hops++) {
      const style = this.styles.get(id);
      if (!style) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      id = style.basedOn;
    }
    if (numId === undefined || numId === '0') return undefined;
    if (ilvl === undefined && styleId) {
      for (const [k, l] of this.levels(numId)?.levels ?? []) if (l.style === styleId) ilvl = k;
    }
    return { numId, ilvl: ilvl ?? 0 };
  }

  /** Count one paragraph at `ilvl` of `numId` and draw its label. */
  next(numId: string, ilvl: number): Omit<NumberedParagraph, 'key'> | undefined {
    const own = this.level(numId, ilvl);
    const defs = this.levels(numId);
    if (!own || !defs || own.format === 'bullet' || own.format === 'none') return undefined;
    // a num with start overrides is a list of its own; without, it continues its definition's counters
    const num = this.nums.get(numId)!;
    const key = [...num.overrides.values()].some((o) => o.start !== undefined || o.level) ? `num:${numId}` : `abstract:${defs.abstractId}`;
    const startOf = (k: number) => num.overrides.get(k)?.start ?? this.level(numId, k)?.start ?? 0;
    let counts = this.counters.get(key);
    if (!counts) {
      counts = [];
      this.counters.set(key, counts);
    }
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    // deeper levels restart after this one (or after the level their lvlRestart names)
    for (let k = ilvl + 1; k < counts.length; k++) {
      const restart = this.level(numId, k)?.restart;
      if (restart === undefined || (restart > 0 && restart <= ilvl + 1)) counts[k] = undefined as unknown as number;
    }
    const label = own.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const level = this.level(numId, k);
      return formatCounter(counts![k] ?? startOf(k), level?.format ?? 'decimal');
    }).trim();
    if (!label) return undefined;
    const kind = KINDS[own.format];
    const own1 = `%${ilvl + 1}`;
    const bare = [own1, `${own1}.`, `${own1})`].includes(own.text.trim());
    return { label, value: counts[ilvl], ...(kind ? { kind } : {}), selfContained: !bare };
  }
}

/** The text of a paragraph's runs, white space removed: what aligns it with mammoth's reading. */
function paragraphKey(p: El): string {
  let text = '';
  const ts = p.getElementsByTagNameNS(W, 't');
  for (let i = 0; i < ts.length; i++) {
    // text of a nested paragraph (a text box) belongs to that paragraph
    let up = ts[i].parentNode;
    while (up && !(up.nodeType === 1 && (up as El).localName === 'p')) up = up.parentNode;
    if (up === p) text += ts[i].textContent ?? '';
  }
  return text.replace(/\s+/g, '');
}

function inChoice(p: El): boolean {
  for (let up = p.parentNode; up; up = up.parentNode) if (up.nodeType === 1 && (up as El).localName === 'Choice') return true;
  return false;
}

async function xml(zip: JSZip, path: string): Promise<Document | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  return new DOMParser({ errorHandler: () => undefined }).parseFromString(await file.async('string'), 'text/xml') as unknown as Document;
}

/** The body's paragraphs, in document order, each with the label Word's automatic numbering draws before it. */
export async function numberedParagraphs(bytes: Uint8Array): Promise<NumberedParagraph[]> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await xml(zip, 'word/document.xml');
  if (!document) return [];
  const numbering = new Numbering(await xml(zip, 'word/numbering.xml'), await xml(zip, 'word/styles.xml'));
  const out: NumberedParagraph[] = [];
  const ps = document.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as El;
    if (inChoice(p)) continue;
    const at = numbering.resolve(p);
    const drawn = at ? numbering.next(at.numId, at.ilvl) : undefined;
    out.push({ key: paragraphKey(p), ...drawn });
  }
  return out;
}

interface MammothNode {
  type: string;
  value?: string;
  styleName?: string;
  styleId?: string;
  numbering?: { isOrdered: boolean; level: string } | null;
  children?: MammothNode[];
}

function mammothKey(node: MammothNode): string {
  if (node.type === 'text') return (node.value ?? '').replace(/\s+/g, '');
  return (node.children ?? []).map(mammothKey).join('');
}

function firstText(node: MammothNode): MammothNode | undefined {
  if (node.type === 'text') return node;
  for (const c of node.children ?? []) {
    const t = firstText(c);
    if (t) return t;
  }
  return undefined;
}

const HEADING_STYLE = /^(?:heading\s?\d|title)$/i;

/**
 * A mammoth `transformDocument` that writes the recovered numbering into the document: a heading's or
 * a self-contained label becomes the start of the paragraph's text (and the paragraph no list entry),
 * a bare one ("3.", "c)") stays a list entry whose value and kind are pushed onto `entries`, in the
 * order mammoth writes its `<li>` elements.
 */
export function applyNumbering(paragraphs: NumberedParagraph[], entries: Array<{ value?: number; kind?: SegmentKind }>): (doc: MammothNode) => MammothNode {
  let cursor = 0;
  const match = (key: string): NumberedParagraph | undefined => {
    // mammoth reads the same paragraphs in the same order; a paragraph it reads differently is skipped over
    for (let k = cursor; k < Math.min(paragraphs.length, cursor + 50); k++) {
      if (paragraphs[k].key === key) { cursor = k + 1; return paragraphs[k]; }
    }
    return undefined;
  };
  const visit = (node: MammothNode): void => {
    if (node.type === 'paragraph') {
      const found = match(mammothKey(node));
      const heading = HEADING_STYLE.test(node.styleName ?? node.styleId ?? '');
      // a label mammoth does not draw as a list (a heading's, one a style carries) is written as text
      if (found?.label && (heading || found.selfContained || !node.numbering)) {
        const text = firstText(node);
        if (text) text.value = `${found.label} ${text.value ?? ''}`;
        node.numbering = null;
      } else if (node.numbering && !heading) {
        entries.push(found?.label ? { value: found.value, kind: found.kind } : {});
      }
      return;
    }
    for (const c of node.children ?? []) visit(c);
  };
  return (doc) => { visit(doc); return doc; };
}

/** Write the recovered values and kinds onto mammoth's `<ol>` and `<li>` tags, in order. */
export function numberLists(html: string, entries: Array<{ value?: number; kind?: SegmentKind }>): string {
  let next = 0;
  const types: Record<SegmentKind, string> = { lower: 'a', upper: 'A', roman: 'i', ROMAN: 'I', number: '1' };
  return html.replace(/<(ol|ul|li)>/g, (tag, name: string) => {
    const entry = entries[next];
    if (name === 'li') {
      next++;
      return entry?.value !== undefined ? `<li value="${entry.value}">` : tag;
    }
    return name === 'ol' && entry?.kind ? `<ol type="${types[entry.kind]}">` : tag;
  });
}
