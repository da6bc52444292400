/**
 * Answers about the clause types other than termination and suspension: content duties and
 * removal, changes to the terms, acceptance by use, law, venue, arbitration, class-action waivers,
 * liability caps, renewal, fee changes and data after termination.
 */
import type { Agreement, Answer, Clause, ContentCategory, Duration, Grounds, Intent, PeriodValue, TermsClause } from '../schema/index.js';
import { ContentCategorySchema } from '../schema/index.js';
import { governedInstrument, isArbitrationHeading } from '../classify/disputes.js';
import { CONTINUED_USE } from '../classify/modification.js';
import { PLACE_NAMES, canonicalPlace, within } from '../lexicon/scope.js';
import { lexicon, re, withFlags } from '../lexicon/compose.js';
import { TELL } from '../lexicon/notice.js';

const PLACES_G = withFlags('gi')`${PLACE_NAMES}`;
import { asksAboutPart, atOnce, distinctiveness, onNotice, overlap, periodValue, rankingTerms, askedOnlyIn, contentStems, stems, termsOf, GROUNDS_OK, PART_OF_SERVICE, type Terms } from './rank.js';
import { cite, sharedTitle, summaryPenalty } from './cite.js';
import { findDurations } from '../annotate/durations.js';
import { groundsIn, needsNoCause } from '../lexicon/grounds.js';

/** The clause type(s) whose `type` can be T (some schemas cover several types). */
type Of<T extends Clause['type']> = Clause extends infer C ? (C extends { type: infer U } ? (T extends U ? C & { type: T } : never) : never) : never;

// a clause that speaks of terms as they change: "the latest Terms", "as amended", "the new Terms"
const AFTER_CHANGE = /\b(?:chang|updat|modif|amend|revis)\w*|\b(?:latest|new|current|then-current|future) (?:version|terms|agreement)/i;

/** A change to one named part of the agreement: "changes to this arbitration agreement", "amendments to the privacy section". */
const CHANGE_NOUN = lexicon('change-noun', ['change', 'changes', 'amendment', 'amendments', 'modification', 'modifications', 'revision', 'revisions', 'update', 'updates']);
const PART_NOUN = lexicon('part-noun', ['provision', 'provisions', 'agreement', 'section', 'clause', 'policy', 'policies']);
const PART_CHANGE = re`\b${CHANGE_NOUN}\s{1,4}to\s{1,4}(?:this|these|the|that)\s{1,4}([a-z]{3,30})\s{1,4}${PART_NOUN}\b`;

/** Does a clause speak of changes to one part of the agreement that the question does not name? */
function changeToOnePart(text: string, q: Terms): boolean {
  const m = PART_CHANGE.exec(text);
  return m !== null && !contentStems(m[1]).some((w) => q.words.has(w));
}

function rank<T extends Clause>(clauses: T[], q: Terms, bonus: (c: T) => number = () => 0): T[] {
  const title = sharedTitle(clauses);
  const score = (c: T) => overlap(q, c.text + ' ' + c.headings.join(' ')) + bonus(c) + c.confidence - summaryPenalty(c, title);
  return [...clauses].sort((a, b) => score(b) - score(a));
}

function of<T extends Clause['type']>(agreement: Agreement, ...types: T[]): Array<Of<T>> {
  return agreement.clauses.filter((c): c is Of<T> => (types as string[]).includes(c.type));
}

const yes = (question: string, clauses: Clause[], value?: PeriodValue): Answer => ({ question, answer: 'yes', ...(value ? { value } : {}), evidence: clauses.map(cite) });
const no = (question: string, clauses: Clause[]): Answer => ({ question, answer: 'no', evidence: clauses.map(cite) });
const notStated = (question: string): Answer => ({ question, answer: 'not-stated', evidence: [] });

/** Yes from the clauses that state it, else no from those that deny it ("will not be resolved by arbitration"), else not stated. */
function stated<C extends Clause>(question: string, clauses: C[], q: Terms): Answer {
  const open = rank(clauses.filter((c) => !c.negated), q);
  if (open.length) return yes(question, [open[0]]);
  const denied = rank(clauses.filter((c) => c.negated), q);
  return denied.length ? no(question, [denied[0]]) : notStated(question);
}

function noticeValue(n: { kind: string; period?: Duration; immediate?: boolean }): PeriodValue | undefined {
  if (n.period) return periodValue(n.period);
  if (n.kind === 'immediate' || n.immediate) return { days: 0, immediate: true };
  return undefined;
}

