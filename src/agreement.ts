/**
 * The pipeline in one place: text → mdast → sections → provisions → clauses. Each stage is a pure
 * function of the previous stage's value.
 */
import type { Agreement, Clause, Format, ModificationClause, TermsClause, TerminationClause } from './schema/index.js';
import { toMdast, makeLocator } from './parse/index.js';
import { structure } from './structure/index.js';
import { segment, type Provision } from './segment/index.js';
import { findParties } from './annotate/parties.js';
import { classifyTermination, findDefinitions, noticeFollowUp, resolveTrigger, resolveListed, type ClassifyContext } from './classify/termination.js';
import { classifyContentDuties, classifyContentRemoval } from './classify/content.js';
import { classifyAcceptanceByUse, classifyModification, noticeBy } from './classify/modification.js';
import { classifyDisputes } from './classify/disputes.js';
import { classifyLiability } from './classify/liability.js';
import { classifyCommercial } from './classify/commercial.js';
import { readNotice } from './annotate/facts.js';
import { findDurations, toDuration } from './annotate/durations.js';
import { checkFormat, decode, extractText, formatFromPath, readBytes, readText } from './read/index.js';
import { TosClausesError } from './errors.js';

/** Options of {@link parseAgreement}. */
export interface ParseOptions {
  /** `markdown` (default), `text` or `html`. Plain text is read with the Markdown parser: it is Markdown without markup. */
  format?: Format | 'md' | 'txt';
}

/** Cheap test for a provision worth classifying: the expensive readers run only on these. */
const CANDIDATE = /terminat|suspen|cancel|clos(?:e|ing) (?:\w+ )*(?:accounts?|memberships?|subscriptions?|plans?)|revok|withdraw|freez|frozen|lock|disabl|deactivat|block|cut(?:s|ting)? off|\bban|discontinu|\bend (?:this|these|the|your|its|their|an|any|customer|user)|delet\w* (?:\w+ )*accounts?|lose (?:\w+ )*accounts?|notice|warn|notify|reach out/i;

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
  const parties = findParties(provisions.slice(0, 400).map((p) => p.text), sections.find((s) => s.heading)?.heading);
  let n = 0;
  const ctx: ClassifyContext = {
    parties,
    span: (start, end) => ({ start: locate(start), end: locate(Math.max(start, end)) }),
    nextId: () => `c${++n}`,
  };
  const definitions = findDefinitions(provisions);
  let lastChange: Array<ModificationClause | TermsClause> = [];
  let lastChangeAt: Provision | undefined;
  let lastDataAt: Provision | undefined;
  let lastData: TermsClause | undefined;
  const clauses: Clause[] = [];
  // a right and the sentences after it in the same section: a later one may promise notice for it
  let previous: TerminationClause[] = [];
  let previousAt: Provision | undefined;
  let gap = 0;
  let prior: Provision | undefined;
  for (const p of provisions) {
    // "After that export window, we will delete …": a sentence after a data-after-termination one continues it
    const before = prior && prior.section === p.section && prior.heading === p.heading ? prior.text : '';
    prior = p;
    const others = otherClauses(p, ctx, lastDataAt !== undefined && lastDataAt.heading === p.heading, before);
    // "At the end of that period we delete …": the period is the export window of the sentence before
    for (const c of others) {
      if (c.type !== 'data-after-termination' || c.deletion || !lastData?.retrieval || lastDataAt?.heading !== p.heading) continue;
      if (/\b(?:end|expiry|expiration|close) of (?:that|this|such|the) (?:\w+ )?(?:period|window)\b|\bafter (?:that|this|such) (?:\w+ )?(?:period|window)\b/i.test(p.text)) c.deletion = lastData.retrieval;
    }
    lastData = (others.find((c) => c.type === 'data-after-termination') as TermsClause | undefined) ?? (lastDataAt?.heading === p.heading ? lastData : undefined);
    lastDataAt = others.some((c) => c.type === 'data-after-termination') ? p : lastDataAt && lastDataAt.heading === p.heading ? lastDataAt : undefined;
    clauses.push(...others);
    // "We may change our prices. If we do so, we will give at least 30 days' notice": the notice
    // sentence refines the change before it
    const changes = others.filter((c): c is ModificationClause | TermsClause => c.type === 'fee-change' || c.type === 'modification');
    if (changes.length) { lastChange = changes; lastChangeAt = p; }
    else if (lastChange.length && lastChangeAt && lastChangeAt.section === p.section && lastChangeAt.heading === p.heading && NOTICE_FOLLOW_UP.test(p.text)) {
      // "For material changes we will give thirty days' notice; all other changes are effective immediately":
      // each part gives the change its own notice
      const parts = p.text.split(/;\s*|,\s*(?:but|while|whereas)\s+/);
      for (const part of parts.length > 1 && parts.every((t) => NOTICE_FOLLOW_UP.test(t) || readNotice(t).notice.kind !== 'unspecified') ? parts : [p.text]) {
        const facts = readNotice(part);
        // "we'll post an announcement at least seven days before it applies": a period before the change is its notice
        // "… enter into force fifteen (15) days after publication": the delay after notice is the notice
        const before = findDurations(part).find((d) => /^\s*(?:\w+\s+)?(?:before|prior to|in advance|after (?:their |its |the )?(?:publication|posting|being (?:posted|published)|they are (?:posted|published)|notice|notification))\b/i.test(part.slice(d.end, d.end + 40)));
        if (!facts.notice.period && before) facts.notice = { kind: 'advance', period: toDuration(before) };
        if (facts.notice.period || (parts.length > 1 && facts.notice.kind === 'immediate')) {
          for (const c of lastChange) {
            const clause = { ...c, id: ctx.nextId(), text: p.text, span: ctx.span(p.offs[0], p.offs[p.offs.length - 1] + 1), notice: facts.notice } as Clause;
            if (clause.type === 'modification') clause.noticeBy = [...new Set([...clause.noticeBy, ...noticeBy(part)])];
            clauses.push(clause);
          }
        }
      }
      lastChange = [];
    }
    // the same section, or the next numbered paragraph under the same heading ("11.1" then "11.2")
    const parent = (s: string) => s.replace(/(?:\.[^.(]+|\([^)]*\))$/, '');
    const sameSection = previousAt !== undefined && previousAt.heading === p.heading && (previousAt.section === p.section || (p.section !== '' && parent(previousAt.section) === parent(p.section)));
    if (!sameSection || ++gap > 2) previous = [];
    if (!CANDIDATE.test(p.text)) continue;
    const found = classifyTermination(p, ctx).map((c) => resolveListed(resolveTrigger(c, definitions, ctx), provisions, ctx));
    if (found.length) {
      clauses.push(...found);
      previous = found;
      previousAt = p;
      gap = 0;
      continue;
    }
    if (previous.length) {
      const refined = noticeFollowUp(p, previous, ctx);
      clauses.push(...refined);
      if (refined.length) previous = [];
    }
  }
  const tree = sections.map((s) => ({ path: s.path, heading: s.heading, span: ctx.span(s.start, s.end) }));
  for (const c of clauses) {
    const refs = crossReferences(c.text, tree);
    if (refs.length) c.references = refs;
  }
  return { version: 1, format, parties, sections: tree, clauses };
}

