/**
 * The pipeline in one place: text → mdast → sections → provisions → clauses. Each stage is a pure
 * function of the previous stage's value.
 */
import { detectLanguage } from './lexicon/language.js';
import type { Agreement, Clause, ContentDutyClause, ContentRemovalClause, Format, Scope, TermsClause, TerminationClause } from './schema/index.js';
import { categoriesOf } from './lexicon/content.js';
import { headingScope, readScope, toScope } from './frame/scope.js';
import { toMdast, makeLocator } from './parse/index.js';
import { structure } from './structure/index.js';
import { segment, type Provision } from './segment/index.js';
import { findParties } from './annotate/parties.js';
import { findAgreementNames } from './annotate/names.js';
import { classifyTermination, findDefinitions, noticeFollowUp, resolveTrigger, resolveListed, type ClassifyContext } from './classify/termination.js';
import { WATCH, allowanceIn, classifyContentDuties, continuesLeadIn, opensLeadIn, underExamplesHeading, underLeadInHeading, classifyContentRemoval, classifyLeftAlone, classifyMonitoring, findContentNames } from './classify/content.js';
import { changeFollowUp, classifyAcceptanceByUse, classifyModification } from './classify/modification.js';
import { classifyDisputes, classifyTableRow, restOfWorld } from './classify/disputes.js';
import { classifyLiabilities } from './classify/liability.js';
import { classifyCommercial, classifyRefund, continueData } from './classify/commercial.js';
import { Refinements, carryScope } from './frame/refine.js';
import { lexicon, re } from './lexicon/compose.js';
import { applyApplicability, readApplicability } from './frame/applicability.js';
import { checkFormat, decode, extractText, extractedFormat, formatFromPath, readBytes, readText } from './read/index.js';
import { TosClausesError } from './errors.js';
import { readNotice } from './annotate/facts.js';
import { BEST_EFFORT } from './lexicon/notice.js';
import { groundsFromBefore, groundsIn } from './lexicon/grounds.js';
import { findDurations, toDuration } from './annotate/durations.js';

/** Options of {@link parseAgreement}. */
export interface ParseOptions {
  /** `markdown` (default), `text` or `html`. Plain text is read with the Markdown parser: it is Markdown without markup. */
  format?: Format | 'md' | 'txt';
}

/** Cheap test for a provision worth reading for a right to end or suspend: the frame reader runs only on these. */
const CANDIDATE = re`${lexicon('right-candidate', [
  'terminat*', 'suspen*', 'cancel*', 'revok*', 'withdraw*', 'freez*', 'frozen', 'lock*', 'disabl*', 'deactivat*', 'block*',
  'cut off', 'cuts off', 'cutting off', 'ban', 'bans', 'banned', 'banning', 'discontinu*', 'notice', 'warn*', 'notify', 'reach out',
  'shut down', 'shuts down', 'close', 'closes', 'closed', 'closing', 'end', 'ends', 'ended', 'ending', 'delet*', 'lose', 'disconnect*',
  'restrict*', 'limit', 'limits', 'limiting', 'hold', 'holds', 'cease', 'ceases', 'stop providing', 'stop offering', 'stop selling', 'prevent you', 'prevent users',
])}`;

/**
 * Parse an agreement's text into its typed, cited clauses. Synchronous and pure.
 * @throws {TosClausesError} UNKNOWN_FORMAT for a format it does not read, EMPTY for blank text.
 */
