/**
 * The HTML report of one agreement: a self-contained page (no script, no external resource) with,
 * for each clause type, the answers to its usual questions (value, conditions, quote, section, and
 * the variants by scope), then every clause of that type with its typed fields. The clause types
 * and their fields come from the schema, so a new type or field shows up without a change here.
 */
import { ClauseSchema, type Agreement, type Answer, type Clause, type Evidence } from '../schema/index.js';
import { ask } from '../query/answer.js';
import { answerLine, citeText, clauseFields, clauseLabel, scopeText } from '../present/index.js';

/** The clause types of the schema, in its order. */
export function clauseTypes(): Array<Clause['type']> {
  return ClauseSchema.options.flatMap((o) => {
    const t = o.shape.type as unknown as { options?: string[]; values?: Set<string> };
    return (t.options ?? [...(t.values ?? [])]) as Array<Clause['type']>;
  });
}

/** The questions a report answers for each clause type (a type without any lists its clauses only). */
export const REPORT_QUESTIONS: Partial<Record<Clause['type'], string[]>> = {
  termination: [
    'Can the provider terminate the agreement for convenience?',
    'How much notice does the provider give before terminating for convenience?',
    'Can the provider terminate immediately?',
    'Is there a cure period if I breach?',
    'Can I terminate for convenience?',
  ],
  suspension: ['Can they suspend my account?', 'Can they suspend my account without notice?'],
  modification: ['Can they change the terms?', 'How much notice before they change the terms?', 'If I keep using the service after a change, do I accept it?'],
  'content-duty': ['What kinds of content am I not allowed to upload?'],
  'content-removal': ['Can they delete my content without telling me?'],
  'acceptance-by-use': ['Does using the service mean I accept the terms?'],
  'liability-limitation': ['How much is their liability capped at?'],
  'governing-law': ['Which law governs the agreement?'],
  jurisdiction: ['Which courts have jurisdiction?'],
  arbitration: ['Do disputes go to arbitration?'],
  'class-action-waiver': ['Can I join a class action?'],
  renewal: ['Does the subscription renew automatically?'],
  'fee-change': ['Can they raise the price?'],
  'data-after-termination': ['What happens to my data after termination?'],
  refund: ['If I cancel, do I get a refund?'],
};

/** What a report shows: the agreement, where it came from, and the answers by clause type. */
export interface ReportInput {
  agreement: Agreement;
  /** The file, as the reader knows it. */
  path: string;
  /** The answers shown under each clause type. */
  answers: Partial<Record<Clause['type'], Answer[]>>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const title = (type: string) => type.charAt(0).toUpperCase() + type.slice(1).replace(/-/g, ' ');

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;margin-top:2.5rem}
.meta{color:#555}nav ol{columns:2}blockquote{margin:.4rem 0 .8rem;padding:.2rem .8rem;border-left:3px solid #bbb;background:#f6f6f6}
blockquote footer{font-size:.85rem;color:#555}.q{font-weight:600;margin-bottom:0}.a{margin-top:.1rem}
.a strong{padding:0 .3rem;border-radius:3px}.yes strong{background:#d9f2d9}.no strong{background:#f8d7d7}
.not-stated strong,.not-understood strong{background:#eee}table{border-collapse:collapse;margin:.4rem 0}
td,th{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top;text-align:left}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}dt{color:#555}dd{margin:0}
.clause{border:1px solid #ddd;border-radius:4px;padding:.3rem .8rem;margin:.6rem 0}.none{color:#777}`;

function quote(e: Evidence): string {
  const where = `§ ${esc(citeText(e))}${e.source ? ` (${esc(e.source)})` : ''}, line ${e.start.line}`;
  return `<blockquote><p>“${esc(e.quote)}”</p><footer>${where}</footer></blockquote>`;
}

function answerHtml(a: Answer): string {
  const parts = [`<div class="qa"><p class="q">${esc(a.question)}</p>`, `<p class="a ${esc(a.answer)}"><strong>${esc(answerLine(a))}</strong>${a.reason ? ` <span class="reason">${esc(a.reason)}</span>` : ''}</p>`];
  if (a.conditions?.length) parts.push(`<p>Limited to:</p><ul>${a.conditions.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`);
  parts.push(...a.evidence.map(quote));
  if (a.variants?.length) {
    const rows = a.variants.map((v) => `<tr><td>${esc(scopeText(v.scope))}</td><td>${esc(answerLine(v))}</td><td>${v.evidence.map(quote).join('')}</td></tr>`).join('');
    parts.push(`<table class="variants"><caption>Variants by scope</caption><tr><th>Holds for</th><th>Answer</th><th>Quote and section</th></tr>${rows}</table>`);
  }
  parts.push('</div>');
  return parts.join('\n');
}

function clauseHtml(c: Clause): string {
  const fields = clauseFields(c).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  const where = [c.section ? `§ ${c.section}` : '', c.heading].filter(Boolean).join(' ');
  const scope = `<dt>holds for</dt><dd>${esc(scopeText(c.scope))}</dd>`;
  return `<article class="clause"><h4>${esc(where || '(untitled)')}: ${esc(clauseLabel(c))}</h4><dl>${fields}${scope}<dt>confidence</dt><dd>${c.confidence.toFixed(2)}</dd></dl>`
    + `<blockquote><p>${esc(c.text)}</p><footer>line ${c.span.start.line}${c.source ? `, ${esc(c.source)}` : ''}</footer></blockquote></article>`;
}

/** The report page of {@link ReportInput}, as one self-contained HTML document. */
export function reportHtml(input: ReportInput): string {
  const { agreement, path } = input;
  const types = clauseTypes();
  const byType = new Map(types.map((t) => [t, agreement.clauses.filter((c) => c.type === t)]));
  const name = path.split(/[\\/]/).pop() || path;
  const { provider, customer } = agreement.parties;
  const meta = `${esc(path)} · ${agreement.format} · ${agreement.sections.length} sections · ${agreement.clauses.length} clauses · provider: ${esc(provider.join(', ') || '?')} · customer: ${esc(customer.join(', ') || '?')}`;
  const nav = types.map((t) => `<li><a href="#${t}">${esc(title(t))}</a> (${byType.get(t)!.length})</li>`).join('');
  const sections = types.map((t) => {
    const clauses = byType.get(t)!;
    const answers = input.answers[t] ?? [];
    const body = [
      answers.length ? `<h3>Answers</h3>${answers.map(answerHtml).join('\n')}` : '',
      clauses.length ? `<h3>Clauses</h3>${clauses.map(clauseHtml).join('\n')}` : `<p class="none">No ${esc(t)} clause found.</p>`,
    ].join('\n');
    return `<section id="${t}"><h2>${esc(title(t))}</h2>\n${body}\n</section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="tos-clauses"><title>${esc(name)}: tos-clauses report</title><style>${STYLE}</style></head>
<body><header><h1>${esc(name)}</h1><p class="meta">${meta}</p></header>
<nav><ol>${nav}</ol></nav>
<main>
${sections}
</main></body></html>
`;
}

/** The report page of an agreement, answering {@link REPORT_QUESTIONS} for each clause type. */
export function renderReport(agreement: Agreement, options: { path: string }): string {
  const answers: ReportInput['answers'] = {};
  for (const [type, questions] of Object.entries(REPORT_QUESTIONS) as Array<[Clause['type'], string[]]>) answers[type] = questions.map((q) => ask(agreement, q));
  return reportHtml({ agreement, path: options.path, answers });
}
