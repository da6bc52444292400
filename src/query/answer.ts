/**
 * Answers: typed queries over an agreement's clauses, and `ask` for English questions. An answer is
 * `yes`, `no` (only where the text says so), `not-stated`, or `not-understood`, always with the
 * evidence that supports it.
 */
import { LANGUAGE_NAMES } from '../lexicon/language.js';
import type { Agreement, Answer, Duration, Evidence, Intent, PeriodValue, TerminationClause } from '../schema/index.js';
import { IntentSchema } from '../schema/index.js';
import { parseQuestion, normalizeQuestion } from './question.js';
import { TosClausesError } from '../errors.js';
import { answerWithScope } from './scope.js';
import { askedOnlyIn, asksAboutPart, overlap, periodValue, rankingTerms, stem, stems, GROUNDS_OK, PART_OF_SERVICE, type Terms } from './rank.js';
import { answerRefund, answerTopic } from './topics.js';
import { inDays } from '../annotate/durations.js';
import { cite, headingOf, sharedTitle, summaryPenalty } from './cite.js';
import { withFlags } from '../lexicon/compose.js';

export { periodValue } from './rank.js';

function groundsMatch(c: TerminationClause, grounds: Intent['grounds']): boolean {
  if (!grounds) return true;
  if (grounds === 'any' && c.anyTime && !c.grounds.some((g) => g !== 'any-reason' && g !== 'convenience')) return true;
  // "may terminate at any time by giving thirty days' notice", with no cause named, is termination for convenience
  // so is "may, at its option, terminate with thirty days' prior written notice": a period of notice and no cause
  if (grounds === 'convenience' && !c.grounds.length && !c.conditions.length && (c.notice.kind === 'advance' || c.notice.kind === 'reasonable') && (c.anyTime || c.notice.period)) return true;
  return c.grounds.some((g) => GROUNDS_OK[grounds].includes(g)) || c.conditions.some((k) => k.grounds.some((g) => GROUNDS_OK[grounds].includes(g)));
}

function noticeMatch(c: TerminationClause, notice: Intent['notice']): boolean {
  if (!notice) return true;
  // (notice promised only "when reasonably possible", or "unless doing so would …", may be left out: the right
  // can be used without it)
  if (notice === 'without-notice') return c.notice.kind === 'without-notice' || (c.by !== 'customer' && c.notice.bestEffort === true);
  if (notice === 'immediate') return c.notice.kind === 'immediate' || c.notice.kind === 'without-notice' || Boolean(c.notice.immediate);
  // "on written notice": notice is required before the right is used, though no period is set
  return c.notice.kind === 'advance' || c.notice.kind === 'reasonable' || (c.notice.kind === 'unspecified' && Boolean(c.notice.required) && !c.notice.immediate);
}

/** The notice a clause requires rules out a faster right: "upon 30 days' notice" answers "without notice?" with no. */
function noticeExcludes(c: TerminationClause, notice: Intent['notice']): boolean {
  // (notice given "when reasonably possible" is no promise of notice every time)
  if (notice === 'without-notice') return !c.notice.bestEffort && (Boolean(c.notice.required) || c.notice.kind === 'advance' || c.notice.kind === 'reasonable');
  if (notice === 'immediate') return c.notice.kind === 'advance' && (c.notice.period?.amount ?? 0) > 0;
  // "do they have to warn me first?": a right they may use without notice, or at once, says no
  if (notice === 'advance') return c.notice.kind === 'without-notice' || c.notice.kind === 'immediate';
  return false;
}

function byMatch(c: TerminationClause, by: Intent['by']): boolean {
  if (!by) return true;
  if (by === 'either') return c.by === 'either';
  return c.by === by || c.by === 'either';
}

function evidenceOf(c: TerminationClause, q: Terms, intent: Intent, focus?: string): Evidence[] {
  const out: Evidence[] = [];
  // the listed cause that the question is about, cited at its own sub-section
  let best: { score: number; k: TerminationClause['conditions'][number] } | undefined;
  for (const k of c.conditions) {
    if (k.section === c.section && c.conditions.length === 1 && !focus) continue;
    let score = overlap(q, k.text);
    if (intent.grounds && k.grounds.some((g) => GROUNDS_OK[intent.grounds!].includes(g))) score += 3;
    if (focus && k.text.includes(focus)) score += 5;
    if (!best || score > best.score) best = { score, k };
  }
  if (best && best.score > 0 && best.k.section !== c.section) {
    out.push({ ...(c.source ? { source: c.source } : {}), section: best.k.section, heading: headingOf(c), quote: best.k.text, start: best.k.span.start, end: best.k.span.end });
  }
  out.push(cite(c));
  return out;
}