export function parseAgreement(text: string, options: ParseOptions = {}): Agreement {
  const format = checkFormat(options.format ?? 'markdown');
  if (format === 'pdf' || format === 'docx') {
    throw new TosClausesError('UNKNOWN_FORMAT', `${format.toUpperCase()} is read from the file: use readAgreement (async), which extracts its text`);
  }
  if (typeof text !== 'string') throw new TosClausesError('EMPTY', 'parseAgreement expects the text of an agreement as a string');
  if (text.trim() === '') throw new TosClausesError('EMPTY', 'the agreement is empty');
  const locate = makeLocator(text);
  const { blocks, sections } = structure(toMdast(text, format), text);
  const provisions = segment(blocks);
  const head = provisions.slice(0, 400).map((p) => p.text);
  const parties = findParties(head, sections.find((s) => s.heading)?.heading);
  let n = 0;
  const ctx: ClassifyContext = {
    parties,
    selfNames: findAgreementNames(head),
    contentNames: findContentNames(provisions.map((p) => p.text)),
    span: (start, end) => ({ start: locate(start), end: locate(Math.max(start, end)) }),
    nextId: () => `c${++n}`,
  };
  const definitions = findDefinitions(provisions);
  const clauses: Clause[] = [];
  const follow = new Refinements();
  let lastData: { clause: TermsClause; at: Provision } | undefined;
  let prior: Provision | undefined;
  let header: { scope: Scope; at: Provision } | undefined;
  let lastScoped: { clauses: Clause[]; at: Provision } | undefined;
  // "Before taking action as described below, we'll provide you with advance notice when reasonably possible":
  // the notice of the rights that follow under the same heading
  let ahead: { notice: TerminationClause['notice']; headings: string[] } | undefined;
  // the headings of a prohibiting lead-in whose items stand in the sub-sections below it
  let leadIn: string[] | undefined;
  let prohibiting: string[] | undefined;
  for (const p of provisions) {
    // the sentence before, in the same section: a list may continue its prohibition ("These activities include:")
    const before = prior && prior.section === p.section && prior.heading === p.heading ? prior.text : '';
    prior = p;
    // "For EU and UK Subscribers:": a line that names only a scope sets it for the provisions after it, in its section
    if (header && (header.at.heading !== p.heading || header.at.section !== p.section)) header = undefined;
    const opens = SCOPE_HEADER.test(p.text) ? readScope(p.text) : undefined;
    if (opens) { header = { scope: toScope(opens), at: p }; continue; }
    if (lastData && lastData.at.heading !== p.heading) lastData = undefined;
    // "… for any of the following purposes:" over sub-sections ("### Illegal Content", "Uploading … content
    // that violates …"): each sub-section's acts are items of the prohibition
    if (leadIn && !(p.headings.length > leadIn.length && leadIn.every((h, k) => p.headings[k] === h))) leadIn = undefined;
    const example = underExamplesHeading(p, prohibiting);
    const others = otherClauses(p, ctx, lastData !== undefined, before, (leadIn !== undefined && continuesLeadIn(p)) || underLeadInHeading(p, ctx) || example);
    if (opensLeadIn(p, others)) leadIn = p.headings;
    // the headings of the last prohibition outside a heading of examples: "**This includes:**" below it lists its items
    if (others.some((c) => c.type === 'content-duty' && c.modality === 'must-not') && !example) prohibiting = p.headings;
    else if (prohibiting && !prohibiting.every((h, k) => p.headings[k] === h)) prohibiting = undefined;
    // "At the end of that period we delete …": the period is the export window of the sentence before
    if (lastData) continueData(p, others, lastData.clause);
    const data = others.find((c): c is TermsClause => c.type === 'data-after-termination');
    if (data) lastData = { clause: data, at: p };
    const rights = CANDIDATE.test(p.text) ? classifyTermination(p, ctx).map((c) => resolveListed(resolveTrigger(c, definitions, ctx), provisions, ctx)) : [];
    // "If the content violates our policies … If it does, we'll …": a condition that points back takes the causes before it
    for (const c of rights) if (!c.grounds.length) c.grounds = groundsFromBefore(p.text, before);
    if (ahead && !ahead.headings.every((h, k) => p.headings[k] === h)) ahead = undefined;
    if (ahead) for (const c of rights) if (c.by === 'provider' && c.notice.kind === 'unspecified' && !c.notice.immediate) c.notice = { ...ahead.notice };
    if (!rights.length && FORWARD_NOTICE.test(p.text)) {
      const told = readNotice(p.text).notice;
      const best = WHEN_POSSIBLE.test(p.text) ? { bestEffort: true } : {};
      if (told.kind === 'advance' || told.kind === 'reasonable') ahead = { notice: { ...told, ...best }, headings: p.headings };
      else if (told.required || NOTICE_WORD.test(p.text)) ahead = { notice: { kind: 'advance', ...best }, headings: p.headings };
    }
    if (header) for (const c of [...others, ...rights]) if (!c.scope) c.scope = header.scope;
    // a heading that names whom its text is for ("For business users and organisations only", "Users in the
    // EU") scopes every clause under it, of whatever type (a heading naming a plan, "Paid Plans", is a topic)
    const underScope = others.some((c) => !c.scope) ? headingScope(p.headings) : undefined;
    if (underScope && (underScope.customer || underScope.regions)) for (const c of others) if (!c.scope) c.scope = underScope;
    // the sentence after a scoped law or venue, restating it, holds for the same scope
    if (lastScoped && sameHeadingAndSection(lastScoped.at, p)) carryScope(lastScoped.clauses, others, p.text);
    const scopedValues = others.filter((c) => c.scope && (c.type === 'governing-law' || c.type === 'jurisdiction'));
    lastScoped = scopedValues.length ? { clauses: scopedValues, at: p } : undefined;
    clauses.push(...others, ...rights);
    const changes = others.filter((c) => c.type === 'fee-change' || c.type === 'modification');
    // a provision without a right or change of its own may refine the ones just before it
    clauses.push(...follow.step(p, new Set([...(changes.length ? ['change'] : []), ...(rights.length ? ['right'] : [])])));
    if (changes.length) follow.offer({ kind: 'change', clauses: changes, at: p, reach: 3, keepOpen: true, near: sameHeadingAndSection, refine: (q, cs) => changeFollowUp(q, cs, ctx) });
    // open for two sentences, each of which may refine it ("Reasons for closing … include: …" then "In most cases we will give 30 days' notice")
    if (rights.length) follow.offer({ kind: 'right', clauses: rights, at: p, reach: 2, keepOpen: true, refine: (q, cs) => (CANDIDATE.test(q.text) ? noticeFollowUp(q, cs as TerminationClause[], ctx) : []) });
    // "… we reserve the right to take down that content. Examples include …": the examples name the kinds removed
    const removals = others.filter((c): c is ContentRemovalClause => c.type === 'content-removal');
    // "Activity includes accessing the product at least once every 2 years. We may take action on inactive accounts,
    // which may include deleting your content": the period of inactivity is the one the sentence before requires
    for (const c of removals) {
      if (!groundsIn(c.text).includes('inactivity') || findDurations(c.text).length) continue;
      const d = findDurations(before)[0];
      if (d) c.after = toDuration(d);
    }
    if (removals.length) follow.offer({ kind: 'removal', clauses: removals, at: p, reach: 1, refine: (q, cs) => { addExamples(q, cs as ContentRemovalClause[]); return []; } });
  }
  restOfWorld(clauses);
  allowances(provisions, clauses);
  // "If you are a consumer in the EEA, Section 11 doesn't apply to you": the clauses it names get a scoped variant
  const rules = provisions.map(readApplicability).filter((r): r is NonNullable<typeof r> => r !== undefined);
  if (rules.length) {
    const cite = (q: Provision) => ({ id: ctx.nextId(), section: q.section, heading: q.heading, headings: q.headings, text: q.text, span: ctx.span(q.offs[0], q.offs[q.offs.length - 1] + 1) });
    clauses.splice(0, clauses.length, ...applyApplicability(clauses, rules, cite));
  }
  // the document's own title names who the whole document is for: that is no variant ("Terms of use for your personal account")
  const title = sections.find((s) => s.heading)?.heading;
  for (const c of clauses) if (c.scope && title && c.scope.text === title) delete c.scope;
  const tree = sections.map((s) => ({ path: s.path, heading: s.heading, span: ctx.span(s.start, s.end) }));
  for (const c of clauses) {
    const refs = crossReferences(c.text, tree);
    if (refs.length) c.references = refs;
  }
  // a text in another language is read as it is (its structure and numbering), and marked
  const language = detectLanguage(text);
  return { version: 1, format, parties, sections: tree, clauses, ...(language && language !== 'en' ? { language } : {}) };
}

