/**
 * Structure: mdast to blocks, each knowing its section path and headings. Paths are rebuilt from
 * Markdown headings, ordered lists, bold lead-ins ("**14.3. Termination**.") and numbering written
 * in the text at the start of paragraphs and lines ("(a)", "ii.", "Section 4").
 */
import type { Root, RootContent, PhrasingContent, Paragraph } from 'mdast';
import type { Section } from '../schema/index.js';
import { readLabel, joinPath, type Label } from './labels.js';

/** Text with, for each character, its offset in the original file. */
export interface Run {
  text: string;
  offs: number[];
}

/** A paragraph, heading body or list-item paragraph, placed in the section tree. */
export interface Block {
  /** Cleaned text of the block (markup, label and bold lead-in removed). */
  text: string;
  /** Original offset of each character of `text`. */
  offs: number[];
  /** Section path. */
  section: string;
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
}

/** The structure of one document. */
export interface Structure {
  blocks: Block[];
  /** Numbered or titled sections, in document order, with start offsets (spans are filled later). */
  sections: Array<Omit<Section, 'span'> & { start: number; end: number }>;
}

interface Frame {
  kind: 'heading' | 'para' | 'list';
  rank: number;
  label?: string;
  style?: string;
  title: string;
  path: string;
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
    let at = src.indexOf(ch, cursor);
    if (at === -1 || at >= end) at = Math.min(cursor, Math.max(start, end - 1));
    for (let k = 0; k < ch.length; k++) out.offs.push(at + k);
    out.text += ch;
    cursor = at + ch.length;
  }
}