function contentDuty(agreement: Agreement, intent: Intent, question: string): Answer {
  // "is X obliged to monitor my messages?": the provider's own duty, or its denial ("no duty to monitor")
  if (intent.about === 'monitoring') return stated(question, of(agreement, 'content-duty').filter((d) => d.bearer === 'provider'), rankingTerms(intent));
  // "am I responsible for what I post?", "do I have to tag it?": a duty of the customer's that names it, or a
  // prohibition of doing it without leave ("do not upload music without the owner's permission")
  if (intent.framing === 'duty') return customerDuty(agreement, question, rankingTerms(intent));
  const duties = of(agreement, 'content-duty').filter((d) => d.modality === 'must-not' && d.bearer !== 'provider');
  if (!duties.length) return notStated(question);
  const q = rankingTerms(intent);
  // The words that tell rules apart: not a word most rules share — the service's own name, "Acme Maps" in
  // "… on Acme Maps" — nor a word of the document's own title ("Acme Maps Content Policy", over every rule)
  const common = commonWords(q, duties.map((d) => d.text));
  const title = duties[0].headings[0];
  if (title !== undefined && duties.every((d) => d.headings[0] === title)) for (const w of stems(title).words) common.add(w);
  // nor words of any sharing of any content — "share", "material": "sharing copyrighted material" is not asked of
  // "do not share sexually explicit material"
  const specific = (w: string) => !GENERIC_CONTENT.has(w) && !GENERIC_ACT.has(w) && !common.has(w);
  const named: Terms = { words: new Set([...q.words].filter(specific)), pairs: new Set([...q.pairs].filter((p) => p.split(' ').every(specific))) };
  if (intent.ask === 'categories') {
    // the group of duties under one heading (at any level: "Inappropriate Content" holds its run-in titled
    // items) that the question points at; the largest when it names none. The document's title names the
    // whole document ("Acceptable Use Policy"), so its words point at no group
    const groups = new Map<string, { title: string; list: typeof duties }>();
    // the document's title: the top heading every duty stands under, with sections below it
    const top = duties[0].headings[0];
    const docTitle = top !== undefined && duties.every((d) => d.headings[0] === top) && duties.some((d) => d.headings.length > 1) ? top : undefined;
    for (const d of duties) {
      const keys = d.headings.length ? d.headings.map((h, i) => [d.headings.slice(0, i + 1).join(' › '), i === 0 && h === docTitle ? '' : h] as const) : [[d.section, ''] as const];
      // (and the duties of its own heading alone, not those of the sub-headings under it: the narrowest group of all)
      if (d.headings.length) keys.push([`${d.headings.join(' › ')} ›`, d.headings[d.headings.length - 1] === docTitle ? '' : d.headings[d.headings.length - 1]] as const);
      for (const [key, title] of keys) {
        const g = groups.get(key) ?? { title, list: [] };
        g.list.push(d);
        groups.set(key, g);
      }
    }
    let best: typeof duties = [];
    let bestScore = -Infinity;
    // (a title points at a group by what it names; "content", which every kind of content is, counts for less)
    // (nor does the service itself: "… through the service" names where, not which rules — "Use of the Services")
    const titleTerms = termsOf([...q.words].filter((w) => !GENERIC_CONTENT.has(w) && !SERVICE_WORDS.has(w)));
    // a duty the question all but quotes ("barred from storing or sharing files" → "You may not store or share
    // files …") anchors the answer: the groups that hold it, the narrowest first
    // (its own words, the service's name and the document's title aside)
    const own: Terms = { words: new Set([...q.words].filter((w) => !common.has(w))), pairs: new Set([...q.pairs].filter((p) => p.split(' ').every((w) => !common.has(w)))) };
    const quoted = duties.map((d) => ({ d, n: overlap(own, d.text) })).sort((a, b) => b.n - a.n);
    const anchor = quoted[0] && quoted[0].n >= 3 && (quoted[1]?.n ?? 0) < quoted[0].n ? quoted[0].d : undefined;
    for (const { title, list } of groups.values()) {
      if (anchor && !list.includes(anchor)) continue;
      const cats = new Set(list.flatMap((d) => d.categories));
      if (!cats.size) continue;
      // (a word for any content in a title counts only where the title names nothing the question leaves out:
      // "Prohibited content" for "what content is prohibited?", not "Printed products content")
      const generic = namesOnlyAsked(title, q) ? overlap(q, title) - overlap(titleTerms, title) : 0;
      const score = anchor ? -list.length : overlap(titleTerms, title) * 5 + generic + Math.min(cats.size, 8) * 0.5 + Math.min(list.length, 10) * 0.1;
      if (score > bestScore) { best = list; bestScore = score; }
    }
    const categories = [...new Set(best.flatMap((d) => d.categories))] as ContentCategory[];
    if (!categories.length) return notStated(question);
    // cited: the part of the group (one heading) that lists the most of them
    const parts = new Map<string, typeof duties>();
    for (const d of best) parts.set(d.heading || d.section, [...(parts.get(d.heading || d.section) ?? []), d]);
    const widest = [...parts.values()].sort((a, b) => new Set(b.flatMap((d) => d.categories)).size - new Set(a.flatMap((d) => d.categories)).size)[0];
    return { question, answer: 'yes', value: { categories }, evidence: [cite(widest[0])] };
  }
  // "Am I allowed to …?": a prohibition that names the thing asked about
  const asked = intent.categories ?? [];
  // (an exception the question all but names points at the duty it excepts: "nudity for educational purposes")
  // (the exception must name more of what is asked than the prohibition does: "footage of real violence to shock"
  // is the prohibition's case, "documentary footage of violence" the exception's)
  // (the words of the heading name what rule and exception are both about — "Sexually explicit content" — so
  // they are no case of the rule's: "is sexually explicit content banned even for educational purposes?")
  // (nor are words any rule has: "impersonating a person or organisation" is asked of the rule that says so, not of
  // an exception for "alternative names for a person or organisation")
  const ruleOnly = (d: (typeof duties)[number]) => d.exceptions.reduce((t, e) => t.replace(e, ' '), d.text);
  const ruleWords = new Set(duties.flatMap((d) => [...stems(ruleOnly(d)).words]));
  const exceptionWords = (d: (typeof duties)[number]) => Math.max(0, ...d.exceptions.map((e) => {
    const rule = d.text.replace(e, ' ');
    const own = askedOnlyIn(q, e, rule).words.filter((w) => !ruleWords.has(w)).length;
    const ruleOwn = askedOnlyIn(q, rule, `${e} ${d.heading}`).words.length;
    return own > 0 && own > ruleOwn ? overlap(q, e) : 0;
  }));
  const rare = distinctiveness(q, duties.map((d) => d.text));
  // (a word of the question that only an exception has, and no rule, names that exception: "may I use a pseudonym?"
  // of "Do not impersonate …" excepting "the use of pseudonyms")
  const onlyExcepted = (d: (typeof duties)[number]) => d.exceptions.some((e) => [...stems(e).words].some((w) => named.words.has(w) && !ruleWords.has(w)));
  const scored = duties.map((d, i) => ({ d, words: overlap(named, d.text), cats: d.categories.filter((c) => asked.includes(c)).length, excepted: onlyExcepted(d) ? Math.max(2, exceptionWords(d)) : exceptionWords(d), rare: rare[i] }));
  // a listed item of a few words ("betting, lotteries or sweepstakes") is named by one of its words
  const listed = (text: string) => text.split(/\s+/).length <= 8;
  const weight = (s: (typeof scored)[number]) => s.words + s.cats + (s.excepted >= 2 ? s.excepted : 0);
  const hit = scored.filter((s) => s.words >= 2 || (s.words >= 1 && (s.cats > 0 || listed(s.d.text))) || s.excepted >= 2).sort((a, b) => weight(b) - weight(a) || b.rare - a.rare)[0];
  if (!hit) return notStated(question);
  // "… except on dedicated servers you rent from us": asked about the excepted case, the prohibition does not hold
  const excepted = hit.excepted >= 2;
  const prohibited = !excepted;
  // "is it prohibited?" is answered yes where "may I?" is answered no
  const yesMeansProhibited = intent.framing === 'prohibition';
  return prohibited === yesMeansProhibited ? yes(question, [hit.d]) : no(question, [hit.d]);
}