const sameHeadingAndSection = (a: Provision, b: Provision) => a.section === b.section && a.heading === b.heading;

/**
 * "Do not distribute sexually explicit material … We allow nudity for educational purposes": what the
 * provider allows, beside its prohibitions under the same heading (or in a part of that heading's section),
 * is an exception to each of them.
 */
function allowances(provisions: readonly Provision[], clauses: Clause[]): void {
  const place = (x: { section: string; headings: readonly string[] }) => `${x.section}\u0000${x.headings.join('\u0000')}`;
  const duties = new Map<string, ContentDutyClause[]>();
  for (const c of clauses) if (c.type === 'content-duty' && c.modality === 'must-not') duties.set(place(c), [...(duties.get(place(c)) ?? []), c]);
  if (!duties.size) return;
  for (const p of provisions) {
    // (or one level up: "**This includes:**" under "Sexually explicit content" is a part of that heading's section)
    const here = duties.get(place(p)) ?? (p.headings.length > 1 ? duties.get(place({ section: p.section, headings: p.headings.slice(0, -1) })) : undefined);
    const allowed = here && allowanceIn(p.text);
    if (allowed) for (const d of here) if (!d.exceptions.includes(allowed)) d.exceptions.push(allowed);
  }
}

const SECTION_REF = /\b(?:Sections?|§|Clauses?|Articles?)\s*((?:\d+|[A-Z]|[IVXLC]+)(?:\.\d+)*(?:\([a-zA-Z0-9]{1,4}\))*)/g;
const POLICY_REF = /\b(?:the|our|its|their|any|applicable)\s+((?:[A-Z][\w-]*\s+){1,4}(?:Policy|Policies|Guidelines|Terms of Use|Terms of Service|Rules))\b/g;