const NOTICE_FOLLOW_UP = /\bfor (?:any |all )?(?:material|significant|substantial|major|minor|other) (?:changes?|modifications?|updates?|amendments?)\b|\b(?:changes?|modifications?|updates?|amendments?) (?:are|is|become|becomes) effective\b|\b(?:amendments?|changes?|modifications?|updates?|revisions?)\s+(?:shall|will|become|take|enter|come)\b[^.;]{0,80}\b(?:effect|force|effective|apply)\b|\b(?:if|when|before|whenever) we (?:do (?:so|this)|make (?:such |a |any )?(?:\w+ )?(?:change|increase|update)s?)\b|\bsuch (?:changes?|increases?|modifications?)\b|\bbefore (?:the|any|a|an|such) (?:price )?(?:change|increase|update|modification|amendment)s?\b/i;

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

/** The clauses other than termination and suspension, each extractor behind a cheap word test. */
function otherClauses(p: Provision, ctx: ClassifyContext, afterEnd = false, before = ''): Clause[] {
  const out: Clause[] = [];
  const t = p.text;
  if (/\b(?:not|prohibit|forbid|refrain|restrict|banned|never|must|shall|agree|include)|n['’]t\b/i.test(t)) out.push(...classifyContentDuties(p, ctx, before));
  if (/\b(?:remov|take down|taking down|disabl|delet|refuse|block|edit|screen|unpublish|hide|restrict)/i.test(t)) out.push(...classifyContentRemoval(p, ctx));
  if (/\b(?:modif|chang|amend|updat|revis|replace|supplement)/i.test(t)) { const c = classifyModification(p, ctx); if (c) out.push(c); }
  if (/\b(?:accept|agree|consent|bound|continu)/i.test(t)) { const c = classifyAcceptanceByUse(p, ctx); if (c) out.push(c); }
  if (/\b(?:law|court|jurisdiction|venue|arbitra|class|days?|months?)/i.test(t)) out.push(...classifyDisputes(p, ctx));
  if (/liab/i.test(t)) { const c = classifyLiability(p, ctx); if (c) out.push(c); }
  if (/\b(?:renew|fee|price|pricing|rate|charge|data|content|information|files|delet|purg|eras|destroy|backup|retriev|recover|export|download|inaccessible|access|request|cancel|terminat|clos|expir)/i.test(t)) out.push(...classifyCommercial(p, ctx, afterEnd));
  return out;
}

/** Options of {@link readAgreement}. */
export interface ReadOptions extends ParseOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

/**
 * Read an agreement from a file (`.md`, `.markdown`, `.txt`) and parse it. Given several files, the
 * first is the agreement and the others companion documents (policies it names) whose clauses answer too.
 * @throws {TosClausesError} NOT_FOUND, EMPTY, BINARY, ENCODING, TOO_LARGE or UNKNOWN_FORMAT.
 */
export async function readAgreement(path: string | string[], options: ReadOptions = {}): Promise<Agreement> {
  const [main, ...companions] = Array.isArray(path) ? path : [path];
  if (main === undefined) throw new TosClausesError('USAGE', 'readAgreement needs at least one file');
  const read = async (file: string): Promise<Agreement> => {
    const format = options.format ? checkFormat(options.format) : formatFromPath(file);
    if (format !== 'pdf' && format !== 'docx') return parseAgreement(await readText(file, options.maxBytes), { format });
    // PDF and Word: their extracted text is parsed (Word as Markdown); offsets index that text
    const text = await extractText(await readBytes(file, options.maxBytes), format, file);
    return { ...parseAgreement(text, { format: format === 'docx' ? 'markdown' : 'text' }), format };
  };
  const agreement = await read(main);
  if (!companions.length) return agreement;
  // companion documents (an acceptable use policy the agreement imposes by reference): their clauses
  // answer too, each marked with the file it came from
  const extra: Clause[] = [];
  let n = agreement.clauses.length;
  const titles = new Map<string, string>();
  for (const file of companions) {
    const companion = await read(file);
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