/** Words of a title that say it holds rules ("Prohibited content", "Acceptable use rules"), not what they are about. */
const RULE_TITLE = new Set(contentStems('prohibited restricted acceptable unacceptable use uses rules rule policy policies guidelines standards conduct community content contents material materials user users member members customer customers'));

/** Does a title name only what the question asks, or words that say it holds rules? */
function namesOnlyAsked(title: string, q: Terms): boolean {
  return [...stems(title).words].every((w) => q.words.has(w) || RULE_TITLE.has(w));
}

/** The question's words that many of `texts` share (at least three and a third of them): they tell none apart. */
function commonWords(q: Terms, texts: readonly string[]): Set<string> {
  const sets = texts.map((t) => stems(t).words);
  return new Set([...q.words].filter((w) => {
    const n = sets.filter((s) => s.has(w)).length;
    return n >= 3 && n * 3 >= texts.length;
  }));
}

/** Words that open an exception to what is said before. */
const EXCEPTING = re`\b(?:unless|except(?:\s{1,4}(?:for|where|when|if))?|other\s{1,4}than|save\s{1,4}(?:for|where))\b`;

/** Does a clause except changes for the grounds asked about ("…, unless the changes are required by law")? */
function exceptsGrounds(text: string, grounds: NonNullable<Intent['grounds']>): boolean {
  const at = text.search(EXCEPTING);
  return at >= 0 && groundsIn(text.slice(at, at + 140)).some((g) => GROUNDS_OK[grounds].includes(g));
}

/** A clause on the fees of arbitrating. */
const ARBITRATION_FEES = re`\b(?:filing|administrative|arbitration|arbitrator['’]?s?)\s{1,4}(?:fees?|costs)\b|\bfees?\s{1,4}(?:of|for)\s{1,4}(?:the\s{1,4})?arbitrat`;
/** The provider pays or refunds them: "we will pay all filing fees", "Acme will reimburse your filing fee". */
const PROVIDER_PAYS = re`\b(?:we|us)\s{1,4}(?:will|shall|agree\s{1,4}to)\s{1,4}(?:pay|bear|cover|reimburse|advance)\b`;
/** Each side bears its own, or the customer pays: "each party shall bear its own costs", "you are responsible for your filing fees". */
const OWN_COSTS = re`\beach\s{1,4}party\s{1,4}(?:will|shall)\s{1,4}(?:bear|pay)\s{1,4}(?:its|their)\s{1,4}own\b|\byou\s{1,4}(?:will|shall|must)\s{1,4}(?:pay|bear)\b`;

/** The customer's opt-out: "you may opt out", "you can opt out", "you have the right to opt out". */
const YOU_OPT_OUT = re`\byou\s{1,4}(?:may|can|have\s{1,4}the\s{1,4}right\s{1,4}to|are\s{1,4}entitled\s{1,4}to)\s{1,4}(?:\w{1,20}\s{1,4})?opt(?:[- ]?out|\s{1,4}out)\b`;

/** Words for content of any kind, stemmed as question terms are. */
const GENERIC_CONTENT = new Set(contentStems('content contents material materials stuff things thing'));
/** Words for the service itself, stemmed as question terms are. */
const SERVICE_WORDS = new Set(contentStems('service services site sites website websites platform platforms app apps'));
/** Verbs of doing anything with content (and "without", of doing it without leave), stemmed as question terms are. */
const GENERIC_ACT = new Set(contentStems('share shares sharing post posts posting upload uploads uploading distribute distributes distributing publish publishing send sending without'));

/** A prohibition that is a duty to get leave first: "… without the owner's permission", "without their consent". */
const WITHOUT_LEAVE = /\bwithout\s+(?:\S+\s+){0,4}?(?:permission|consent|authori[sz]ation|licen[cs]e)\b/i;

/** Kinds of duty: the question's words for one, and the clause's. */
const DUTY_KINDS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:responsible|accountable)\b/i, /\b(?:responsib|accountab)/i],
  [/\b(?:permission|consent|authori[sz]ation)\b/i, /\b(?:permission|consent|authori[sz]ation|licen[cs]e)/i],
];

/** Whether the customer carries the duty asked about: the duty whose words the question shares most. */
function customerDuty(agreement: Agreement, question: string, q: Terms): Answer {
  let duties = of(agreement, 'content-duty').filter((d) => d.bearer !== 'provider' && (d.modality === 'must' || WITHOUT_LEAVE.test(d.text)));
  // the kind of duty asked about is said by the clause that answers: "am I responsible for …?" by a
  // responsibility, "do I need permission?" by a duty to get leave
  for (const [asked, said] of DUTY_KINDS) if (asked.test(question)) duties = duties.filter((d) => said.test(d.text));
  const listed = (text: string) => text.split(/\s+/).length <= 8;
  const hit = duties.map((d) => ({ d, words: overlap(q, d.text) })).filter((s) => s.words >= 2 || (s.words >= 1 && listed(s.d.text))).sort((a, b) => b.words - a.words)[0];
  return hit ? yes(question, [hit.d]) : notStated(question);
}