/** Cross-references of a clause: "Section 6" resolved to that section; a named policy kept by name. */
function crossReferences(text: string, tree: Agreement['sections']): NonNullable<Clause['references']> {
  const out: NonNullable<Clause['references']> = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(SECTION_REF)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    const want = m[1].replace(/\./g, '.');
    const target = tree.find((s) => s.path === want) ?? tree.find((s) => s.path.endsWith('.' + want) || s.path.endsWith(want) && /^[A-Z]/.test(want));
    out.push(target ? { text: m[0], section: target.path, heading: target.heading, span: target.span } : { text: m[0] });
  }
  for (const m of text.matchAll(POLICY_REF)) {
    if (seen.has(m[1])) continue;
    seen.add(m[1]);
    out.push({ text: m[1] });
  }
  return out;
}

/** A sentence that gives examples of what the one before it covers: "Examples include …", "For example, …". */
const EXAMPLES = re`^\s{0,4}(?:examples?\s{1,4}(?:include|are)|for\s{1,4}example|such\s{1,4}as|this\s{1,4}includes)\b`;

/** The kinds of content a sentence of examples names join the grounds of the removal rights before it. */
function addExamples(p: Provision, removals: ContentRemovalClause[]): void {
  if (!EXAMPLES.test(p.text)) return;
  const kinds = categoriesOf(p.text);
  for (const c of removals) c.grounds = [...new Set([...c.grounds, ...kinds])];
}

/** A promise of notice before the actions a section goes on to describe: "Before taking action as described below, …". */
const FORWARD_NOTICE = re`\bbefore\s{1,4}(?:taking|we\s{1,4}take)\s{1,4}(?:any\s{1,4})?actions?\s{1,4}(?:as\s{1,4})?(?:described|set\s{1,4}out|listed|explained)\s{1,4}below\b`;

/** Notice named as such in a forward promise ("we'll provide you with advance notice"). */
const NOTICE_WORD = re`\b(?:advance|prior)\s{1,4}notice\b`;
/** The promise is a best effort ("when reasonably possible"), no notice every time. */
const WHEN_POSSIBLE = re`${BEST_EFFORT}`;

/** A short line that names only whom the provisions after it are for ("For EU and UK Subscribers:"). */
const SCOPE_HEADER = re`^\s{0,4}(?:for|applicable to|applies to|if you are|if you live|if you reside|where you are|only for)\b[^.;:]{0,140}:\s{0,4}$`;

// the cheap word tests that put each extractor to work
const DUTY_WORD = re`${lexicon('duty-word', ['not*', 'cannot', 'prohibit*', 'forbid*', 'refrain*', 'restrict*', 'banned', 'never', 'must', 'shall', 'agree*', 'include*', 'breach', 'violation', 'responsible', 'accountable', 'need to', 'needs to', 'have to', 'has to', 'required to', 'zero tolerance', 'zero-tolerance'])}|n['’]t\b`;
const REMOVAL_WORD = re`${lexicon('removal-word', ['remov*', 'take down', 'taking down', 'disabl*', 'delet*', 'refuse*', 'block*', 'edit*', 'screen*', 'unpublish*', 'hide', 'restrict*', 'reject*', 'omit*'])}`;
const WATCH_WORD = re`${WATCH}`;
const CHANGE_WORD = re`${lexicon('change-word', ['modif*', 'chang*', 'amend*', 'updat*', 'revis*', 'replace*', 'supplement*'])}`;
const ACCEPT_WORD = re`${lexicon('accept-word', ['accept*', 'agree*', 'consent*', 'bound', 'continu*'])}`;
const DISPUTE_WORD = re`${lexicon('dispute-word', ['law*', 'court*', 'jurisdiction*', 'venue', 'arbitra*', 'class*', 'day', 'days', 'month', 'months', 'suit', 'suits', 'proceeding', 'proceedings', 'instituted', 'litigat*', 'claim', 'claims'])}`;
const LIABILITY_WORD = /liab|compensation|\bnot\s+responsible\b/i;
const COMMERCIAL_WORD = re`${lexicon('commercial-word', [
  'renew*', 'fee*', 'price*', 'pricing', 'rate*', 'charge*', 'cost', 'discount*', 'data', 'content*', 'information', 'files', 'delet*', 'purg*', 'eras*',
  'destroy*', 'backup*', 'retriev*', 'recover*', 'export*', 'download*', 'inaccessible', 'access*', 'request*', 'cancel*',
  'terminat*', 'clos*', 'expir*', 'notes', 'stuff', 'rolling', 'roll*', 'month-to-month', 'year-to-year', 'commission*', 'tariff*',
])}`;

