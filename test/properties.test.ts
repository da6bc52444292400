/**
 * Properties of the pipeline on any input (fast-check, seeded and bounded so the suite stays fast):
 * parseAgreement returns or throws a TosClausesError and nothing else; every span lies inside the text
 * with line and column consistent with its offset; a clause's text is drawn from its span; the result
 * validates against the published schema; the same input gives the same output; and `ask` on any
 * question gives an answer that validates, or a TosClausesError.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAgreement, ask, AgreementSchema, AnswerSchema, TosClausesError, type Agreement } from '../src/index.js';

/** Seeded runs: a failure names its seed and path, and replays the same way. */
const RUNS = { seed: Number(process.env.FC_SEED ?? 8), numRuns: Number(process.env.FC_RUNS ?? 120) };

/** Pieces of agreements: numbering, headings, lists, rights, durations, quotes and markup. */
const PIECES = [
  '1.', '5.2(b)(ii)', '(a)', '(iv)', 'A.1.', 'Section 4', 'Article III', '§ 7', '12)', '\n## ', '\n# Termination\n', '\n### 3. Suspension\n',
  '\n- ', '\n  - ', '\n1. ', '\n    1. ', '\n> ', '\n\n', '\n', ' ', '  ', '\t',
  'We ', 'may terminate', 'may suspend', 'may not terminate', 'this Agreement', 'your account', 'the Services', 'either party',
  'Customer', 'Acme Ltd. ("Acme", "we")', 'if you breach', 'for convenience', 'upon notice', 'immediately', 'without notice',
  'thirty (30) days', "30 days' notice", 'two (2) business days', 'within 24 hours', 'cure period', 'governed by the laws of Ireland',
  '"', '“', '”', "'", '’', '**', '*', '_', '`', '[the policy](https://example.com/p)', '<b>', '</b>', '<!-- x -->',
  '|a|b|\n|-|-|\n|c|d|\n', '---\n', '.', ',', ';', ':', '—', '-', '(', ')', 'and', 'or', 'not', 'may ', 'notice', 'x',
];

/** A sentence that may state a right: who, a modal, an action, what, and when, each drawn from a few choices. */
const sentence = fc.tuple(
  fc.constantFrom('We', 'Acme', 'You', 'Either party', 'The Customer', 'Customer'),
  fc.constantFrom('may', 'may not', 'will', 'can', 'reserves the right to', 'must not'),
  fc.constantFrom('terminate', 'suspend', 'change', 'remove', 'close', 'upload'),
  fc.constantFrom('this Agreement', 'your account', 'the Services', 'these Terms', 'content that is illegal', 'access'),
  fc.constantFrom('', ' immediately', ' upon notice', " on thirty (30) days' notice", ' for convenience', ' if you breach Section 4', ' without notice'),
).map(([who, modal, verb, what, when]) => `${who} ${modal} ${verb} ${what}${when}.`);
const agreementLike = fc.array(fc.oneof({ arbitrary: sentence, weight: 1 }, { arbitrary: fc.constantFrom(...PIECES), weight: 3 }), { maxLength: 40 })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(
  { arbitrary: agreementLike, weight: 3 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
);
const format = fc.constantFrom('markdown' as const, 'text' as const, 'html' as const);

/** Parse, or undefined for a TosClausesError; anything else thrown fails the property. */
function parse(text: string, f: 'markdown' | 'text' | 'html'): Agreement | undefined {
  try {
    return parseAgreement(text, { format: f });
  } catch (error) {
    if (error instanceof TosClausesError) return undefined;
    throw error;
  }
}

/** Every span of a result: sections, clauses, their conditions and their references. */
function spans(a: Agreement): Array<{ start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } }> {
  const out = [...a.sections.map((s) => s.span)];
  for (const c of a.clauses) {
    out.push(c.span);
    for (const k of 'conditions' in c ? c.conditions : []) if (k.span) out.push(k.span);
    for (const r of c.references ?? []) if (r.span) out.push(r.span);
  }
  return out;
}

/** The 1-based line and column of an offset, counted the slow, obvious way. */
function pointOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Are the characters of `quote` other than white space, in order, a subsequence of `source`? */
function drawnFrom(quote: string, source: string): boolean {
  let at = 0;
  for (const ch of quote.replace(/\s/g, '')) {
    at = source.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

describe('parseAgreement on any input', () => {
  it('returns a result or throws a TosClausesError, never anything else', () => {
    fc.assert(fc.property(anyText, format, (text, f) => { parse(text, f); }), RUNS);
  });

  it('puts every span inside the text, with line and column consistent with the offset', () => {
    fc.assert(fc.property(anyText, format, (text, f) => {
      const a = parse(text, f);
      if (!a) return;
      for (const s of spans(a)) {
        expect(0 <= s.start.offset && s.start.offset <= s.end.offset && s.end.offset <= text.length).toBe(true);
        expect({ line: s.start.line, column: s.start.column }).toEqual(pointOf(text, s.start.offset));
        expect({ line: s.end.line, column: s.end.column }).toEqual(pointOf(text, s.end.offset));
      }
    }), RUNS);
  });

  it("draws each clause's text from its span (markup stripped, so as a subsequence)", () => {
    let seen = 0;
    fc.assert(fc.property(agreementLike, fc.constantFrom('markdown' as const, 'text' as const), (text, f) => {
      const a = parse(text, f);
      for (const c of a?.clauses ?? []) {
        seen++;
        const source = text.slice(c.span.start.offset, c.span.end.offset);
        // known deviation (src/structure): a table row is read as "header: cell", the header taken from
        // the table's first row, outside the row's span; such a clause is checked without that prefix
        const row = source.includes('|') ? c.text.replace(/^[^:]{0,80}: /, '') : c.text;
        expect(drawnFrom(row, source), `${c.type} "${c.text}" from "${source}"`).toBe(true);
      }
    }), RUNS);
    // the generator does make clauses: the property is not vacuous
    expect(seen).toBeGreaterThan(20);
  });

  it('validates against AgreementSchema', () => {
    fc.assert(fc.property(anyText, format, (text, f) => {
      const a = parse(text, f);
      if (a) expect(AgreementSchema.safeParse(a).success).toBe(true);
    }), RUNS);
  });

  it('gives the same output for the same input', () => {
    fc.assert(fc.property(anyText, format, (text, f) => {
      expect(parse(text, f)).toEqual(parse(text, f));
    }), RUNS);
  });
});

describe('ask on any question', () => {
  const agreement = parseAgreement([
    '## 5. Termination', '', '5.1 Either party may terminate this Agreement for convenience on thirty (30) days\' written notice.',
    '', '5.2 We may suspend your account immediately upon notice if you breach Section 4.', '',
    '## 9. Law', '', 'These terms are governed by the laws of Ireland.',
  ].join('\n'));
  const words = fc.array(fc.constantFrom('can', 'they', 'I', 'terminate', 'suspend', 'my account', 'notice', 'how much', 'days', 'immediately', 'without', 'law', 'court', 'arbitration', '?', ' ', 'cure', 'breach', 'we', 'not'), { maxLength: 20 }).map((w) => w.join(' '));
  const question = fc.oneof(words, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }));

  it('answers with an Answer that validates, or throws a TosClausesError', () => {
    fc.assert(fc.property(question, (q) => {
      let answer;
      try {
        answer = ask(agreement, q);
      } catch (error) {
        if (error instanceof TosClausesError) return;
        throw error;
      }
      expect(AnswerSchema.safeParse(answer).success).toBe(true);
      for (const e of answer.evidence) expect(e.start.offset <= e.end.offset).toBe(true);
    }), RUNS);
  });
});