function removeContent(agreement: Agreement, intent: Intent, question: string): Answer {
  const q = rankingTerms(intent);
  // does a right's text or heading name the cause asked about ("if it violates the rules", "for inactivity")?
  const cause = (c: Clause) => (intent.grounds ? groundsIn(`${c.text} ${c.heading}`).some((g) => GROUNDS_OK[intent.grounds!].includes(g)) : false);
  const rights = of(agreement, 'content-removal').filter((c) => !c.negated && c.by !== 'customer' && !c.compliant);
  // asked of content that keeps to the rules: a clause that leaves it alone says no; a right that needs no
  // cause says yes; a right for breaches says nothing of it
  if (intent.compliant) {
    const left = rank(of(agreement, 'content-removal').filter((c) => c.compliant), q);
    if (left.length) return no(question, [left[0]]);
    const open = rank(rights.filter((c) => needsNoCause(c.text)), q);
    return open.length ? yes(question, [open[0]]) : notStated(question);
  }
  // "we do not remove the notes you store": no
  if (!rights.length) return stated(question, of(agreement, 'content-removal').filter((c) => c.by !== 'customer'), q);
  if (intent.notice === 'advance') {
    const warned = rank(rights.filter((c) => c.notice.kind === 'advance' || c.notice.kind === 'reasonable' || c.notice.bestEffort), q);
    return warned.length ? yes(question, [warned[0]]) : notStated(question);
  }
  if (intent.notice === 'without-notice' || intent.notice === 'immediate') {
    const fast = rank(rights.filter((c) => c.notice.kind === 'without-notice' || c.notice.kind === 'immediate'), q);
    return fast.length ? yes(question, [fast[0]]) : notStated(question);
  }
  // "What kinds of content will they remove?": the kinds the removal rights name, with their examples
  if (intent.ask === 'categories') {
    // (the right the question points at, not every removal named elsewhere among other actions)
    const named = rank(rights.filter((c) => c.grounds.length), q);
    const categories = [...new Set(named.slice(0, 1).flatMap((c) => c.grounds))].filter((g): g is ContentCategory => (ContentCategorySchema.options as readonly string[]).includes(g));
    return categories.length ? { question, answer: 'yes', value: { categories }, evidence: [cite(named[0])] } : notStated(question);
  }
  // "how long unused before they delete my saved addresses?": the period the removal clause states
  // (a right for the cause asked about first: "before they delete my content for inactivity?"; its period is in its
  // text, or, for inactivity, in the sentence before it)
  if (intent.ask === 'period') {
    const forCause = rights.filter(cause);
    for (const c of rank(forCause.length ? forCause : rights, q)) {
      const d = findDurations(c.text)[0];
      if (d) return yes(question, [c], periodValue(d));
      if (c.after) return yes(question, [c], periodValue(c.after));
    }
    return notStated(question);
  }
  // asked with no cause named, the right that needs none answers best ("we may remove your content for any reason");
  // asked for a cause ("if it violates the rules"), the right whose words or heading name it
  const open = !intent.grounds && !intent.categories?.length;
  return yes(question, [rank(rights, q, (c) => (open && needsNoCause(c.text) ? 2 : 0) + (cause(c) ? 2 : 0))[0]]);
}

/** A question about the unused part of a period: "a partial refund", "pro rata", "the unused time". */
const PARTIAL_ASK = /\bpartial\b|\bpro[- ]?rat\w{0,10}|\bunused\b|\brest of\b|\bremaining\b/i;

/**
 * Money back on ending: "how long after signing up can I cancel and still get my money back?" is the
 * window of a refund; "do I get a partial refund if I cancel mid-month?" is answered by the rule on
 * partial refunds, a denial ("we do not issue partial refunds") answering no.
 */
export function answerRefund(agreement: Agreement, intent: Intent, question: string): Answer {
  const q = rankingTerms(intent);
  const all = of(agreement, 'refund');
  const partial = PARTIAL_ASK.test(question);
  const asked = partial && all.some((c) => c.partial) ? all.filter((c) => c.partial) : all;
  if (intent.ask === 'period' || intent.ask === 'notice-period') {
    const windows = rank(asked.filter((c) => c.applies && c.window), q);
    return windows.length ? yes(question, [windows[0]], periodValue(windows[0].window!)) : notStated(question);
  }
  const found = rank(asked, q);
  if (!found.length) return notStated(question);
  return found[0].applies ? yes(question, [found[0]]) : no(question, [found[0]]);
}

/** A clause that lets the customer object to a change. */
const OBJECTS = /\b(?:object(?:s|ion|ions|ing)?|reject(?:s|ion|ing)?)\b/i;

/** Words of a change taking effect: "become effective", "take effect", "apply". */
const TAKES_EFFECT = /\b(?:effective|takes? effect|appl(?:y|ies))\b/i;

/** Words of telling someone of a change: notice, notify, inform, email, alert. */
const TELLS = re`${TELL}|\bnotices?\b|\bannounc\w{0,40}`;

