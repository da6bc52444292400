/** Bad input gets a TosClausesError with a stable code, never a crash or a silent empty result. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, parseAgreement, readAgreement, ask, TosClausesError, EXIT_CODES } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tos-clauses-errors-'));
const file = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TosClausesError);
    return (error as TosClausesError).code;
  }
  throw new Error('expected an error');
}

describe('reading bad input', () => {
  it('a missing file is NOT_FOUND', async () => expect(await codeOf(readAgreement(join(dir, 'missing.md')))).toBe('NOT_FOUND'));
  it('a directory is NOT_FOUND', async () => {
    mkdirSync(join(dir, 'folder.md'));
    expect(await codeOf(readAgreement(join(dir, 'folder.md')))).toBe('NOT_FOUND');
  });
  it('an empty file is EMPTY', async () => expect(await codeOf(readAgreement(file('empty.md', '')))).toBe('EMPTY'));
  it('a file of white space is EMPTY', async () => expect(await codeOf(readAgreement(file('blank.md', ' \n\t\n')))).toBe('EMPTY'));
  it('binary data is BINARY', async () => expect(await codeOf(readAgreement(file('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))))).toBe('BINARY'));
  it('Latin-1 text is ENCODING', async () => expect(await codeOf(readAgreement(file('latin1.txt', new Uint8Array([0x54, 0x65, 0x72, 0x6d, 0x73, 0x20, 0xe9, 0x74, 0xe9]))))).toBe('ENCODING'));
  it('a PDF named .md is UNKNOWN_FORMAT, with a hint', async () => {
    const path = file('terms.md', '%PDF-1.7\n%âãÏÓ\n');
    await expect(readAgreement(path)).rejects.toThrow(/this is a PDF; name it \.pdf/);
  });
  it('a PDF without a text layer is EMPTY, with a hint', async () => {
    const path = file('scan.pdf', readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pdf-terms', 'no-text.pdf.bin')));
    await expect(readAgreement(path)).rejects.toThrow(expect.objectContaining({ code: 'EMPTY', message: expect.stringMatching(/no text layer/) }));
  });
  it('a broken PDF is ENCODING, not a crash', async () => expect(await codeOf(readAgreement(file('broken.pdf', '%PDF-1.4 not really')))).toBe('ENCODING'));
  it('PDF text is read from its text layer', async () => {
    const agreement = await readAgreement(join(import.meta.dirname, '..', 'fixtures', 'pdf-terms', 'agreement.pdf'));
    expect(agreement.format).toBe('pdf');
    expect(agreement.clauses.map((c) => c.type)).toContain('termination');
  });
  it('parseAgreement points PDF and Word to readAgreement', () => expect(() => parseAgreement('x', { format: 'pdf' })).toThrow(/use readAgreement/));
  it('an unknown extension is UNKNOWN_FORMAT', async () => expect(await codeOf(readAgreement(file('terms.rtf', '{\\rtf1 Terms}')))).toBe('UNKNOWN_FORMAT'));
  it('HTML is read through rehype, with offsets into the HTML', async () => {
    const html = '<h2>5. Termination</h2><p>We may terminate this agreement at any time &amp; without notice.</p>';
    const agreement = await readAgreement(file('terms.html', html));
    expect(agreement.format).toBe('html');
    const clause = agreement.clauses.find((c) => c.type === 'termination')!;
    expect(clause.section).toBe('5');
    expect(clause.text).toBe('We may terminate this agreement at any time & without notice.');
    expect(html.slice(clause.span.start.offset, clause.span.start.offset + 6)).toBe('We may');
  });
  it('a file over the size limit is TOO_LARGE', async () => expect(await codeOf(readAgreement(file('big.md', 'x'.repeat(2048)), { maxBytes: 1024 }))).toBe('TOO_LARGE'));
  it('a byte-order mark is dropped', () => expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]))).toBe('Hi'));
  it('--format overrides the extension', async () => {
    const agreement = await readAgreement(file('terms.data', 'We may terminate this agreement at any time.'), { format: 'text' });
    expect(agreement.format).toBe('text');
  });
});

describe('parsing and asking with bad input', () => {
  it('parseAgreement rejects blank text', () => expect(() => parseAgreement('   ')).toThrow(TosClausesError));
  it('parseAgreement rejects an unknown format', () => expect(() => parseAgreement('Terms', { format: 'rtf' as 'text' })).toThrow(/unknown format/));
  const agreement = parseAgreement('## 1. Termination\n\nWe may terminate this agreement at any time.');
  it('an empty question is BAD_QUESTION', () => expect(() => ask(agreement, '  ')).toThrow(expect.objectContaining({ code: 'BAD_QUESTION' })));
  it('an oversized question is BAD_QUESTION', () => expect(() => ask(agreement, 'why '.repeat(1000))).toThrow(expect.objectContaining({ code: 'BAD_QUESTION' })));
  it('a question it cannot read is not-understood, with no evidence', () => {
    expect(ask(agreement, 'Is the sky blue?')).toEqual({ question: 'Is the sky blue?', answer: 'not-understood', evidence: [] });
  });
  it('every error code has a distinct non-zero exit code, except the two encoding faults', () => {
    for (const code of Object.values(EXIT_CODES)) expect(code).toBeGreaterThan(1);
    expect(EXIT_CODES.BINARY).toBe(EXIT_CODES.ENCODING);
  });
});