function rank(clauses: TerminationClause[], q: Terms, intent: Intent): TerminationClause[] {
  const title = sharedTitle(clauses);
  const score = (c: TerminationClause) => overlap(q, c.text + ' ' + c.heading) +
    (intent.grounds && c.grounds.some((g) => GROUNDS_OK[intent.grounds!].includes(g)) ? 3 : 0) +
    (intent.notice && c.notice.kind === intent.notice ? 2 : 0) + c.confidence +
    // asked without a cause, the unconditional right answers best
    (!intent.grounds && (c.grounds.includes('any-reason') || (c.anyTime && !c.conditions.length)) ? 2 : 0) -
    summaryPenalty(c, title);
  return [...clauses].sort((a, b) => score(b) - score(a));
}


/** A breach of the terms as a whole: "if you fail to comply with any of the terms of this Agreement". */
/** "during the active subscription period", "within the current term", "before the end of the billing period". */
const DURING_PERIOD = /\b(?:during|within|in the course of|before the end of)\s+(?:the|your|its|an?|any)\s+(?:\w+\s+){0,3}?(?:period|term|cycle|month|year)\b/i;
/** An ending that happens by itself, with no act of either side: "terminate automatically". */
const AUTOMATIC = /\bautomatic(?:ally)?\b/i;
const ACCOUNT_WORD = /\baccounts?\b/i;
const ANY_BREACH = /\b(?:comply|breach|violat)\w{0,10}\b[^.;]{0,40}\b(?:these|this|the|any of the|any)\s{1,4}(?:terms|agreement|conditions)\b/i;

/** A right over the service itself: "may discontinue, suspend or terminate the Service", not "your access to" it. */
const ENDING_STEM = String.raw`(?:[Tt]erminat|[Ss]uspend|[Dd]iscontinu|[Cc]ancel|[Cc]eas|[Ss]hut)`;
const VERB_CHAIN = String.raw`(?:,?\s{1,4}(?:or\s{1,4}|and\s{1,4})?[a-z]{1,20}){0,4}`;
const THE_SERVICE = String.raw`(?:the|our|its|any)\s{1,4}(?:[A-Z][\w-]{1,30}\s{1,4})?(?:[Ss]ervices?|[Ss]ite|[Pp]latform|[Ww]ebsite|[Aa]pps?|[Pp]roducts?)\b`;
const SERVICE_ITSELF = withFlags('')`\b${ENDING_STEM}\w{0,10}${VERB_CHAIN}\s{1,4}${THE_SERVICE}`;

/** The part of the service a right is limited to, read just after its verb; undefined for the whole. */
function partOf(c: TerminationClause): string | undefined {
  const m = /\b(?:terminat|suspend|discontinu|cancel|revok|disabl|end\b|cut off)\w*\s+/i.exec(c.text);
  if (!m) return undefined;
  const object = c.text.slice(m.index + m[0].length, m.index + m[0].length + 90).split(/[,;:.]|\s(?:at any time|for any reason|if|upon|without|with|immediately|effective|in (?:our|its))\b/i)[0].trim();
  return PART_OF_SERVICE.test(object) ? object : undefined;
}

/** Rights over the whole service first; a right over a part (trials, betas) only when nothing else answers. */
function wholeFirst(clauses: TerminationClause[], intent: Intent): TerminationClause[] {
  if (asksAboutPart(intent)) return clauses;
  return [...clauses.filter((c) => !partOf(c)), ...clauses.filter((c) => partOf(c))];
}

/** Asked about shutting down the service ("can they stop offering the service altogether?"), a right over the service itself first. */
function itselfFirst(clauses: TerminationClause[], intent: Intent): TerminationClause[] {
  if (intent.object !== 'service') return clauses;
  return [...clauses.filter((c) => SERVICE_ITSELF.test(c.text)), ...clauses.filter((c) => !SERVICE_ITSELF.test(c.text))];
}

