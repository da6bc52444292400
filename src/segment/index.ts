/**
 * Segmentation: blocks to provisions. A provision is one sentence, or a lead-in sentence ending in
 * ":" together with the items listed under it. Enumerations written inside a sentence ("(a) …, (b) …")
 * become the provision's items too, each with its own section path ("14.3(a)").
 */
import type { Block, Run } from '../structure/index.js';
import { isTitleLine, slice } from '../structure/index.js';
import { renderPath, DEFAULT_STYLE, type CitationStyle, type Segment, type SegmentKind } from '../structure/labels.js';
import { normalize } from './normalize.js';
import { runStart } from '../lexicon/text.js';
import { re } from '../lexicon/compose.js';
import { NUMBER_WORD } from '../annotate/durations.js';

/** An enumerated item of a provision, as character indices into the provision's text. */
export interface Item {
  label: string;
  section: string;
  start: number;
  end: number;
  /** The item's own headings, where a title opened between the lead-in and the item ("**Harmful Content**" over a group of items). */
  headings?: string[];
  /** How an item found inside a sentence counts (letters, Roman numerals, numbers). */
  kind?: SegmentKind;
}

/** A listed item of a provision as a provision of its own: its text, offsets and section (and its own headings, if any). */
export function itemProvision(p: Provision, it: Item): Provision {
  const headings = it.headings ?? p.headings;
  return { ...p, text: p.text.slice(it.start, it.end), offs: p.offs.slice(it.start, it.end), items: [], section: it.section, headings, heading: headings[headings.length - 1] ?? p.heading };
}

/** The items of a provision that hold no other item (within `from`–`to`): an item that holds others is their lead. */
export function leafItems(p: { items: Item[] }, from = 0, to = Infinity): Item[] {
  return p.items.filter((it) => it.start >= from && it.end <= to && !p.items.some((o) => o !== it && o.start >= it.start && o.end <= it.end && o.section.startsWith(it.section)));
}

/** One sentence, or a lead-in with its items: the unit that is annotated and classified. */
export interface Provision extends Run {
  section: string;
  heading: string;
  headings: string[];
  items: Item[];
  /** True for a table row: its text is "Header: cell; Header: cell". */
  row?: boolean;
  /** True for the first sentence of a list entry (what a lead-in above the list would complete). */
  entry?: boolean;
}

// words whose final period does not end a sentence
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'no', 'nos', 'sec', 'secs', 'vs', 'v', 'mr', 'mrs', 'ms',
  'dr', 'st', 'u.s', 'u.k', 'e.u', 'art', 'para', 'approx', 'cf', 'ed', 'incl', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'p.m', 'a.m', 'fig', 'al',
]);

/** The end of a lead-in that the entries after it in the same list complete: "you may not:", "the following:". */
const SIBLING_LEAD = /\b(?:not|never|following|include|including|as follows)\s{0,4}:\s*$/i;