function modifyTerms(agreement: Agreement, intent: Intent, question: string): Answer {
  const q = rankingTerms(intent);
  const all = of(agreement, 'modification');
  const open = all.filter((c) => !c.negated);
  // objecting to a change: only a clause that offers it answers (its window is not read: a period is not stated)
  if (intent.about === 'objection') {
    const offers = rank(open.filter((c) => OBJECTS.test(c.text)), q);
    if (!offers.length) return notStated(question);
    if (intent.ask === 'whether') return yes(question, [offers[0]]);
    // "how long do we have to object?": the window written after the objection ("within 30 days after notice")
    for (const c of offers) {
      const at = c.text.search(OBJECTS);
      const window = findDurations(c.text).find((d) => d.start > at && d.start - at < 120);
      if (window) return yes(question, [c], periodValue(window));
    }
    return notStated(question);
  }
  if (intent.ask === 'value' || intent.about === 'channel') {
    // the ways notice of a change is given ("email, posting"), from the clause that names the most
    const told = rank(open.filter((c) => c.noticeBy.length), q, (c) => c.noticeBy.length);
    return told.length ? yes(question, [told[0]], { text: told[0].noticeBy.join(', ') }) : notStated(question);
  }
  if (intent.ask === 'notice-period') {
    // the general rule (a period) answers before an exception that takes effect at once
    const timed = rank(open.filter((c) => noticeValue(c.notice)), q);
    // … unless the question names the changes an exception is for ("changes for legal reasons apply at once")
    const named = intent.grounds && intent.grounds !== 'any' ? timed.find((c) => groundsIn(c.text).includes(intent.grounds as Grounds)) : undefined;
    const best = named ?? timed.find((c) => c.notice.period) ?? timed[0];
    if (!best) return notStated(question);
    return yes(question, [best], noticeValue(best.notice));
  }
  if (intent.notice === 'immediate' || intent.notice === 'without-notice') {
    const fast = rank(open.filter((c) => atOnce(c.notice)), q);
    // "changes take effect 30 days after posting, except those required by law, which apply at once": only the
    // exception is immediate, the rule is not
    const rule = rank(open.filter((c) => !c.variantOf && c.notice.period && !atOnce(c.notice)), q)[0];
    // (unless the question names what an exception names: "a change made for legal reasons")
    if (rule && fast.length && fast.every((c) => c.variantOf && !c.scope && !askedOnlyIn(q, c.text, rule.text).words.length)) return { ...no(question, [rule]), reason: 'only the exceptions take effect at once; the rule waits for its notice period' };
    if (fast.length) return yes(question, [fast[0]]);
    // "changes become effective 30 days after they are posted", and nothing takes effect at once: no
    // (not where the question names changes of a kind: the rule's exceptions may stand elsewhere)
    const delayed = intent.grounds ? [] : rank(open.filter((c) => c.notice.period && TAKES_EFFECT.test(c.text)), q);
    return delayed.length ? { ...no(question, [delayed[0]]), reason: 'changes take effect only after the period the clause sets' } : notStated(question);
  }
  if (intent.notice === 'advance') {
    // a channel of notice warns in advance unless the change takes effect as it is posted ("effective immediately when we post them")
    const promised = (c: Of<'modification'>) => c.notice.kind === 'advance' || c.notice.kind === 'reasonable' || !!c.notice.period;
    // "may amend this Agreement at any time by posting the revised Agreement": the posting is the change
    // itself, no word of telling before it; it takes effect as posted
    const byPosting = (c: Of<'modification'>) => !promised(c) && c.noticeBy.every((b) => b === 'posting') && !TELLS.test(c.text);
    const warned = rank(open.filter((c) => promised(c) || (c.noticeBy.length && !byPosting(c) && c.notice.kind !== 'immediate' && !c.notice.immediate)), q);
    // "may modify these Terms at any time and without prior notice", where other clauses only say how changes are made known: no
    const unwarned = rank(open.filter((c) => c.notice.kind === 'without-notice'), q);
    if (unwarned.length && !warned.some(promised)) return { ...no(question, [unwarned[0]]), reason: 'the terms may change without prior notice; other clauses only say how changes are made known' };
    // "at least 30 days before we make changes …, unless the changes are required by law": asked of the excepted
    // changes, the promise does not hold
    if (warned.length && intent.grounds && intent.grounds !== 'any' && exceptsGrounds(warned[0].text, intent.grounds)) return { ...no(question, [warned[0]]), reason: 'the promise of notice excepts changes of that kind' };
    if (warned.length) return yes(question, [warned[0]]);
    // "changes are effective when we post them", and no word of notice anywhere: none in advance
    const posted = rank(open.filter((c) => atOnce(c.notice) || (c.noticeBy.length > 0 && byPosting(c))), q);
    if (posted.length) return { ...no(question, [posted[0]]), reason: 'changes take effect when made or posted, and no clause promises notice before' };
    return notStated(question);
  }
  // "on its own": a rule that changes need both parties answers no
  const mutual = all.filter((c) => c.negated);
  if (mutual.length && intent.unilateral) return no(question, [rank(mutual, q)[0]]);
  if (open.length) {
    const best = rank(open, q)[0];
    // "no modifications will apply to a dispute that arose before": a denial that speaks to more of what is
    // asked than any right to change does answers it
    const denied = rank(all.filter((c) => c.negated), q)[0];
    if (denied && overlap(q, denied.text) > overlap(q, best.text) && askedOnlyIn(q, denied.text, best.text).words.length >= 2) return no(question, [denied]);
    return yes(question, [best]);
  }
  if (all.length) return no(question, [rank(all, q)[0]]);
  return notStated(question);
}

/** The world regions that clauses depending on where the customer is name ("if Customer's principal office is in the Americas"). */
const WORLD_REGIONS: Record<string, readonly string[]> = { americas: ['Americas', 'North America'], europe: ['Europe'], asia: ['APAC'] };

function worldRegion(place: string | undefined): string | undefined {
  return place ? Object.keys(WORLD_REGIONS).find((r) => WORLD_REGIONS[r].some((w) => within(place, w))) : undefined;
}

/** The world region of the first place a text names. */
function regionOf(text: string): string | undefined {
  for (const m of text.matchAll(PLACES_G)) {
    const region = worldRegion(canonicalPlace(m[0]));
    if (region) return region;
  }
  return undefined;
}

/** The world region of an intent's scope ("France" → europe), when it names places and not their outside. */
function regionOfScope(scope: Intent['scope']): string | undefined {
  if (!scope?.regions?.length || scope.outside) return undefined;
  return scope.regions.map(worldRegion).find(Boolean);
}