function conditionsOf(c: TerminationClause): string[] | undefined {
  const list = c.conditions.map((k) => (k.label ? `(${k.label}) ` : '') + k.text);
  return list.length ? list : undefined;
}

/**
 * A right that depends on another section ("for cause if we have the right to suspend under
 * Section 6") cites that section too: the first clause read there.
 */
function referencedEvidence(agreement: Agreement, c: TerminationClause, cited: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const r of c.references ?? []) {
    if (!r.section || cited.some((e) => e.section === r.section || e.section.startsWith(r.section + '.') || e.section.startsWith(r.section + '('))) continue;
    if (out.length >= 1) continue;
    const inside = (s: string) => s === r.section || s.startsWith(r.section + '.') || s.startsWith(r.section + '(');
    const target = agreement.clauses.find((k) => k.source === c.source && inside(k.section));
    // "for any of the reasons listed in Section 7.4": the list there is cited by its first item
    const listed = c.conditions.find((k) => inside(k.section));
    if (target) out.push(cite(target));
    else if (listed) out.push({ ...(c.source ? { source: c.source } : {}), section: listed.section, heading: r.heading ?? headingOf(c), quote: listed.text, start: listed.span.start, end: listed.span.end });
  }
  return out;
}

/**
 * The answer with its keys in the order of the JSON contract (AnswerSchema): question, answer, value,
 * conditions, variants, evidence, confidence, reason.
 */
function ordered(a: Answer): Answer {
  const out: Answer = { question: a.question, answer: a.answer, evidence: [] };
  if (a.value) out.value = a.value;
  if (a.conditions) out.conditions = a.conditions;
  if (a.variants) out.variants = a.variants;
  delete (out as Partial<Answer>).evidence;
  // two rights read from one sentence ("on sixty days' notice …, or immediately …") cite it once
  out.evidence = a.evidence.filter((e, i) => a.evidence.findIndex((f) => f.source === e.source && f.start.offset === e.start.offset && f.end.offset === e.end.offset) === i);
  if (a.confidence !== undefined) out.confidence = a.confidence;
  if (a.reason) out.reason = a.reason;
  return out;
}

/**
 * The intent's ranking words without the provider's own name: "What is prohibited on Acme.com?" points
 * at no clause by "Acme", which stands in headings all over the document ("Licenses Granted by Acme").
 */
function withoutProviderNames(intent: Intent, agreement: Agreement): Intent {
  if (!intent.terms?.length) return intent;
  const names = new Set(agreement.parties.provider.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2).map(stem));
  const terms = intent.terms.filter((t) => !names.has(stem(t)) && !names.has(t));
  return terms.length === intent.terms.length ? intent : { ...intent, terms };
}

/**
 * Answer a structured question about an agreement, from the intent alone (`question` is only echoed
 * in the answer). An intent with an `alternative` action ("shut off my account": termination or
 * suspension) is answered for the alternative when its own action is not stated.
 */
export function query(agreement: Agreement, input: Intent, question = ''): Answer {
  const intent = withoutProviderNames(IntentSchema.parse(input) as Intent, agreement);
  // a document in another language: no clause of it was read, and the answer says why
  if (agreement.language) {
    const name = LANGUAGE_NAMES[agreement.language] ?? agreement.language;
    return { question, answer: 'not-stated', evidence: [], confidence: 0.3, reason: `the agreement is written in ${name}, and tos-clauses reads English only` };
  }
  // the clauses for the asker's scope; without one, the rule for everyone and its variants by scope
  const scoped = (a: Agreement, i: Intent) => answerWithScope(a, i, (pool, j) => answerOne(pool, j, question));
  const answer = scoped(agreement, intent);
  if (answer.answer === 'not-stated' && intent.alternative && intent.alternative !== intent.action) {
    const other = scoped(agreement, { ...intent, action: intent.alternative, alternative: undefined });
    if (other.answer !== 'not-stated') return assessed(agreement, other);
  }
  return assessed(agreement, answer);
}

