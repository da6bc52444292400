/**
 * The numbering grammar, by table: each row is a short document in our own words, the numbering
 * form under test, and the section path the provision marked "Target" must get in that context.
 * Then the words that look like labels and are not, and how a document's citations set the style.
 */
import { describe, expect, it } from 'vitest';
import { structure } from '../src/structure/index.js';
import { readLabel, citationStyle, renderPath } from '../src/structure/labels.js';
import { segment } from '../src/segment/index.js';
import { toMdast } from '../src/parse/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The section path of the first block that says "Target". */
function pathOf(lines: string[]): string | undefined {
  const text = lines.join('\n\n') + '\n';
  const { blocks } = structure(toMdast(text), text);
  return blocks.find((b) => !b.isHeading && b.text.includes('Target'))?.section;
}

// [form under test, document (paragraphs), path of the "Target" provision]
const CASES: Array<[string, string[], string]> = [
  ['5.', ['5. Target text of the fees section.'], '5'],
  ['5.2 under 5', ['5. Fees', '5.1 Prices are listed.', '5.2 Target text.'], '5.2'],
  ['5.2(b)(ii) written whole', ['5. Fees', '5.2(b)(ii) Target text.'], '5.2(b)(ii)'],
  ['(a) under 5.2', ['5.2 Late payment. We may charge interest if:', '(a) Target text;'], '5.2(a)'],
  ['(ii) under (a)', ['5.2 Late payment.', '(a) first case:', '(i) one;', '(ii) Target applies two;'], '5.2(a)(ii)'],
  ['(iv) after (iii)', ['4. Use', '(i) one;', '(ii) two;', '(iii) three;', '(iv) Target applies four.'], '4(iv)'],
  ['A.1.', ['A. Definitions', 'A.1. Target text.'], 'A.1'],
  ['I.2.a', ['I.2.a Target text.'], 'I.2.a'],
  ['4.b.iv', ['4.b.iv Target text.'], '4.b.iv'],
  ['b under 4, no citation', ['4. Accounts', 'a. One.', 'b. Target applies here.'], '4(b)'],
  ['1a.', ['1a. Target text.'], '1a'],
  ['S-2.1 bold lead-in', ['**S-1.1 General.** One.', '**S-2.1 Fees.** Target text.'], 'S-2.1'],
  ['A-3 under its letter', ['A-1. One.', 'A-2. Two.', 'A-3. Target text.'], 'A-3'],
  ['3. paragraph after "## 2.7" heading', ['# 1. About', 'One.', '2. Rules', '## 2.7 Gifts', 'Gift text.', '3. Membership Plans', 'Target text.'], '3'],
  ['2. paragraph after "# 1." heading', ['# 1. About', '## 1.9 Features', 'One.', '2. Rules', 'Target text.'], '2'],
  ['1a heading', ['## 1a Payment Processing', 'Target text.'], '1a'],
  ['3)', ['1) One.', '2) Two.', '3) Target three.'], '3'],
  ['a) under 2', ['2. Fees', 'a) Target text.'], '2(a)'],
  ['(1) under 5', ['5. Fees', '(1) Target text.'], '5(1)'],
  ['(1) under (a)', ['5. Fees', '(a) first:', '(1) Target text.'], '5(a)(1)'],
  ['10(b)', ['10(b) Target text.'], '10(b)'],
  ['§ 7', ['§ 7 Liability', 'Target text.'], '7'],
  ['§ 7 heading', ['## § 7. Liability', 'Target text.'], '7'],
  ['Section 4 heading', ['## Section 4 Termination', 'Target text.'], '4'],
  ['Section 8: heading', ['## Section 8: Termination', 'Target text.'], '8'],
  ['Article III', ['Article III. Term', 'Target text.'], 'III'],
  ['Section under Article', ['Article II. Services', 'Section 3. Target text.'], 'II.3'],
  ['Clause 12.1', ['Clause 12.1 Target text.'], '12.1'],
  ['Section 2.1 under Article II', ['Article II. Services', 'Section 2.1 Target text.'], '2.1'],
  ['a. heading cited "Section 8b"', ['Read Section 8b before you start.', '## Section 8: Ending', '### a. Notice', 'One.', '### b. Effect', 'Target text.'], '8b'],
  ['B. cited "Section 6.B"', ['See Section 6.B for details.', '6. CONTENT', 'A. General', 'One.', 'B. Uploads', 'Target text.'], '6.B'],
  ['(b) cited "Section 3.b"', ['As Section 3.b says.', '3. Fees', '(a) One.', '(b) Target applies here.'], '3.b'],
  ['i after h is a letter', ['5. Duties', 'g. One.', 'h. Two.', 'i. Target applies here.'], '5(i)'],
  ['i first under (a) is Roman', ['5. Duties', '(a) first:', '(i) Target applies here.'], '5(a)(i)'],
  ['v after iv is Roman', ['5. Duties', '(a) first:', '(i) one;', '(ii) two;', '(iii) three;', '(iv) four;', '(v) Target applies here.'], '5(a)(v)'],
  ['v after u is a letter', ['5. Duties', ...'abcdefghijklmnopqrstu'.split('').map((l) => `(${l}) item ${l};`), '(v) Target applies here.'], '5(v)'],
  ['x after ix is Roman', ['5. Duties', ...['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'].map((l) => `(${l}) item;`), '(x) Target applies here.'], '5(x)'],
  ['c after b is a letter', ['5. Duties', '(a) one;', '(b) two;', '(c) Target applies here.'], '5(c)'],
  ['l after k is a letter', ['5. Duties', ...'abcdefghijk'.split('').map((l) => `(${l}) item;`), '(l) Target applies here.'], '5(l)'],
  ['m after l is a letter', ['5. Duties', ...'abcdefghijkl'.split('').map((l) => `(${l}) item;`), '(m) Target applies here.'], '5(m)'],
  ['number on its own line', ['4', 'Termination', 'Target text.'], '4'],
  ['Section 4 on its own line', ['Section 4', 'Termination', 'Target text.'], '4'],
  ['heading that is only a number', ['## 4', '## Termination', 'Target text.'], '4'],
  ['number and title on two lines', ['4\nTermination\nTarget text.'], '4'],
  ['nested list cited "Section 10(b)(ii)"', ['Section 10(b)(ii) applies.', '10. Ending', '    1. One.', '    2. Two:', '        1. first;', '        2. Target applies here.'], '10(b)(ii)'],
  ['nested list, no citation', ['1. One.', '2. Two:', '    1. first;', '    2. Target applies here.'], '2.2'],
  ['list with start', ['3. Target applies here.', '4. Four.'], '3'],
  ['list under a numbered heading cited "Section 5.2"', ['Section 5.2 applies.', '## 5. Fees', '1. One.', '2. Target applies here.'], '5.2'],
  ['list under a numbered heading cited "Section 5(b)"', ['Section 5(b) applies.', '## 5. Fees', '1. One.', '2. Target applies here.'], '5(b)'],
  ['2.3.4', ['2. Two', '2.3 Three', '2.3.4 Target applies here.'], '2.3.4'],
  ['bold lead 3.', ['**3. Payment.** Target text.'], '3'],
  ['bold lead 3.1', ['**3.1 Fees.** Target text.'], '3.1'],
  ['1.Services heading', ['## 1.Services', 'Target text.'], '1'],
  ['zero-width space before 3.2.', ['3. Members', '\u200b3.2. Target text.'], '3.2'],
  ['19A. then 20.', ['19. Conduct', '19A. Commercial', 'One.', '20. Target text.'], '20'],
  ['7. after heading 6.', ['6. CONTENT', '7. Target text.'], '7'],
  ['A. under caps heading 7\\.', ['7\\. DISCLAIMERS; LIMITATION OF LIABILITY', 'A. DISCLAIMERS', 'Target text.'], '7(A)'],
  ['A. under caps heading 7.', ['7. DISCLAIMERS; LIMITATION OF LIABILITY', 'A. DISCLAIMERS', 'Target text.'], '7(A)'],
  ['parts cited by number alone', ['See Section 2 for your duties.', '**Section I: General Terms**', '**1\\. Availability**', 'One.', '**2\\. Duties**', 'Target text.'], '2'],
  ['parts without citation', ['**Section I: General Terms**', '**1\\. Availability**', 'One.', '**2\\. Duties**', 'Target text.'], 'I.2'],
  ['(b) at a wrapped line start is no label', ['2. Fees. We decide (a) whether the price is fair and\n(b) Target whether to change it.'], '2'],
  ['(c) after an interruption', ['5. Duties', '(a) one;', '(b) two;', 'A note in between.', '(c) Target applies here.'], '5(c)'],
  ['titled B. stays open', ['9. TERM', 'A. Term', 'One.', 'B. Termination by You', 'You may cancel.', 'Target text.'], '9(B)'],
  ['table row', ['## 12. Law', '| Entity | Law |\n| --- | --- |\n| Target Ltd | Ireland |'], '12'],
];