/** Does a clause's own condition ("if … is in the Americas", "outside the Americas") hold for the asker's place? */
function placeFits(clause: string, scope: Intent['scope']): boolean | undefined {
  const cond = /\b[Ii]f\b[^,]{0,80}?\b(in|outside(?: of)?)\s{1,4}(?:the\s{1,4})?([A-Z][\w ]{2,40}?)(?:,|$)/.exec(clause);
  if (!cond) return undefined;
  const asked = regionOfScope(scope);
  const named = regionOf(cond[2]);
  if (!asked || !named) return undefined;
  return cond[1] === 'in' ? asked === named : asked !== named;
}

/** Courts where the customer lives, as a clause names them: "the courts where you live", "your country of residence". */
// ("… habitually reside in a Member State …, you may resolve your claim in any competent court in that Member State")
const LOCAL_COURTS = re`\b(?:where (?:you|they|the (?:consumer|customer|user)) (?:live|lives|reside|resides|are domiciled)|(?:your|their) (?:country|place|state) of (?:residence|domicile)|(?:your|their) local courts?|courts? of (?:your|their) (?:residence|domicile|home)|courts? (?:in|of) (?:that|your|their) (?:member state|country|state))\b`;
/** The provider keeps a right of its own before the words: "we retain the right to bring any suit … in your country of residence". */
const PROVIDER_KEEPS = re`\b(?:we|us|the (?:company|provider|service))\b[^.;]{0,20}\b(?:retain|retains|reserve|reserves|keep|keeps|have|has|may also|also may|may)\b[^.;]{0,120}$`;

/** "Can I sue them in my own country?": a clause that lets the asker use local courts says yes; exclusive courts elsewhere say no. */
function localCourts(agreement: Agreement, intent: Intent, question: string): Answer {
  const q = rankingTerms(intent);
  const venues = of(agreement, 'jurisdiction').filter((c) => !c.negated);
  const asker = intent.by === 'provider' ? 'provider' : 'customer';
  // "this arbitration section does not apply to consumers …; they may bring claims in the courts where they live"
  const local = [...venues, ...of(agreement, 'arbitration')].filter((c) => {
    const m = LOCAL_COURTS.exec(c.text);
    if (!m) return false;
    const holder = PROVIDER_KEEPS.test(c.text.slice(Math.max(0, m.index - 160), m.index)) ? 'provider' : 'customer';
    return holder === asker;
  });
  if (local.length) return yes(question, [rank(local, q)[0]]);
  const exclusive = rank(venues.filter((c) => c.exclusive && c.value), q);
  // the asker says where they live, and the courts named are there: yes
  const home = intent.scope?.regions?.find((r) => exclusive[0]?.value?.includes(r));
  if (exclusive.length && asker === 'customer' && home && !intent.scope?.outside) return { ...yes(question, [exclusive[0]]), reason: `disputes go to ${exclusive[0].value}, in ${home}` };
  if (exclusive.length && asker === 'customer') return { ...no(question, [exclusive[0]]), reason: `disputes go exclusively to ${exclusive[0].value}, and no clause opens the courts where you live` };
  return notStated(question);
}

function valueOf(agreement: Agreement, type: 'governing-law' | 'jurisdiction', intent: Intent, question: string): Answer {
  const q = rankingTerms(intent);
  if (type === 'jurisdiction' && intent.about === 'local-courts' && intent.ask === 'whether') return localCourts(agreement, intent, question);
  // "do the English courts have exclusive jurisdiction?": the venue clause says whether its courts are the only ones
  if (type === 'jurisdiction' && intent.ask === 'whether' && q.words.has('exclusiv')) {
    const said = rank(of(agreement, 'jurisdiction').filter((c) => c.exclusive !== undefined && !c.negated), q)[0];
    if (!said) return notStated(question);
    return said.exclusive ? yes(question, [said]) : { ...no(question, [said]), reason: 'the courts named have non-exclusive jurisdiction' };
  }
  // (the law or courts of another instrument, "The EU SCCs will be governed by the laws of Ireland", answer only a
  // question that names it)
  const other = (c: Clause) => {
    const instrument = governedInstrument(c.text);
    return instrument !== undefined && !contentStems(instrument).some((w) => q.words.has(w));
  };
  // (nor does a court the customer consents to inside a notice it sends: "a Counter Notification must … include … your
  // consent to the jurisdiction of Federal District Court …")
  const asksNotice = [...q.words].some((w) => /^(?:counter|dmca)/.test(w));
  const inNotice = (c: Clause) => NOTICE_CONTENTS.test(`${c.heading} ${c.text.slice(0, 200)}`) && !asksNotice;
  let found = rank(of(agreement, type).filter((c) => c.value), q, (c) => (other(c) ? -5 : 0) + (inNotice(c) ? -5 : 0));
  if (!found.length) return notStated(question);
  // values that depend on where the customer is: the one whose condition fits, or none at all
  if (found.some((c) => placeFits(c.text, intent.scope) !== undefined)) found = found.filter((c) => placeFits(c.text, intent.scope) === true);
  else if (new Set(found.map((c) => c.value)).size > 1 && found.every((c) => /^\s*if\b/i.test(c.text)) && intent.scope?.regions?.length) return notStated(question);
  if (!found.length) return notStated(question);
  return yes(question, [found[0]], { text: found[0].value });
}

/** The words any limitation of liability has, stemmed: no carve-out is named by them. */
const LIABILITY_VOCABULARY = /^(?:liab|limit|exclud|exclus|cap|restrict|damag|loss|term|agre|noth)/;
/** A notice whose required contents a clause lists: a copyright notification or counter-notification. */
const NOTICE_CONTENTS = /\b(?:counter[- ]?notifications?|counter[- ]?notices?|DMCA (?:notice|notification)s?|notices? of (?:claimed )?infringement)\b/i;
/** Events for which a rule is a special case: death, insolvency. */
const RARE_EVENT = /\b(?:death|deaths|die|dies|died|deceas\w{0,4}|insolven\w{0,4}|bankrupt\w{0,4})\b/i;
/** Words of deleting data. */
const DELETION_WORD = /\b(?:delet|eras|destroy|purg|remov)\w{0,10}/i;