/**
 * How sure an answer is, and why. A yes or no read from clauses is as sure as the least sure clause it
 * cites (how firmly the clause's holder and words were read); one a careful reader infers (it carries its
 * own reason: "no clause provides for arbitration") a little less; one for everyone that scoped clauses
 * vary less again. `not-stated` says no clause answers: as sure as the reading of the whole text.
 */
function assessed(agreement: Agreement, a: Answer): Answer {
  if (a.answer === 'not-understood') return a;
  // (clauses of several types may share a span: the one whose polarity agrees with the answer is the one cited)
  const cited = a.evidence.map((e) => {
    const same = agreement.clauses.filter((c) => c.span.start.offset === e.start.offset && c.span.end.offset === e.end.offset && (c.source ?? undefined) === (e.source ?? undefined));
    const at = same.length ? same : agreement.clauses.filter((c) => c.span.start.offset === e.start.offset && (c.source ?? undefined) === (e.source ?? undefined));
    return at.find((c) => c.negated === (a.answer === 'no')) ?? at[0];
  });
  const read = cited.filter((c): c is NonNullable<typeof c> => c !== undefined);
  let confidence: number;
  let reason = a.reason;
  if (a.answer === 'not-stated') {
    confidence = a.variants?.length ? 0.55 : 0.6;
    reason ??= a.variants?.length ? 'no clause answers for everyone; the scoped clauses are listed as variants' : 'no clause of the agreement answers it';
  } else {
    confidence = read.length ? Math.min(...read.map((c) => c.confidence)) : 0.6;
    const where = a.evidence[0]?.section || a.evidence[0]?.heading;
    if (reason && !/^answered from the clause for/.test(reason)) confidence *= 0.9;
    reason ??= `${read[0]?.negated ? 'denied' : 'stated'} by the clause ${where ? `in ${where}` : 'quoted'}`;
  }
  if (a.variants?.length && a.answer !== 'not-stated') {
    confidence *= 0.9;
    reason += `; it differs for ${a.variants.length} scope${a.variants.length > 1 ? 's' : ''} (see variants)`;
  }
  return ordered({ ...a, confidence: Math.round(confidence * 100) / 100, reason });
}

function answerOne(agreement: Agreement, intent: Intent, question: string): Answer {
  if (intent.about === 'refund') return ordered(answerRefund(agreement, intent, question));
  if (intent.action !== 'terminate' && intent.action !== 'suspend') return ordered(answerTopic(agreement, intent, question));
  return ordered(answerIntent(agreement, intent, question));
}

const opposite = (side: Intent['by']): Intent['by'] => (side === 'provider' ? 'customer' : side === 'customer' ? 'provider' : side);