function inline(nodes: PhrasingContent[], src: string, out: Run): void {
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
        if ('children' in node) inline(node.children as PhrasingContent[], src, out);
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
function trimRun(run: Run, leading = /^[\s.:–—-]*/): Run {
  const lead = leading.exec(run.text)?.[0].length ?? 0;
  const trail = /\s*$/.exec(run.text)?.[0].length ?? 0;
  return slice(run, lead, run.text.length - trail);
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

/** A line that reads as a title: short, no sentence punctuation inside, every word capitalised. */
function isTitleLine(text: string): boolean {
  const t = text.trim().replace(/[.:]$/, '');
  if (!t || t.length > 80 || /[.;:!?]/.test(t)) return false;
  return t.split(/\s+/).every((w, i) => /^[A-Z0-9&(]/.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/** Build the outline of a document. */
export function structure(tree: Root, src: string): Structure {
  const blocks: Block[] = [];
  const sections: Structure['sections'] = [];
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  const path = () => top()?.path ?? '';
  const titles = () => stack.filter((f) => f.title).map((f) => f.title);

  /** The label of the nearest open sibling of a style, below the nearest heading or list frame. */
  const previousOfStyle = (style: string): string | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i];
      if (f.kind !== 'para') return undefined;
      if (f.style === style) return f.label;
    }
    return undefined;
  };

  const openSection = (title: string, start: number, end: number) => {
    if (path() || title) sections.push({ path: path(), heading: title, start, end });
  };

  /** Place a labelled paragraph or line in the outline. */
  const placeLabel = (label: Label, title: string) => {
    // a sibling: the nearest paragraph frame of the same style (never across a heading or list item)
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i];
      if (f.kind !== 'para') break;
      if (f.style === label.style || (label.style === 'dotted' && f.style === 'dotted' && !label.value.startsWith(f.path + '.'))) {
        stack.length = i;
        break;
      }
    }
    if (label.style === 'dotted') {
      // 14.3 goes under 14: drop paragraph frames until one is its prefix
      while (top()?.kind === 'para' && !label.value.startsWith(top().path + '.')) stack.pop();
    }
    if (label.style === 'num') {
      // a top-level number closes the dotted and lettered levels under the previous number; an
      // "Article II" above it stays open as its parent
      let i = stack.length - 1;
      while (i >= 0 && stack[i].kind === 'para' && stack[i].style !== 'num' && stack[i].style !== 'sec') i--;
      if (i >= 0 && stack[i].kind === 'para') stack.length = stack[i].style === 'num' ? i : i + 1;
    }
    if (label.style === 'sec') {
      // "Article III" closes the previous article and everything under it
      let i = stack.length - 1;
      while (i >= 0 && stack[i].kind === 'para' && stack[i].style !== 'sec') i--;
      if (i >= 0 && stack[i].kind === 'para') stack.length = i;
      else while (top()?.kind === 'para') stack.pop();
    }
    stack.push({ kind: 'para', rank: 10, label: label.value, style: label.style, title, path: joinPath(path(), label) });
  };

  const emit = (run: Run, label?: string) => {
    const body = trimRun(run);
    if (!/[A-Za-z0-9]/.test(body.text)) return;
    const t = titles();
    blocks.push({ text: body.text, offs: body.offs, section: path(), heading: t[t.length - 1] ?? '', headings: t, depth: stack.length, label });
  };

  /** A paragraph: split at lines that start with a label, read bold lead-ins, place each part. */
  const paragraph = (node: Paragraph) => {
    const run: Run = { text: '', offs: [] };
    inline(node.children, src, run);
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
      if (lead && idx >= 0 && idx < 3 && lead.length < 120) bold = lead;
    }
    // split at line starts that carry a label
    const lines: number[] = [0];
    for (let i = 0; i < run.text.length; i++) {
      if (run.text[i] === '\n') {
        const rest = run.text.slice(i + 1).replace(/^[ \t]+/, '');
        // a hard-wrapped sentence can put "(10) business days" at a line start: a label line
        // follows a line that ends a sentence, a list entry or a title
        const before = run.text.slice(lines[lines.length - 1], i).trimEnd();
        if (readLabel(rest) && (/[.:;!?]["”’)]?$|\b(?:and|or)$/.test(before) || plainTitle(before.replace(/^\S+\s+/, '')) !== '' || before.length < 40)) lines.push(i + 1);
      }
    }
    lines.push(run.text.length);
    // an unnumbered run-in title ("**Payment.** We offer …") names its own paragraph only
    let scoped = -1;
    for (let k = 0; k + 1 < lines.length; k++) {
      let part = trimRun(slice(run, lines[k], lines[k + 1]));
      let title = '';
      if (k === 0 && bold && part.text.indexOf(bold) >= 0) {
        const lead = bold;
        const leadLabel = readLabel(lead, previousOfStyle);
        title = (leadLabel ? lead.slice(leadLabel.length) : lead).replace(/[\s.:]+$/, '').trim();
        const rest = trimRun(slice(part, Math.min(part.text.length, part.text.indexOf(lead) + lead.length)));
        if (leadLabel) placeLabel(leadLabel, title);
        else {
          // an unnumbered bold lead-in replaces the previous one at its level
          while (top()?.kind === 'para' && !top().label) stack.pop();
          if (/[A-Za-z0-9]/.test(rest.text)) scoped = stack.length;
          stack.push({ kind: 'para', rank: 9, title, path: path() });
        }
        openSection(title, part.offs[0] ?? 0, part.offs[part.text.length - 1] ?? 0);
        emit(rest, leadLabel?.value);
        continue;
      }
      const label = readLabel(part.text, previousOfStyle);
      if (!label && k === 0) {
        // an unnumbered paragraph after a list of (a), (b), (i) items is back in the section that
        // holds the list, not inside its last item; numbered sections (5.2) stay open
        while (top()?.kind === 'para' && top().label && /^(?:p-|lower|upper|roman|ROMAN)/.test(top().style ?? '')) stack.pop();
      }
      if (label) {
        part = trimRun(slice(part, label.length), /^\s*/);
        // a plain run-in title after the number: "5.2 Termination for Cause. Either party may …"
        const title = plainTitle(part.text);
        placeLabel(label, title);
        openSection(title, part.offs[0] ?? 0, part.offs[part.text.length - 1] ?? 0);
        if (title) part = trimRun(slice(part, Math.min(part.text.length, title.length + 1)));
      }
      emit(part, label?.value);
    }
    if (scoped >= 0 && stack.length > scoped) stack.length = scoped;
  };

  /** A heading written without `#`: a numbered title line or a line in capitals. Ranks below every `#` heading. */
  const pseudoHeading = (text: Run, label: Label | undefined, pos: RootContent['position']) => {
    const rank = label ? 8 : 7;
    while (top() && (top().kind === 'para' || (top().kind === 'heading' && top().rank >= rank))) stack.pop();
    const title = text.text.replace(/[\s.:]+$/, '').trim();
    stack.push({ kind: 'heading', rank, label: label?.value, style: label?.style, title, path: label ? joinPath(path(), label) : path() });
    openSection(title, pos?.start.offset ?? 0, pos?.end.offset ?? 0);
    blocks.push({ text: title, offs: text.offs, section: path(), heading: title, headings: titles(), depth: stack.length, isHeading: true });
  };

  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      const pos = node.position;
      switch (node.type) {
        case 'heading': {
          const run: Run = { text: '', offs: [] };
          inline(node.children, src, run);
          const text = trimRun(run);
          while (top() && (top().kind === 'para' || (top().kind === 'heading' && top().rank >= node.depth))) stack.pop();
          const label = readLabel(text.text);
          // kramdown / Pandoc attributes ("Payments {: #payments }", "Fees {#fees .x}") are not part of the title
          const title = (label ? text.text.slice(label.length) : text.text).replace(/\s*\{:?\s*[#.][^{}]*\}\s*$/, '').replace(/[\s.:]+$/, '').trim();
          stack.push({ kind: 'heading', rank: node.depth, label: label?.value, style: label?.style, title, path: label ? joinPath(path(), label) : path() });
          openSection(title, pos?.start.offset ?? 0, pos?.end.offset ?? 0);
          blocks.push({ text: title, offs: label ? text.offs.slice(label.length) : text.offs, section: path(), heading: title, headings: titles(), depth: stack.length, isHeading: true });
          break;
        }
        case 'paragraph': {
          // a paragraph that is a short line in capitals ("TERM AND TERMINATION") is a heading
          const run: Run = { text: '', offs: [] };
          inline(node.children, src, run);
          const text = trimRun(run);
          const label = readLabel(text.text);
          const title = label ? trimRun(slice(text, label.length)) : text;
          if (!text.text.includes('\n') && isTitleLine(title.text) && /[A-Z]{3}/.test(title.text) && title.text === title.text.toUpperCase()) {
            pseudoHeading(title, label, pos);
            break;
          }
          paragraph(node);
          break;
        }
        case 'list': {
          const start = node.start ?? 1;
          // "1. SERVICES" written as a one-line list item is a numbered heading, not a list
          const only = node.children.length === 1 ? node.children[0].children : undefined;
          if (node.ordered && only?.length === 1 && only[0].type === 'paragraph') {
            const run: Run = { text: '', offs: [] };
            inline(only[0].children, src, run);
            const text = trimRun(run);
            if (isTitleLine(text.text)) {
              pseudoHeading(text, { value: String(start), style: 'num', length: 0 }, pos);
              break;
            }
          }
          node.children.forEach((item, i) => {
            const mark = stack.length;
            const label = node.ordered ? String(start + i) : undefined;
            // an item that opens with a title line and holds more ("1. Membership" then its sub-items)
            let children = item.children;
            let title = '';
            let head: Run | undefined;
            if (children.length > 1 && children[0].type === 'paragraph') {
              const run: Run = { text: '', offs: [] };
              inline(children[0].children, src, run);
              head = trimRun(run);
              if (isTitleLine(head.text)) { title = head.text.replace(/[\s.:]+$/, ''); children = children.slice(1); }
            }
            stack.push({ kind: 'list', rank: 20, label, style: node.ordered ? 'list' : 'bullet', title, path: label ? joinPath(path(), { value: label, style: 'num', length: 0 }) : path() });
            if (label || title) openSection(title, item.position?.start.offset ?? 0, item.position?.end.offset ?? 0);
            if (title && head) blocks.push({ text: title, offs: head.offs, section: path(), heading: title, headings: titles(), depth: stack.length, isHeading: true });
            walk(children);
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
          // each cell is a block of its own: a row mixes unrelated sentences
          for (const row of node.children) {
            for (const cell of row.children) {
              const run: Run = { text: '', offs: [] };
              inline(cell.children, src, run);
              emit(run);
            }
          }
          break;
        default:
          break;
      }
    }
  };
  walk(tree.children);
  return { blocks, sections };
}