const REFUND_TEST = re`${lexicon('refund-test', ['refund*', 'reimburs*', 'money back', 'final'])}`;

/** The clauses other than termination and suspension, each extractor behind a cheap word test. */
function otherClauses(p: Provision, ctx: ClassifyContext, afterEnd = false, before = '', underLeadIn = false): Clause[] {
  const out: Clause[] = [];
  const t = p.text;
  if (underLeadIn || DUTY_WORD.test(t)) out.push(...classifyContentDuties(p, ctx, before, underLeadIn));
  if (REMOVAL_WORD.test(t)) out.push(...classifyContentRemoval(p, ctx, before));
  if (!out.some((c) => c.type === 'content-removal')) out.push(...classifyLeftAlone(p, ctx));
  if (WATCH_WORD.test(t)) out.push(...classifyMonitoring(p, ctx));
  if (CHANGE_WORD.test(t)) out.push(...classifyModification(p, ctx));
  if (ACCEPT_WORD.test(t)) { const c = classifyAcceptanceByUse(p, ctx); if (c) out.push(c); }
  if (p.row) out.push(...classifyTableRow(p, ctx));
  else if (DISPUTE_WORD.test(t)) out.push(...classifyDisputes(p, ctx));
  if (LIABILITY_WORD.test(t)) out.push(...classifyLiabilities(p, ctx));
  if (COMMERCIAL_WORD.test(t)) out.push(...classifyCommercial(p, ctx, afterEnd));
  if (REFUND_TEST.test(t)) out.push(...classifyRefund(p, ctx));
  return out;
}

/** Options of {@link readAgreement}. */
export interface ReadOptions extends ParseOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

/**
 * Read an agreement from a file (`.md`, `.markdown`, `.txt`, `.html`, `.docx`, `.pdf`) and parse it. Given
 * several files, the first is the agreement and the others companion documents (policies it names) whose
 * clauses answer too; `format` names the first file's format, and each companion's comes from its extension.
 * @throws {TosClausesError} NOT_FOUND, EMPTY, BINARY, ENCODING, TOO_LARGE or UNKNOWN_FORMAT.
 */
export async function readAgreement(path: string | string[], options: ReadOptions = {}): Promise<Agreement> {
  const [main, ...companions] = Array.isArray(path) ? path : [path];
  if (main === undefined) throw new TosClausesError('USAGE', 'readAgreement needs at least one file');
  // `format` names the main file's format; a companion (`--with`) takes its own from its extension
  const read = async (file: string, given: string | undefined): Promise<Agreement> => {
    const format = given ? checkFormat(given) : formatFromPath(file);
    if (format !== 'pdf' && format !== 'docx') return parseAgreement(await readText(file, options.maxBytes), { format });
    // PDF and Word: their extracted text is parsed (Word as HTML); offsets index that text
    const text = await extractText(await readBytes(file, options.maxBytes), format, file);
    return { ...parseAgreement(text, { format: extractedFormat(format) }), format };
  };
  const agreement = await read(main, options.format);
  if (!companions.length) return agreement;
  // companion documents (an acceptable use policy the agreement imposes by reference): their clauses
  // answer too, each marked with the file it came from
  const extra: Clause[] = [];
  let n = agreement.clauses.length;
  const titles = new Map<string, string>();
  for (const file of companions) {
    const companion = await read(file, undefined);
    const title = companion.sections.find((s) => s.heading)?.heading;
    if (title) titles.set(title.toLowerCase(), file);
    for (const c of companion.clauses) extra.push({ ...c, id: `c${++n}`, source: file });
  }
  // "the Acceptable Use Policy" names the companion whose title holds those words
  for (const c of agreement.clauses) {
    for (const r of c.references ?? []) {
      if (r.section) continue;
      const hit = [...titles].find(([t]) => t.includes(r.text.toLowerCase()));
      if (hit) r.document = hit[1];
    }
  }
  return { ...agreement, clauses: [...agreement.clauses, ...extra], companions };
}

/** Parse an agreement from bytes (for pipelines that hold the file in memory). */
export function parseAgreementBytes(bytes: Uint8Array, options: ReadOptions & { name?: string } = {}): Agreement {
  return parseAgreement(decode(bytes, { name: options.name, maxBytes: options.maxBytes }), { format: options.format });
}