function answerIntent(agreement: Agreement, intent: Intent, question: string): Answer {
  const q = rankingTerms(intent);
  const type = intent.action === 'terminate' ? 'termination' : 'suspension';
  const all = agreement.clauses.filter((c): c is TerminationClause => c.type === type);
  const notStated: Answer = { question, answer: 'not-stated', evidence: [] };

  if (intent.ask === 'cure-period') {
    // who cures is the side in breach ("if I breach", "how long does the provider have to cure"):
    // the right to terminate that waits for the cure belongs to the other side, or to either
    const curer = intent.breaching ?? opposite(intent.by);
    const holderOk = (c: TerminationClause) => !curer || curer === 'either' || c.by === 'either' || (c.by !== curer && c.by !== 'unknown');
    const found = rank(all.filter((c) => c.cure && !c.negated && holderOk(c)), q, intent)[0];
    // "Your rights terminate automatically without notice if you fail to comply with these terms": no clause gives a
    // cure, and the right for any breach of the terms needs no notice, so there is no time to cure (a right for the
    // breach of one section, on notice, says nothing of the others)
    // Only an ending that is automatic says so ("terminate automatically"): a right used "with or without notice"
    // leaves the question open; and one that ends something else (the right to use an app) says nothing of an account
    if (!found?.cure) {
      const sameObject = (c: TerminationClause) => !intent.terms?.includes('account') || ACCOUNT_WORD.test(c.text);
      const atOnce = rank(all.filter((c) => !c.negated && holderOk(c) && groundsMatch(c, 'breach') && c.notice.kind === 'without-notice' &&
        ANY_BREACH.test(c.text) && AUTOMATIC.test(c.text) && sameObject(c)), q, intent);
      return atOnce.length ? { question, answer: 'no', evidence: evidenceOf(atOnce[0], q, intent).slice(-1), reason: 'the right for a breach needs no notice, and no clause gives time to cure' } : notStated;
    }
    return { question, answer: 'yes', value: periodValue(found.cure), evidence: evidenceOf(found, q, intent, found.cure.text) };
  }

  const holders = all.filter((c) => byMatch(c, intent.by));
  const positive = holders.filter((c) => !c.negated);
  // a right "for any reason" (or "with or without cause") holds for a breach or non-payment too, where no
  // right names that cause; it says yes only (on the notice asked), and is no ground to deny one named elsewhere
  const specific = positive.filter((c) => groundsMatch(c, intent.grounds));
  // (so does a right that names no cause and no condition at all: "Without prior notice, we may suspend your account")
  // (not the right to shut down the service itself, which answers for the whole service, not for what one customer did)
  const unconditional = (c: TerminationClause) => c.grounds.includes('any-reason') || (!c.grounds.length && !c.conditions.length && !c.effective && !SERVICE_ITSELF.test(c.text));
  const grounded = specific.length || !intent.grounds ? specific : positive.filter((c) => unconditional(c) && !partOf(c) && noticeMatch(c, intent.notice) && !noticeExcludes(c, intent.notice));

  if (intent.ask === 'notice-period') {
    const timed = grounded.filter((c) => c.notice.period || c.notice.kind === 'immediate' || c.notice.kind === 'without-notice');
    // "before they shut down the service": a right over the service itself answers, where there is one
    const itself = intent.object === 'service' ? timed.filter((c) => SERVICE_ITSELF.test(c.text)) : [];
    const withNotice = wholeFirst(rank(itself.length ? itself : timed, q, intent), intent);
    // asked for no cause in particular, the general rule (a period) answers, not the exception
    const found = (!intent.grounds && withNotice.find((c) => c.notice.period)) || withNotice[0];
    if (!found) return notStated;
    const value: PeriodValue = found.notice.period ? periodValue(found.notice.period) : { days: 0, immediate: true };
    return { question, answer: 'yes', value, evidence: evidenceOf(found, q, intent, found.notice.period?.text) };
  }

  if (intent.ask === 'period') {
    const withPeriod = wholeFirst(rank(grounded.filter((c) => c.periods.length), q, intent), intent);
    const found = withPeriod[0];
    if (!found) return notStated;
    // the period of the listed cause the question is about, else the first
    const cause = intent.grounds ? found.conditions.find((k) => k.grounds.some((g) => GROUNDS_OK[intent.grounds!].includes(g))) : undefined;
    // a cause read from a definition elsewhere yields to the clause's own period ("continues for more than 60 days")
    const own = found.periods.find((p) => found.text.includes(p.text));
    const fromCause = cause && found.periods.find((p) => cause.text.includes(p.text));
    const period = (fromCause && (found.text.includes(cause!.text) || !own) ? fromCause : undefined) ?? own ?? found.periods[0];
    return { question, answer: 'yes', value: periodValue(period), evidence: evidenceOf(found, q, intent, period.text) };
  }

  // "does the cancellation take effect right away?": an ending that takes effect at the end of the term or
  // billing period answers no, unless the text also gives an immediate ending in so many words
  if (intent.notice === 'immediate') {
    const later = rank(grounded.filter((c) => c.effective === 'end-of-term' || c.effective === 'end-of-billing-period'), q, intent);
    // "cancellation by the Extra Member will result in immediate loss of access": an ending the text says takes
    // effect at once, closer to the question than the one at the end of the period, answers instead
    const now = rank(grounded.filter((c) => !c.effective && EFFECT_NOW.test(c.text)), q, intent)[0];
    // (closer: two words of the question and a pair of them that the later one lacks)
    const only = now && later.length ? askedOnlyIn(q, now.text, later[0].text) : undefined;
    const nearer = only && only.words.length >= 2 && only.pairs.length > 0;
    // (an immediate ending on a condition of its own, "if the app is down for 48 hours", is another right,
    // unless the question is about that condition)
    const blocks = (c: TerminationClause) => c.notice.kind === 'immediate' && !c.effective && (!c.conditions.length || overlap(q, c.text) > overlap(q, later[0].text));
    if (later.length && !nearer && !grounded.some(blocks)) {
      return { question, answer: 'no', evidence: evidenceOf(later[0], q, intent).slice(-1), reason: 'the ending takes effect at the end of the period' };
    }
  }
  // "can I end just one game from a bundle?": a denial that names the part ("… cannot be terminated individually") answers
  // no, whoever the passive's holder is
  if (asksAboutPart(intent) && intent.part) {
    const part = stems(intent.part);
    const denied = rank(all.filter((c) => c.negated && overlap(part, c.text) >= 1), q, intent);
    if (denied.length) return { question, answer: 'no', evidence: evidenceOf(denied[0], q, intent).slice(-1), reason: 'the clause that names that part denies ending it on its own' };
  }
  // "can I cancel partway through the period?": a denial of ending during the period answers no ("No cancellation of
  // the current subscription is allowed during the active subscription period")
  if (intent.timing === 'mid-term') {
    const during = rank(holders.filter((c) => c.negated && DURING_PERIOD.test(c.text)), q, intent);
    if (during.length) return { question, answer: 'no', evidence: evidenceOf(during[0], q, intent).slice(-1), reason: 'the clause denies ending it during the period' };
  }
  const yes = itselfFirst(wholeFirst(rank(grounded.filter((c) => noticeMatch(c, intent.notice)), q, intent), intent), intent);
  // "do they have to give 30 days' notice?": a right on less notice, or on notice of no stated length, says no
  if (yes.length && intent.notice === 'advance' && intent.period) {
    const asked = inDays(intent.period);
    const enough = yes.filter((c) => c.notice.period && inDays(c.notice.period) >= asked);
    if (!enough.length) {
      const best = yes[0];
      const given = best.notice.period ? `${best.notice.period.text} notice` : 'notice of no stated length';
      return { question, answer: 'no', evidence: evidenceOf(best, q, intent).slice(-1), reason: `the clause requires ${given}, not the period asked about` };
    }
    yes.splice(0, yes.length, ...enough);
  }
  // "a 14-day right to cancel a Digital Subscription?": a denial that names what the question names, where the
  // right found names nothing the denial lacks, answers no ("… for a Digital Subscription, you waive your right to cancel")
  const named = yes.length && intent.ask === 'whether' ? namedDenial(yes[0], holders.filter((c) => c.negated && groundsMatch(c, intent.grounds)), q) : undefined;
  if (named) {
    return { question, answer: 'no', evidence: [...evidenceOf(named, q, intent).slice(-1), ...evidenceOf(yes[0], q, intent).slice(-1)], reason: 'the clause that names what was asked about denies it' };
  }
  if (yes.length) {
    const best = yes[0];
    const answer: Answer = { question, answer: 'yes', evidence: evidenceOf(best, q, intent) };
    if (yes.length > 1) answer.evidence.push(...evidenceOf(yes[1], q, intent).slice(-1));
    const part = asksAboutPart(intent) ? undefined : partOf(best);
    if (intent.notice === 'immediate' || intent.notice === 'without-notice') {
      const conditions = conditionsOf(best);
      if (conditions && !best.grounds.includes('any-reason')) answer.conditions = conditions;
      // without notice only where notice is not reasonably possible (or the text's exceptions apply)
      if (intent.notice === 'without-notice' && best.notice.kind !== 'without-notice' && best.notice.bestEffort) {
        answer.conditions = [...(answer.conditions ?? []), 'notice is promised only when reasonably possible: without it where it is not'];
      }
    }
    // only a part of the service is covered: say so, as a condition of the yes
    if (part) answer.conditions = [part, ...(answer.conditions ?? [])];
    answer.evidence.push(...referencedEvidence(agreement, best, answer.evidence));
    return answer;
  }
  // "no" only where the text rules it out: the only matching rights need notice, or the text denies the right
  // rights whose notice is not stated neither grant nor rule out the notice asked about
  // (a right over a part of the service, trials or betas, says nothing of the rule for the whole)
  const whole = asksAboutPart(intent) || grounded.every((c) => partOf(c)) ? grounded : grounded.filter((c) => !partOf(c));
  const told = intent.notice === 'advance' ? whole.filter((c) => c.notice.kind !== 'unspecified' || c.notice.required) : whole;
  // a right for a breach that waits for a cure period ("fails to cure … within 30 days after notice") is no
  // immediate right for that breach, nor for a failure to pay counted among breaches
  const waitsForCure = (c: TerminationClause) => (intent.grounds === 'breach' || intent.grounds === 'non-payment') && (intent.notice === 'immediate' || intent.notice === 'without-notice') &&
    Boolean(c.cure?.amount) && !c.notice.immediate && c.notice.kind !== 'immediate' && c.notice.kind !== 'without-notice';
  if (intent.notice && told.length && told.every((c) => noticeExcludes(c, intent.notice) || waitsForCure(c))) {
    // cite the fastest right first: "immediately upon notice" is the answer's reason
    const ranked = rank(whole, q, intent);
    const fastest = ranked.find((c) => c.notice.kind === 'immediate' || c.notice.immediate) ?? ranked[0];
    const evidence = evidenceOf(fastest, q, intent).slice(-1);
    const other = ranked.find((c) => c !== fastest);
    if (other) evidence.push(...evidenceOf(other, q, intent).slice(-1));
    return { question, answer: 'no', evidence };
  }
  const denied = rank(holders.filter((c) => c.negated && groundsMatch(c, intent.grounds) && (!intent.notice || noticeMatch(c, intent.notice))), q, intent);
  if (denied.length && !grounded.length) return { question, answer: 'no', evidence: evidenceOf(denied[0], q, intent) };
  return notStated;
}