/** Split text into sentences; returns [start, end) index pairs. Semicolons do not split. */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  // emphasis may close the sentence or open the next one: "… accounts. **YOUR PLAN RENEWS …**We may"
  const re = /([.!?])(["'”’)\]*_]*)(\s+|(?<=[.!?]\*\*)(?=[A-Z]))(?=[*_]*["“'‘(\[]?[A-Z0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + 1 + m[2].length;
    const window = text.slice(Math.max(start, m.index - 12), m.index);
    const before = window.slice(runStart(window, /[A-Za-z.]/));
    const word = before.toLowerCase().replace(/^\.+/, '');
    if (m[1] === '.' && (ABBREVIATIONS.has(word) || /^[A-Z]$/.test(before) || /(^|\.)[a-z]$/i.test(word) && word.includes('.'))) continue;
    // "… when we take down services. Which we can do at any time, without notice.": a relative clause
    // written as a sentence of its own continues the one before it
    if (/^[*_]*(?:Which|Whom|Whose)\s/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "Section 4. Foo" style numbers are labels, not ends: "at 5. This" is rare, so digits end sentences
    out.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([s, e]) => /[A-Za-z0-9]/.test(text.slice(s, e)));
}

const SEQUENCES: Array<{ kind: SegmentKind; at: (n: number) => string }> = [
  { kind: 'lower', at: (n) => String.fromCharCode(97 + n) },
  { kind: 'roman', at: (n) => ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'][n] ?? '' },
  { kind: 'upper', at: (n) => String.fromCharCode(65 + n) },
  { kind: 'number', at: (n) => String(n + 1) },
];

const SEPARATOR = /[\s,;:]/;
/** A number in words just before a figure in brackets: "one (1)", "thirty-five (35)". */
const WRITTEN_NUMBER = re`\b${NUMBER_WORD}\s{0,2}$`;

/** An item's text without the separators and the "and" / "or" / "and/or" that lead to the next item ("x; and" gives "x"). */
function dropConnective(body: string): string {
  const end = runStart(body, SEPARATOR);
  const word = /(?:and\/or|and|or)$/.exec(body.slice(Math.max(0, end - 6), end))?.[0];
  if (!word) return body.slice(0, end);
  const before = runStart(body, SEPARATOR, end - word.length);
  return body.slice(0, before < end - word.length ? before : end);
}

/** Where a provision stands: its section's segments and the document's citation style. */
export interface Place {
  path: Segment[];
  style: CitationStyle;
}

/**
 * Find an enumeration written inside a sentence: "(a) … (b) …", "(i) … (ii) …", "(A) …", "(1) …", or
 * "a) … b) …". Each item's section is the provision's own path with the item's label ("14.3(a)"),
 * or the label alone ("(a)") in a section without a number.
 */
export function inlineItems(text: string, place: Place = { path: [], style: DEFAULT_STYLE }, depth = 0): Item[] {
  // "(a)" anywhere after a space or stop; "a)" only after a space or stop too, and never inside "(a)"
  const forms: Array<{ mark: (l: string) => string; before: RegExp }> = [
    { mark: (l) => `(${l})`, before: /[\s:;,—-]/ },
    { mark: (l) => `${l})`, before: /[\s:;,—]/ },
  ];
  // the enumeration that starts first is the outer one ("(1) … (7) … the following: (a) … (b) …")
  let best: { form: (typeof forms)[number]; kind: SegmentKind; marks: Array<[string, number]> } | undefined;
  for (const form of forms) for (const { kind, at: seq } of SEQUENCES) {
    const find = (label: string, from: number) => {
      let at = -1;
      for (let f = from; (at = text.indexOf(form.mark(label), f)) >= 0; f = at + 1) {
        // "one (1) year", "two (2) weeks": a number written in words, then in figures, is no item
        if (kind === 'number' && WRITTEN_NUMBER.test(text.slice(Math.max(0, at - 24), at))) continue;
        if ((at === 0 && from === 0) || (at > 0 && form.before.test(text[at - 1]))) return at;
      }
      return -1;
    };
    const at = find(seq(0), 0);
    if (at < 0 || (best && at >= best.marks[0][1])) continue;
    const marks: Array<[string, number]> = [[seq(0), at]];
    for (let n = 1; n < 30; n++) {
      const label = seq(n);
      const next = label ? find(label, marks[marks.length - 1][1] + 3) : -1;
      if (next < 0) break;
      marks.push([label, next]);
    }
    if (marks.length >= 2) best = { form, kind, marks };
  }
  if (!best) return [];
  const { form, kind, marks } = best;
  const items: Item[] = marks.map(([label, s], i) => {
    const bodyStart = s + form.mark(label).length;
    let end = i + 1 < marks.length ? marks[i + 1][1] : text.length;
    const body = dropConnective(text.slice(bodyStart, end));
    end = bodyStart + body.length;
    const lead = text.slice(bodyStart).length - text.slice(bodyStart).trimStart().length;
    const path = renderPath([...place.path, { value: label, kind, paren: true }], place.style);
    return { label, section: path, kind, start: bodyStart + lead, end: Math.max(bodyStart + lead, end) };
  });
  if (depth > 0) return items;
  // an item that holds an enumeration of its own: its items follow it, under its path ("8.4(7)(a)")
  const out: Item[] = [];
  for (const it of items) {
    out.push(it);
    const under = { path: [...place.path, { value: it.label, kind, paren: true }], style: place.style };
    for (const sub of inlineItems(text.slice(it.start, it.end), under, depth + 1)) out.push({ ...sub, start: it.start + sub.start, end: it.start + sub.end });
  }
  return out;
}

function concat(parts: Run[]): Run {
  const out: Run = { text: '', offs: [] };
  for (const p of parts) {
    if (out.text) { out.text += ' '; out.offs.push(p.offs[0] ?? out.offs[out.offs.length - 1]); }
    out.text += p.text;
    for (const o of p.offs) out.offs.push(o);
  }
  return out;
}

const CAPITAL_START = /^[*_"“'‘(]{0,3}[A-Z]/;

/** The items that stand in no other item. */
export function outerItems(items: Item[]): Item[] {
  return items.filter((it) => !items.some((o) => o !== it && o.start <= it.start && o.end >= it.end && it.section.length > o.section.length && it.section.startsWith(o.section)));
}

/** Where an inline item's label ("(a)" or "a)") starts. */
function markAt(text: string, item: Item): number {
  const close = text.lastIndexOf(`${item.label})`, item.start);
  return Math.max(0, text[close - 1] === '(' ? close - 1 : close);
}
const SENTENCE_END = /[.!?]["”’)*_]{0,3}$/;

/**
 * Items written in a sentence that are sentences of their own: "At-will use. (a) We may revoke … at our
 * sole discretion. (b) For consumers in Australia, we may revoke … if (i) …". Each opens with a capital
 * and each but the last ends a sentence, and nothing before the first leads into them (a title or a
 * sentence, not "… if:"), so each is a provision of its own, with its own section and its own scope.
 */
function ownSentences(text: string, all: Item[]): boolean {
  // (the outer items: an item's own enumeration, "(b) … if (i) … (ii) …", is part of it)
  const items = outerItems(all);
  if (items.length < 2) return false;
  const lead = text.slice(0, markAt(text, items[0])).trim();
  if (lead && !SENTENCE_END.test(lead)) return false;
  return items.every((it, i) => CAPITAL_START.test(text.slice(it.start, it.end)) && (i === items.length - 1 || SENTENCE_END.test(text.slice(it.start, it.end).trimEnd())));
}

/** "…, you consent to the following terms:", "The following rules apply:": a lead-in to terms, not to the rest of its sentence. */
const TERMS_LEAD = re`\b(?:the\s{1,4})?following\s{1,4}(?:additional\s{1,4}|specific\s{1,4})?(?:terms|conditions|rules|provisions|terms and conditions)\b(?:\s{1,4}(?:will\s{1,4}|shall\s{1,4})?apply\b[^.:;]{0,160})?\s{0,4}[:—]$|\bthe\s{1,4}following\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,4}?(?:will\s{1,4}|shall\s{1,4})?appl(?:y|ies)\b[^.:;]{0,160}[:—]$`;
/** An entry that opens with whom or what it is for, then a colon: "U.S. Residents: …", "Residents of Quebec:". */
// (an abbreviation's dots may stand in the name, "U.S. Residents:"; a sentence's end may not)
const NAMED_ENTRY = /^[*_"“]{0,3}[A-Z](?:[^:.;]|(?<=\b[A-Z])\.){0,60}:/;
/** A modal or a verb of being: an item that has one is a sentence of its own, not the end of the lead's. */
const OWN_VERB = re`\b(?:may|must|will|shall|can|cannot|is|are|do|does|have|has|agree|agrees)\b`;

/**
 * Does the lead-in at block `i` introduce terms that stand on their own ("If you use P2P, you consent to
 * the following terms: 1. You may not use P2P if … 3. … may be discontinued without notice by us")?
 * Then each entry is a provision of its own, with its own section, and none is a condition of the lead.
 */
function introducesTerms(lead: string, blocks: Block[], i: number): boolean {
  // a title over its items ("Print Subscription or Bundled Subscription:") leads into nothing either
  if (!TERMS_LEAD.test(lead) && !isTitleLine(lead.replace(/—\s*$/, ''))) return false;
  let j = i + 1;
  for (; j < blocks.length && !blocks[j].isHeading && blocks[j].depth > blocks[i].depth; j++) {
    const t = blocks[j].text;
    // ("U.S. Residents: Delaware law; venue …": an entry that names whom it is for, then its terms, stands on its own too)
    if (!CAPITAL_START.test(t) || (!OWN_VERB.test(t) && !NAMED_ENTRY.test(t))) return false;
  }
  return j > i + 1;
}

/**
 * A paragraph broken in two mid-sentence ("Kivra has the right, through written notification to you, to fully or
 * partially" then "terminate the Service …"): one that ends without a stop, followed in the same place by one that
 * opens in lower case, is one paragraph.
 */
function joinBrokenParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const a = out[out.length - 1];
    if (a && !a.isHeading && !b.isHeading && !a.item && !b.item && !a.whole && !b.whole && b.label === undefined &&
      a.section === b.section && a.heading === b.heading && a.depth === b.depth && /[A-Za-z,]$/.test(a.text) && /^[a-z]/.test(b.text)) {
      out[out.length - 1] = { ...a, text: `${a.text} ${b.text}`, offs: [...a.offs, a.offs[a.offs.length - 1] + 1, ...b.offs] };
      continue;
    }
    out.push(b);
  }
  return out;
}

/** Turn the blocks of a document into provisions. */
export function segment(blocks: Block[]): Provision[] {
  blocks = joinBrokenParagraphs(blocks.map((b) => normalize(b)));
  const out: Provision[] = [];
  // a numbered paragraph with a run-in title of its own ("2 Policies.  Customer is …") opens a section: no item of a lead-in before it
  const titled = (b: Block, lead: Block) => b.heading !== lead.heading && b.headings.length > lead.headings.length;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.isHeading) continue;
    const text = block.text.replace(/\s/g, ' ');
    const run: Run = { text, offs: block.offs };
    // a table row is one provision: its cells hold one scoped clause (entity, law, courts)
    const spans: Array<[number, number]> = block.whole ? [[0, text.length]] : sentences(text);
    spans.forEach(([s, e], k) => {
      const sentence = slice(run, s, e);
      const trimmed = sentence.text.trimEnd();
      const base = { section: block.section, heading: block.heading, headings: block.headings };
      // a lead-in: the block's last sentence ends in ":" and deeper blocks follow
      // (deeper blocks, or the sub-sections of its own number written as paragraphs: "1.8 … prohibited:" then "1.8.1 …")
      // (or, for a list entry that ends leading in — "… For example, you may not:" — the entries after it in its list)
      // (only where no deeper entries follow it: those are its items)
      const leadsSiblings = block.item === true && SIBLING_LEAD.test(trimmed) && blocks[i + 1] !== undefined && blocks[i + 1].depth <= block.depth;
      const under = (b: Block) => b.depth > block.depth || (block.section !== '' && b.section.length > block.section.length && b.section.startsWith(block.section) && /^[.(]/.test(b.section.slice(block.section.length))) ||
        (leadsSiblings && b.item === true && b.depth === block.depth && b.section === block.section && b.heading === block.heading);
      if (k === spans.length - 1 && /[:—]\s*$/.test(trimmed) && blocks[i + 1] && !blocks[i + 1].isHeading && under(blocks[i + 1]) && !introducesTerms(trimmed, blocks, i)) {
        const parts: Run[] = [{ text: sentence.text, offs: sentence.offs }];
        const items: Item[] = [];
        let j = i + 1;
        // the items run on over list entries, and over paragraphs under the lead-in's own heading; a paragraph
        // under a title of its own ("**Enforcement**") after the lists is no item of the lead-in
        for (; j < blocks.length && !blocks[j].isHeading && under(blocks[j]) && (blocks[j].item || blocks[j].heading === block.heading || (blocks[j].label !== undefined && !titled(blocks[j], block))); j++) {
          const start = concat(parts).text.length + 1;
          const itemText = blocks[j].text.replace(/\s/g, ' ');
          parts.push({ text: itemText, offs: blocks[j].offs });
          const label = blocks[j].label ?? String(items.length + 1);
          const own = blocks[j].headings.join('\u0000') !== block.headings.join('\u0000') ? { headings: blocks[j].headings } : {};
          items.push({ label, section: blocks[j].section || block.section, start, end: start + itemText.length, ...own });
          // (inline items of an entry stand under the entry's own title: "**Intellectual Property**. … (i) infringes …")
          for (const sub of inlineItems(itemText, blocks[j].section ? blocks[j] : block)) {
            items.push({ ...own, ...sub, start: start + sub.start, end: start + sub.end });
          }
        }
        out.push({ ...concat(parts), ...base, items });
        i = j - 1;
        return;
      }
      const items = block.whole ? [] : inlineItems(sentence.text, block);
      if (ownSentences(sentence.text, items)) {
        const lead = slice(sentence, 0, markAt(sentence.text, items[0]));
        if (/[A-Za-z]/.test(lead.text)) out.push({ ...lead, ...base, items: [] });
        for (const it of outerItems(items)) {
          const own = slice(sentence, it.start, it.end);
          const place = { path: [...block.path, { value: it.label, kind: it.kind ?? 'lower', paren: true }], style: block.style };
          out.push({ ...own, ...base, section: it.section, items: inlineItems(own.text, place) });
        }
        return;
      }
      out.push({ ...sentence, ...base, items, ...(block.whole ? { row: true } : {}), ...(block.item && k === 0 ? { entry: true } : {}) });
    });
  }
  return out;
}