function dataAfter(agreement: Agreement, intent: Intent, question: string): Answer {
  const q = rankingTerms(intent);
  const all = of(agreement, 'data-after-termination');
  if (!all.length) return notStated(question);
  const about = intent.about ?? 'deletion';
  if (intent.ask === 'period') {
    // only a clause about the same thing answers: a retrieval window is not a deletion period
    const exact = all.filter((c) => (about === 'retrieval' ? c.retrieval : c.deletion));
    // (the rule for everyone before the one for a rare event, "in the event of death", unless the question names it)
    const rare = (c: TermsClause) => (RARE_EVENT.test(`${c.text} ${c.heading}`) && ![...q.words].some((w) => RARE_EVENT.test(w)) ? -3 : 0);
    const withPeriod = rank(exact.length ? exact : all.filter((c) => c.periods[0] && (about === 'retrieval' ? !c.applies : c.applies)), q, rare);
    if (withPeriod.length) {
      const c = withPeriod[0];
      return yes(question, [c], periodValue(((about === 'retrieval' ? c.retrieval : c.deletion) ?? c.periods[0])!));
    }
    // "deleted immediately upon cancellation": kept for no time at all
    const now = rank(all.filter((c) => c.applies && /\bimmediately\b/i.test(c.text)), q);
    return now.length ? yes(question, [now[0]], { days: 0, immediate: true }) : notStated(question);
  }
  const best = rank(all, q)[0];
  if (about === 'retrieval') {
    const window = rank(all.filter((c) => c.retrieval && !c.noAccess), q)[0];
    if (window) return yes(question, [window]);
    const closed = rank(all.filter((c) => c.noAccess), q)[0];
    return closed ? no(question, [closed]) : notStated(question);
  }
  // asked whether it is deleted: a clause that says so answers, before one about getting it out first; access lost
  // at the end answers a question about losing it, not one about deletion
  const says = (c: TermsClause) => c.applies && (about === 'loss' || !c.noAccess || DELETION_WORD.test(c.text));
  const deleted = rank(all.filter(says), q)[0];
  return deleted ? yes(question, [deleted]) : says(best) ? yes(question, [best]) : notStated(question);
}