describe('numbering forms in context', () => {
  it('has at least 40 forms', () => expect(CASES.length).toBeGreaterThanOrEqual(40));
  for (const [form, lines, path] of CASES) {
    it(`${form} → ${path}`, () => expect(pathOf(lines)).toBe(path));
  }
});

describe('words that look like labels', () => {
  for (const text of ['No. 5 of the list', 'Inc. is a company', 'a.m. on Monday', 'U.S. law applies', 'e.g. a post', 'i.e. the fee', 'Section 5 survives termination', '3D models are allowed', '2023. The year', 'Mr. Smith', 'Section 2 (Payment Terms);', '24h support', 'E-mail us', 'X-ray images', 'Wi-Fi access', 'A-list members']) {
    it(`"${text}" is no label`, () => expect(readLabel(text)).toBeUndefined());
  }
  it('reads segments and their kinds', () => {
    const label = readLabel('5.2(b)(ii) Fees')!;
    expect(label.segments.map((s) => `${s.kind}:${s.value}`)).toEqual(['number:5', 'number:2', 'lower:b', 'roman:ii']);
    expect(label.length).toBe('5.2(b)(ii) '.length);
  });
  it('settles i by its sibling', () => {
    expect(readLabel('(i) text', (s) => (s === 'p-lower' ? 'h' : undefined))!.style).toBe('p-lower');
    expect(readLabel('(i) text')!.style).toBe('p-roman');
    expect(readLabel('(v) text', (s) => (s === 'p-roman' ? 'iv' : undefined))!.style).toBe('p-roman');
    expect(readLabel('(v) text')!.style).toBe('p-lower');
  });
});

