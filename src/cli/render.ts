/** The readable output of `ask` and `extract`: answers with their values and quotes, the clause table. */
import { LANGUAGE_NAMES } from '../lexicon/language.js';
import type { Agreement, Answer, Clause, Duration, Notice } from '../schema/index.js';
import { answerLine, citeText, questionKinds, scopeText } from '../present/index.js';

/** Wrap text at `width`, the first line after `first`, the others after `rest` (default: as wide as `first`). */
export function wrap(text: string, first: string, rest = ' '.repeat(first.length), width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  const indent = () => (lines.length ? rest : first);
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && (indent() + line + ' ' + word).length > width) { lines.push(indent() + line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent() + line);
  return lines;
}

/** The hint under a question not understood: the kinds of questions tos-clauses reads. */
export function notUnderstoodHint(): string[] {
  return wrap(`tos-clauses did not understand this question. It reads questions about ${questionKinds().join('; ')}. For example: "How much notice before they terminate for convenience?" or "Which law governs the agreement?"`, '  ');
}

/** The readable form of an answer: the answer and its value, the conditions, the variants by scope, the cited quotes. */
export function renderAnswer(answer: Answer, file: string): string {
  const lines: string[] = [answerLine(answer)];
  if (answer.answer === 'not-understood') lines.push(...notUnderstoodHint());
  // (a reason of its own, such as a text in another language, is said instead of the usual line)
  if (answer.answer === 'not-stated') lines.push(answer.reason && /reads English only/.test(answer.reason) ? `  ${answer.reason}.` : '  the agreement does not say.');
  if (answer.conditions?.length) {
    lines.push('  limited to:');
    for (const c of answer.conditions) lines.push(...wrap(c, '    - '));
  }
  const cite = (e: Answer['evidence'][number], indent: string) => {
    lines.push(`${indent}§ ${citeText(e)} (${e.source ?? file}:${e.start.line}:${e.start.column})`);
    lines.push(...wrap(`“${e.quote}”`, indent + '  '));
  };
  for (const e of answer.evidence) cite(e, '  ');
  if (answer.variants?.length) {
    lines.push('  but, by scope:');
    for (const v of answer.variants) {
      lines.push(`    - ${scopeText(v.scope)}: ${answerLine(v)}`);
      for (const e of v.evidence) cite(e, '      ');
    }
  }
  return lines.join('\n');
}

function describeNotice(n: Notice): string {
  if (n.kind === 'advance' && n.period) return `${n.period.qualifier ? n.period.qualifier + ' ' : ''}${n.period.amount} ${n.period.business ? 'business ' : ''}${n.period.unit}${n.written ? ' written' : ''}`;
  return n.kind + (n.written ? ' written' : '');
}

const span = (d?: Duration) => (d ? `${d.amount} ${d.business ? 'business ' : ''}${d.unit}` : '-');

/** One row of the extract table: who, notice, a period, and what the clause says in brief. */
function row(c: Clause): string[] {
  switch (c.type) {
    case 'termination':
    case 'suspension':
      return [(c.negated ? 'no-' : '') + c.type, c.by, describeNotice(c.notice), span(c.cure), [c.grounds.join(',') || '-', c.conditions.length ? `${c.conditions.length} listed` : ''].filter(Boolean).join('; ')];
    case 'content-duty':
      return [c.type, c.bearer, '-', '-', `${c.modality}: ${c.categories.join(',') || '(uncategorised)'}`];
    case 'content-removal':
      return [(c.negated ? 'no-' : '') + c.type, c.by, describeNotice(c.notice), '-', c.grounds.join(',') || '-'];
    case 'modification':
      return [(c.negated ? 'no-' : '') + c.type, c.by, describeNotice(c.notice), '-', c.continuedUseIsAcceptance ? 'continued use is acceptance' : '-'];
    case 'acceptance-by-use':
      return [c.type, c.party, '-', '-', '-'];
    case 'liability-limitation':
      return [c.type, c.party, '-', '-', c.cap ? c.cap.text : '-'];
    case 'governing-law':
    case 'jurisdiction':
    case 'arbitration':
    case 'class-action-waiver':
      return [c.type, c.party, '-', span(c.periods[0]), c.value ?? '-'];
    case 'data-after-termination':
      return [c.type, c.by, '-', span(c.deletion ?? c.retrieval ?? c.periods[0]), [c.retrieval ? `retrieve within ${span(c.retrieval)}` : '', c.deletion ? `deleted within ${span(c.deletion)}` : '', c.noAccess ? 'no access' : ''].filter(Boolean).join('; ') || '-'];
    case 'refund':
      return [(c.applies ? '' : 'no-') + c.type, c.by, '-', span(c.window ?? c.periods[0]), [c.window ? `within ${span(c.window)}` : '', c.partial ? 'partial' : ''].filter(Boolean).join('; ') || '-'];
    default:
      return [(c.applies ? '' : 'no-') + c.type, c.by, describeNotice(c.notice), span(c.notice.period ?? c.periods[0]), c.type === 'renewal' ? (c.applies ? 'renews automatically' : 'does not renew') : c.applies ? 'may change' : 'fixed'];
  }
}

function renderTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

/** The readable form of `extract`: a line on the document, then a table of its clauses. */
export function renderExtract(agreement: Agreement, file: string): string {
  const { provider, customer } = agreement.parties;
  const head = `${file}: ${agreement.sections.length} sections, ${agreement.clauses.length} clauses; provider: ${provider.join(', ') || '?'}; customer: ${customer.join(', ') || '?'}`;
  const language = agreement.language ? `\nthe text is in ${LANGUAGE_NAMES[agreement.language] ?? agreement.language}: tos-clauses reads English only` : '';
  if (!agreement.clauses.length) return `${head}${language}\nno clauses found`;
  const rows = [['LINE', 'SECTION', 'TYPE', 'BY', 'NOTICE', 'PERIOD', 'DETAIL', 'HEADING']];
  for (const c of agreement.clauses) rows.push([String(c.span.start.line), c.section || '-', ...row(c), c.heading || '-']);
  return `${head}${language}\n${renderTable(rows)}`;
}
