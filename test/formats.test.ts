/**
 * Formats that keep their numbering: HTML's page furniture never reaches the clauses and its lists
 * number as they declare (`start`, `type`, `<li value>`); Word's automatic numbering is recovered from
 * the file's numbering definitions; a PDF's running headers, footers and page numbers are dropped and
 * its wrapped lines and hyphenated words joined; a companion read with `--with` takes its format from
 * its own extension. The same agreements in four formats are compared in fixtures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ask, parseAgreement, readAgreement } from '../src/index.js';
import { dropRunning, pdfPages, reflow } from '../src/read/pdf.js';

const tmp = mkdtempSync(join(tmpdir(), 'tos-clauses-formats-'));

describe('HTML', () => {
  const page = `<!DOCTYPE html><html><head><title>Wren Terms</title>
<style>.x { color: red }</style><script>var note = "We may terminate your account at any time without notice.";</script></head>
<body><nav><a href="/">Home</a> <a href="/close">We may close your account at any time</a></nav>
<div role="navigation"><a href="/a">Cancel your plan at any time from Settings.</a></div>
<main><h1>Wren Storage Terms</h1>
<h2>7. Ending These Terms</h2>
<p>7.1 We may end these terms if you:</p>
<ol type="a" start="2"><li>fail to pay; or</li><li>break the law, where:<ol type="i"><li>a court so finds; or</li><li value="4">a regulator so orders.</li></ol></li></ol>
<p>7.2 You may end these terms on ten (10) days' notice.</p></main>
<footer>We may suspend the newsletter at any time.</footer></body></html>`;
  const agreement = parseAgreement(page, { format: 'html' });

  it('keeps navigation, scripts, styles and the page footer out of the clauses', () => {
    const text = agreement.clauses.map((c) => c.text).join('\n');
    expect(text).not.toMatch(/newsletter|Settings|close your account|var note/);
    expect(agreement.clauses.length).toBeGreaterThan(0);
  });

  it('numbers <ol> entries by their start, type and value, nested lists included', () => {
    expect(agreement.sections.map((s) => s.path).filter(Boolean)).toEqual(['7', '7.1', '7.1(b)', '7.1(c)', '7.1(c)(i)', '7.1(c)(iv)', '7.2']);
    const notice = ask(agreement, 'How much notice do I need to give to end the terms?');
    expect(notice.value).toEqual({ days: 10 });
    expect(notice.evidence[0].section).toBe('7.2');
  });
});

/** A Word file with legal outline numbering: headings "1.", clauses "1.1", items "(a)" from numbering definitions. */
async function legalDocx(): Promise<Buffer> {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string, style?: string, ilvl?: number) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${ilvl !== undefined ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="5"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const body = [
    p('Finch Hosting Agreement', 'Title'),
    p('This Agreement is between Finch Hosting Ltd (\u201cFinch\u201d, \u201cwe\u201d) and the customer who accepts it (\u201cCustomer\u201d, \u201cyou\u201d).'),
    p('Fees', 'Heading1', 0),
    p('Customer pays all fees monthly in advance.', undefined, 1),
    p('Term and Termination', 'Heading1', 0),
    p('Either party may terminate this Agreement for convenience on sixty (60) days\u2019 written notice.', undefined, 1),
    p('Finch may terminate this Agreement immediately upon notice if Customer:', undefined, 1),
    p('fails to pay any invoice within thirty (30) days; or', undefined, 2),
    p('becomes insolvent.', undefined, 2),
    // an unnumbered paragraph between clauses: Word's counters go on after it
    p('For the purposes of this clause, a payment is made when Finch receives it.'),
    p('Finch may suspend the Services immediately and without notice if Customer\u2019s use threatens their security.', undefined, 1),
  ].join('');
  const level = (ilvl: number, fmt: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${w}><w:abstractNum w:abstractNumId="3">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2')}${level(2, 'lowerLetter', '(%3)')}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${w}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'styles', 'styles.xml')}${rel('rId2', 'numbering', 'numbering.xml')}</Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${w}><w:body>${body}</w:body></w:document>`);
  zip.file('word/styles.xml', styles);
  zip.file('word/numbering.xml', numbering);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('Word', () => {
  it('recovers automatic numbering from the numbering definitions: headings, 2.2, (a) and (b), and 2.3 after an unnumbered paragraph', async () => {
    const file = join(tmp, 'legal.docx');
    writeFileSync(file, await legalDocx());
    const agreement = await readAgreement(file);
    expect(agreement.format).toBe('docx');
    expect(agreement.sections.map((s) => s.path).filter(Boolean)).toEqual(['1', '1.1', '2', '2.1', '2.2', '2.2(a)', '2.2(b)', '2.3']);
    const immediate = ask(agreement, 'Can Finch terminate immediately upon notice?');
    expect(immediate.answer).toBe('yes');
    expect(immediate.evidence[0].section).toBe('2.2');
    expect(immediate.conditions).toHaveLength(2);
    const convenience = ask(agreement, 'How much notice is needed to terminate for convenience?');
    expect(convenience.value).toEqual({ days: 60 });
    expect(convenience.evidence[0].section).toBe('2.1');
  });
});

describe('PDF', () => {
  it('drops running headers, footers and page numbers that repeat at the pages\u2019 edges', () => {
    const body = [['1. Fees', 'You pay monthly.'], ['2. Term', 'The terms last a year.'], ['3. Law', 'The laws of Ireland govern.']];
    const pages = body.map((lines, n) => ['Kestrel Terms \u2013 version 4', ...lines, `Page ${n + 1} of 3`]);
    expect(dropRunning(pages)).toEqual(body);
    // a lone page keeps its lines but not its bare page number
    expect(dropRunning([['Kestrel Terms', 'We may end these terms.', '1']])).toEqual([['Kestrel Terms', 'We may end these terms.']]);
  });

  it('joins hard-wrapped lines, undoes hyphenation, and starts a paragraph at each numbered line', () => {
    const text = reflow([
      '3. Termination',
      '3.1 Either party may terminate these terms on thirty (30) days\u2019 written no-',
      'tice to the other party, and the notice period runs from the day the notice',
      'arrives.',
      '3.2 We may suspend your account within',
      '(10) days of a failed payment.',
    ]);
    expect(text.split('\n\n')).toEqual([
      '3. Termination',
      '3.1 Either party may terminate these terms on thirty (30) days\u2019 written notice to the other party, and the notice period runs from the day the notice arrives.',
      '3.2 We may suspend your account within (10) days of a failed payment.',
    ]);
  });

  it('rebuilds list nesting that only indentation shows, from where each numbered line\u2019s text starts', () => {
    const line = (x: number, label: string, text: string) => [
      { str: '', x, hasEOL: true }, { str: label, x }, { str: ' ', x: x + 9 }, { str: text, x: x + 12 },
    ];
    const items = [
      ...line(52, '7.', 'Termination'),
      ...line(82, '1.', 'Either party may end these terms on notice.'),
      ...line(82, '2.', 'We may end these terms immediately if:'),
      ...line(112, '1.', 'you breach them; or'),
      ...line(112, '2.', 'you become insolvent.'),
      // a right-aligned "10." starts further left, but its text lines up with "7."
      ...line(46, '10.', 'Law'),
    ];
    expect(pdfPages([items]).split('\n\n')).toEqual([
      '7. Termination', '   1. Either party may end these terms on notice.', '   2. We may end these terms immediately if:',
      '      1. you breach them; or', '      2. you become insolvent.', '10. Law',
    ]);
    // numbered lines at one indent are left as they are
    const flat = [...line(52, '1.', 'We may end these terms on notice.'), ...line(52, '2.', 'These terms are governed by the laws of Ireland.')];
    expect(pdfPages([flat])).toBe('1. We may end these terms on notice.\n\n2. These terms are governed by the laws of Ireland.');
  });

  it('keeps an enumeration inside a sentence whole when a line break meets its "(A)"', () => {
    const text = pdfPages(['5.2 We may terminate this agreement immediately upon notice to you in these cases:\n(A) for cause under Section 6; (B) if a partner we rely on ends its service; or\n(C) to comply with the law.']);
    expect(text.split('\n\n')).toHaveLength(1);
  });
});

describe('companions read with --with', () => {
  it('take their format from their own extension, whatever the main file\u2019s format', async () => {
    const main = join(tmp, 'terms.txt');
    const policy = join(tmp, 'policy.html');
    writeFileSync(main, '# Plover Terms\n\n1. You must follow the Acceptable Use Policy.\n');
    writeFileSync(policy, '<h1>Acceptable Use Policy</h1><nav>We may terminate anything.</nav><p>1.1 We may suspend your account immediately if you send spam.</p>');
    const agreement = await readAgreement([main, policy], { format: 'markdown' });
    const fromPolicy = agreement.clauses.filter((c) => c.source === policy);
    expect(fromPolicy.map((c) => c.text)).toEqual(['We may suspend your account immediately if you send spam.']);
  });
});