/** An ending the text says takes effect at once: "immediate loss of access", "takes effect immediately". */
const EFFECT_NOW = /\bimmediate (?:loss of access|effect|termination|cancellation)\b|\b(?:takes? effect|effective|lose access|loses access)\s+(?:immediately|at once)\b/i;

/**
 * The denial among `denied` that shares a word of the question with it which the right `granted` lacks,
 * while `granted` shares none the denial lacks: the denial is about what was asked, the right is not.
 */
function namedDenial(granted: TerminationClause, denied: TerminationClause[], q: Terms): TerminationClause | undefined {
  return rank(denied, q, { action: 'terminate', ask: 'whether' })
    .find((d) => askedOnlyIn(q, d.text, granted.text).words.length > 0 && askedOnlyIn(q, granted.text, d.text).words.length === 0);
}

/**
 * Answer an English question about an agreement. Questions it cannot read get `not-understood`.
 * @throws {TosClausesError} BAD_QUESTION for an empty or oversized question.
 */
export function ask(agreement: Agreement, question: string): Answer {
  if (typeof question !== 'string' || normalizeQuestion(question) === '') throw new TosClausesError('BAD_QUESTION', 'the question is empty');
  if (question.length > 2000) throw new TosClausesError('BAD_QUESTION', `the question is ${question.length} characters long; ask one question of at most 2000`);
  const intent = parseQuestion(question);
  if (!intent) return { question, answer: 'not-understood', evidence: [] };
  return query(agreement, intent, question);
}

/** Can `by` terminate, optionally with a given notice or for given grounds? */
export function canTerminate(agreement: Agreement, options: Omit<Intent, 'action' | 'ask'> = {}): Answer {
  return query(agreement, { ...options, action: 'terminate', ask: 'whether' });
}

/** Can `by` suspend, optionally with a given notice or for given grounds? */
export function canSuspend(agreement: Agreement, options: Omit<Intent, 'action' | 'ask'> = {}): Answer {
  return query(agreement, { ...options, action: 'suspend', ask: 'whether' });
}

/** How much notice must be given before terminating (or, with `action: 'suspend'`, suspending)? */
export function noticePeriod(agreement: Agreement, options: Omit<Intent, 'ask' | 'action'> & { action?: Intent['action'] } = {}): Answer {
  return query(agreement, { action: 'terminate', ...options, ask: 'notice-period' });
}

/** How long does a party have to cure a breach before the other may terminate? */
export function curePeriod(agreement: Agreement, options: Omit<Intent, 'ask' | 'action'> = {}): Answer {
  return query(agreement, { ...options, action: 'terminate', ask: 'cure-period' });
}