describe('citation style', () => {
  const seg = (value: string, kind: 'number' | 'lower' | 'roman') => ({ value, kind });
  const path = [seg('10', 'number'), seg('b', 'lower'), seg('ii', 'roman')];
  it('follows "Section 10(b)"', () => expect(renderPath(path, citationStyle('as set out in Section 10(b), and in Sections 4(a) and 4(c)'))).toBe('10(b)(ii)'));
  it('follows "Section 6.B"', () => expect(renderPath(path, citationStyle('as set out in Section 6.B and Section 3.I.'))).toBe('10.b.ii'));
  it('follows "Sections 4b and 4c"', () => expect(renderPath(path, citationStyle('subject to Sections 4b and 4c.'))).toBe('10b(ii)'));
  it('ignores statutes', () => expect(renderPath(path, citationStyle('under 17 U.S.C. § 512.c and Section 230.c of the Communications Decency Act'))).toBe('10(b)(ii)'));
  it('writes the items of a sentence in the same style', () => {
    for (const [cite, want] of [['Section 4(b)', ['4(a)', '4(b)']], ['Section 4.b', ['4.a', '4.b']]] as const) {
      const text = `## 4. Ending\n\nWe may end the plan (a) if you breach ${cite} or (b) if you stop paying.\n`;
      const items = segment(structure(toMdast(text), text).blocks).flatMap((p) => p.items.map((i) => i.section));
      expect(items).toEqual(want);
    }
  });
  it('reads the kind cited at each depth', () => expect(citationStyle('see clause 7.1(c) and § 3(a)').depthKinds.slice(1, 3)).toEqual(['number', 'lower']));
  it('counts the level below a cited letter in Roman numerals', () => expect(citationStyle('see Section 10(b)').depthKinds.slice(1, 3)).toEqual(['lower', 'roman']));
});

describe('tables', () => {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'entity-table', 'agreement.md'), 'utf8');
  const { blocks } = structure(toMdast(text), text);
  const rows = blocks.filter((b) => b.whole);
  it('makes each data row one provision that keeps the column headers', () => {
    expect(rows.map((r) => r.text)).toEqual([
      'Where you live: The European Economic Area; Contracting entity: Lumen Mail Ireland Ltd; Governing law: Ireland; Courts: The courts of Dublin',
      'Where you live: The United Kingdom; Contracting entity: Lumen Mail UK Ltd; Governing law: England and Wales; Courts: The courts of London',
      'Where you live: Anywhere else; Contracting entity: Lumen Mail Inc.; Governing law: State of Delaware; Courts: The state and federal courts in Wilmington, Delaware',
    ]);
    expect(rows.every((r) => r.section === '9')).toBe(true);
    expect(segment(blocks).filter((p) => p.text.startsWith('Where you live')).map((p) => p.text)).toEqual(rows.map((r) => r.text));
  });
  it('keeps offsets into the original text, for headers and cells alike', () => {
    for (const row of rows) {
      for (const part of row.text.split(/; |: /)) {
        const at = row.text.indexOf(part);
        const start = row.offs[at];
        expect(text.slice(start, start + part.length)).toBe(part);
      }
    }
  });
});