/** Answer an intent about any clause type other than termination and suspension. */
export function answerTopic(agreement: Agreement, intent: Intent, question: string): Answer {
  const q = rankingTerms(intent);
  switch (intent.action) {
    case 'content-duty':
      return contentDuty(agreement, intent, question);
    case 'remove-content':
      return removeContent(agreement, intent, question);
    case 'modify-terms':
      return modifyTerms(agreement, intent, question);
    case 'acceptance-by-use': {
      // "if I keep using it after a change…": the sentence about continued use after a change answers first
      const afterChange = intent.timing === 'after-change';
      // a bare "by using the service you agree to these Terms" says nothing of later changes
      const candidates = of(agreement, 'acceptance-by-use').filter((c) => !afterChange || CONTINUED_USE.test(c.text) || AFTER_CHANGE.test(c.text));
      const found = rank(candidates, q, (c) => (afterChange && CONTINUED_USE.test(c.text) ? 3 : 0) - (changeToOnePart(c.text, q) ? 3 : 0));
      // "continued use does not mean you accept": no
      const open = found.filter((c) => !c.negated);
      if (open.length) return yes(question, [open[0]]);
      return found.length ? no(question, [found[0]]) : notStated(question);
    }
    case 'governing-law':
    case 'jurisdiction':
      return valueOf(agreement, intent.action, intent, question);
    case 'class-action-waiver':
      return stated(question, of(agreement, 'class-action-waiver'), q);
    case 'arbitration': {
      const found = rank(of(agreement, 'arbitration'), q);
      // "can I opt out?": only a clause that offers an opt-out answers; arbitration alone does not
      // "does the provider pay the arbitration fees?": only a clause on the fees answers, by who it says pays
      if (intent.about === 'costs') {
        const paid = rank(found.filter((c) => ARBITRATION_FEES.test(c.text)), q)[0];
        if (!paid) return notStated(question);
        if (PROVIDER_PAYS.test(paid.text)) return yes(question, [paid]);
        if (OWN_COSTS.test(paid.text)) return no(question, [paid]);
        return notStated(question);
      }
      if (intent.about === 'opt-out') {
        // (the customer's own opt-out, under a heading that names it, before the parties' way out of one procedure:
        // "you may opt out … within 31 days" under "Opt-Out", not "the Parties may choose to opt out of the process")
        const optOut = rank(found.filter((c) => c.optOut || /\bopt(?:ing)?[- ]?out\b/i.test(c.text)), q,
          (c) => (c.optOut ? 2 : 0) + (/\bopt(?:ing)?[- ]?outs?\b/i.test(c.heading) ? 2 : 0) + (YOU_OPT_OUT.test(c.text) ? 1 : 0));
        if (!optOut.length) return notStated(question);
        if (intent.ask === 'period' || intent.ask === 'notice-period') return optOut[0].optOut ? yes(question, [optOut[0]], periodValue(optOut[0].optOut)) : notStated(question);
        return yes(question, [optOut[0]]);
      }
      if (intent.ask === 'period') {
        const inProcedure = rank(agreement.clauses.filter((c) => isArbitrationHeading(c.headings) && 'periods' in c && c.periods.length), q) as Array<Of<'arbitration'>>;
        return inProcedure.length ? yes(question, [inProcedure[0]], periodValue(inProcedure[0].periods[0])) : notStated(question);
      }
      const answer = stated(question, found, q);
      if (answer.answer !== 'not-stated') return answer;
      // disputes sent only to named courts, with no arbitration clause: no arbitration
      // (not where another clause submits to courts non-exclusively: the agreement does not close the forum)
      const venues = of(agreement, 'jurisdiction').filter((c) => !c.negated);
      if (venues.some((c) => c.exclusive === false)) return answer;
      const courts = rank(venues.filter((c) => c.exclusive && c.value), q);
      return courts.length ? { ...no(question, [courts[0]]), reason: 'disputes go exclusively to the courts named, and no clause provides for arbitration' } : answer;
    }
    case 'liability-cap': {
      // a cap with a figure (an amount, the fees of N months) before one that only says "to the extent permitted by law"
      // the general cap before the cap of trials and betas, unless the question is about those
      const part = (c: Clause) => !asksAboutPart(intent) && PART_OF_SERVICE.test(c.text + ' ' + c.heading) ? 4 : 0;
      // "is my own liability capped?": the customer's liability answers, and the provider's cap never does
      const own = (c: Clause) => c.party === 'customer';
      const caps = of(agreement, 'liability-limitation').filter((c) => own(c) === (intent.by === 'customer'));
      // "does X disclaim liability for indirect damages?": an exclusion answers, with or without a cap
      if (intent.about === 'exclusion' && intent.ask === 'whether') return stated(question, caps, q);
      const found = rank(caps.filter((c) => c.cap && !c.negated), q, (c) => (c.cap?.amount !== undefined || c.cap?.feesMonths !== undefined ? 1.5 : 0) - part(c));
      // "does X limit its liability?": an exclusion of every damage limits it to nothing (there is no figure to give)
      const none = rank(caps.filter((c) => c.excludesAll && !c.negated), q);
      // ("… for death or personal injury caused by its negligence?": a carve-out that names what is asked — "Nothing in
      // these terms limits our liability for death or personal injury …" — answers before the exclusion)
      // (by words of its own the question shares, liability's own vocabulary aside: "death", "injury", "fraud")
      const carved = rank(caps.filter((c) => c.negated), q)[0];
      const carvedOnly = carved && none.length ? askedOnlyIn(q, carved.text, none[0].text).words.filter((w) => !LIABILITY_VOCABULARY.test(w)) : [];
      if (!found.length && none.length && carved && intent.ask === 'whether' && carvedOnly.length >= 2) {
        return { ...no(question, [carved]), reason: 'the clause keeps liability for what was asked about' };
      }
      if (!found.length && none.length && intent.ask === 'whether') return { ...yes(question, [none[0]]), reason: 'the clause excludes liability for damages of any kind' };
      // "Nothing in these terms limits our liability", "there is no cap": no
      if (!found.length) return intent.ask === 'whether' ? stated(question, caps.filter((c) => c.negated), q) : notStated(question);
      // "the fees paid over how many months?": the look-back of the cap
      if (intent.ask === 'period') return found[0].cap?.feesMonths !== undefined ? yes(question, [found[0]], { months: found[0].cap.feesMonths }) : notStated(question);
      // the cap as written ("$500", "fees paid in the 12 months before") when the question asks for it
      return yes(question, [found[0]], intent.ask === 'value' && found[0].cap ? { text: found[0].cap.text } : undefined);
    }
    case 'auto-renewal': {
      const all = of(agreement, 'renewal');
      if (intent.ask === 'notice-period') {
        const timed = rank(all.filter((c) => noticeValue(c.notice)), q);
        return timed.length ? yes(question, [timed[0]], noticeValue(timed[0].notice)) : notStated(question);
      }
      // "how early before renewal can they charge me?": the period the renewal clause states
      if (intent.ask === 'period') {
        const timed = rank(all.filter((c) => c.periods.length), q);
        return timed.length ? yes(question, [timed[0]], periodValue(timed[0].periods[0])) : notStated(question);
      }
      // "will they remind me before it renews?": only a clause that says they tell the customer answers
      if (intent.about === 'reminder') {
        const told = rank(all.filter((c) => c.reminder && c.applies), q);
        // ("you authorize us, without notice to you, to collect the fee": no reminder)
        const untold = rank(all.filter((c) => c.reminder === false && c.applies), q);
        if (!told.length && untold.length) return { ...no(question, [untold[0]]), reason: 'the renewal clause says the charge is made without notice' };
        return told.length ? { ...yes(question, [told[0]]), reason: 'the renewal clause says the customer is told before it renews' } : notStated(question);
      }
      const found = rank(all, q);
      if (!found.length) return notStated(question);
      return found[0].applies ? yes(question, [found[0]]) : no(question, [found[0]]);
    }
    case 'fee-change': {
      const all = of(agreement, 'fee-change');
      if (intent.ask === 'notice-period') {
        const timed = rank(all.filter((c) => c.applies && noticeValue(c.notice)), q);
        return timed.length ? yes(question, [timed[0]], noticeValue(timed[0].notice)) : notStated(question);
      }
      const midTerm = intent.timing === 'mid-term';
      // (a fee fixed for the period, or a change deferred to the next one: none within the current period)
      const fixed = rank(all.filter((c) => !c.applies || (midTerm && c.deferred)), q);
      if (midTerm && fixed.length) return no(question, [fixed[0]]);
      // a fee for what is free now answers only a question about one ("it's free now: could they start charging?")
      const open = rank(all.filter((c) => c.applies), q, (c) => (c.newFee ? (intent.about === 'new-fee' ? 3 : -3) : 0));
      // "can they raise our price without telling us first?": a change on notice says no, one without notice yes
      if (intent.notice && open.length) {
        const fast = open.filter((c) => atOnce(c.notice));
        const warned = open.filter((c) => onNotice(c.notice));
        const asksFast = intent.notice === 'without-notice' || intent.notice === 'immediate';
        if (asksFast && fast.length) return yes(question, [fast[0]]);
        if (asksFast && warned.length) return { ...no(question, [warned[0]]), reason: 'the price may change only after notice' };
        if (!asksFast && warned.length) return yes(question, [warned[0]]);
        if (!asksFast && fast.length) return no(question, [fast[0]]);
        return notStated(question);
      }
      return open.length ? yes(question, [open[0]]) : notStated(question);
    }
    case 'data-after-termination':
      return dataAfter(agreement, intent, question);
    default:
      return notStated(question);
  }
}
