/**
 * Changes to the terms: who may change them, on what notice, how notice is given, and whether
 * continued use counts as accepting the change; and "by using the service you accept these terms".
 * Both are views of the frame around their words: a change "only by a written amendment signed by
 * both parties", or one "we will never make without your consent", is denied; "continued use does
 * not mean you accept" is no acceptance; a scope ("for consumers in the EEA") or an exception with
 * its own timing ("except changes required by law, which apply at once") is kept apart.
 */
import type { AcceptanceByUseClause, Clause, ModificationClause, Notice } from '../schema/index.js';
import type { Provision } from '../segment/index.js';
import { common, type ClassifyContext } from './base.js';
import { namesAgreement } from '../annotate/names.js';
import { readNotice } from '../annotate/facts.js';
import { nearestParty } from '../annotate/parties.js';
import { findDurations, toDuration } from '../annotate/durations.js';
import { clauseAround, segmentsOf, type Segment } from '../frame/index.js';
import { deniedAt } from '../frame/polarity.js';
import { headingScope, readScope, toScope } from '../frame/scope.js';
import { BACK_TO_CASE } from '../frame/refine.js';
import { gap, lexicon, re, within, withFlags } from '../lexicon/compose.js';

/** The verbs of changing a text. */
export const CHANGE_VERB = lexicon('change-verb', [
  'modify', 'modifies', 'modified', 'modifying', 'change', 'changes', 'changed', 'changing', 'amend', 'amends', 'amended',
  'amending', 'update', 'updates', 'updated', 'updating', 'revise', 'revises', 'revised', 'revising', 'replace', 'add to',
  'supplement', 'amendment', 'amendments', 'modification', 'modifications', 'revision', 'revisions',
]);
/** What a change of the terms bears on: the terms, the agreement, a policy. */
export const TERMS_NOUN = lexicon('terms-noun', [
  'terms', 'agreement', 'policy', 'policies', 'guidelines', 'rules', 'conditions', 'framework terms', 'standard terms',
  'this document', 'this page', 'these terms', 'these policies', 'sla', 'service level', 'support policy', 'support policies',
  'documentation', 'terms of service', 'terms of use', 'aup', 'aups', 'eula', 'tos', 'terms and conditions',
]);
/** What else may change: a change of these is not a change of the terms. */
const OTHER_OBJECT = lexicon('changed-other', [
  'fee', 'fees', 'price', 'prices', 'pricing', 'feature', 'features', 'service', 'services', 'functionality', 'plan', 'plans',
  'product', 'products', 'password', 'passwords', 'settings', 'username', 'usernames', 'level of service', 'levels of service',
  'access', 'account', 'accounts',
]);
const RIGHT = lexicon('change-right', [
  'may', 'can', 'will', 'reserve the right', 'reserves the right', 'reserved the right', 'has the right', 'have the right',
  'including the right', 'retains the right', 'retain the right', 'at any time', 'at its discretion', 'at our discretion', 'from time to time', 'periodically',
]);
const CHANGE_WORD = withFlags('gi')`${CHANGE_VERB}`;
const TERMS = re`${TERMS_NOUN}`;
const CHANGE_OF_CONTROL = re`^change of control`;
// ("modify, suspend, or terminate your access": verbs in a row share their object)
const ACCESS_VERB = lexicon('access-verb', ['suspend', 'terminate', 'cancel', 'restrict', 'limit', 'disable', 'remove', 'delete', 'revoke', 'close', 'block', 'discontinue']);
const OTHER_CHANGE = re`^\w{1,40}(?:,?\s{1,4}(?:or\s{1,4}|and\s{1,4})?${ACCESS_VERB}){0,3}\s{1,4}${gap(2)}${OTHER_OBJECT}`;
/** "The Subscription Fee is subject to change": something other than the terms as the subject of the change. */
const OTHER_SUBJECT = re`\b${OTHER_OBJECT}\s{1,4}(?:is|are|will|may|shall|can)\b${within(30)}$`;
/** "modify the Site, Services and these Terms": the terms among the things changed. */
const TERMS_AMONG = re`^\w{1,40}\s{1,4}${within(80)}(?:,|\band\b|\bor\b|&)\s{1,4}(?:these |this |the |our |its |any )?${TERMS_NOUN}`;
const MAY = re`${RIGHT}`;
/** A change of the terms, named as the thing that takes effect: "the changes", "a revised version", "the updated terms". */
const CHANGED_THING = lexicon('changed-thing', [
  'change', 'changes', 'amendment', 'amendments', 'modification', 'modifications', 'update', 'updates', 'revision', 'revisions',
  'revised terms', 'modified version', 'revised version', 'updated version', 'new version', 'amended version', 'updated terms',
  'new terms', 'modified terms', 'amended terms',
]);
const DELAY = re`${CHANGED_THING}${within(80)}\b(?:effective|take effect|into (?:force|effect)|appl(?:y|ies)|notify|notice)`;
const CUSTOMER_CHANGES = re`\b(?:you|customer|user)s? (?:may|can|must|shall|will)(?: not)?\b${within(40)}$`;

/** A change that needs both parties: "must be in writing and signed", "only by mutual written agreement". */
const BOTH_PARTIES = [
  re`\bmust be (?:made )?in writing and (?:signed|executed|agreed|accepted)|\b(?:signed|executed|accepted|agreed to) ${gap(2)}by (?:each|both) (?:part(?:y|ies)|of (?:us|the parties))`,
  re`\b(?:signed by|executed by|agreed (?:to )?(?:in writing )?by) (?:both|each of the|the) part(?:y|ies)|\bonly (?:by|through|in) (?:a )?(?:written )?(?:amendment|agreement|writing)`,
  re`\bmutual(?:ly)? (?:written )?(?:agreement|consent)|\bmay not be (?:modified|amended|changed)|\bno (?:modification|amendment|change|waiver)\b${within(80)}\b(?:effective|binding|valid)`,
];
/** "will not change … without your (written) consent": a denial that needs the customer's consent denies a one-sided change. */
const WITHOUT_CONSENT = re`^${within(120)}\bwithout (?:first )?(?:obtaining |getting |receiving )?(?:your|the customer'?s?|the user'?s?|its|their|mutual|prior) (?:express |explicit |prior |written |affirmative ){0,8}(?:consent|agreement|approval|signature|permission|acceptance)`;
/** "will not change … without notifying you": a denial that names notice grants the change on that notice. */
const WITHOUT_NOTICE_GIVEN = re`^${within(120)}\bwithout (?:first )?(?:giving|providing|sending|notifying|telling|informing|prior|advance|written|reasonable|at least)\b`;

/** Continued use after a change counts as accepting it: "your continued use … constitutes acceptance". */
export const CONTINUED_USE = re`\b(?:continu\w{0,40}|keep|keeps) ${gap(3)}(?:use|using|access\w{0,40}|membership|subscription|participation)\b${within(160)}\b(?:accept\w{0,40}|agree\w{0,40}|consent\w{0,40}|bound)\b`;
const USE_AFTER_CHANGE = [
  CONTINUED_USE,
  re`\b(?:use|using|access\w{0,40})\b${within(60)}\bafter (?:that date|the (?:effective )?date|such|the changes?|the amendments?|any (?:changes?|amendments?)|th(?:at|is) period|the (?:\w{1,40} )?period)\b${within(80)}\b(?:constitutes?|means|signif\w{1,40}|deemed|indicates?|implies)\b`,
  re`\bcontinu\w{0,40} (?:use|using|participation|access)\b${within(120)}\b(?:subject to|governed by)\b${within(20)}\b(?:new|updated|revised|modified|changed|amended)\b`,
  re`\b(?:accept\w{0,40}|agree\w{0,40}|bound)\b${within(80)}\bby (?:continu\w{0,40}|keep\w{0,40}) (?:to )?(?:use|using|access)`,
  re`\b(?:failure|fail|failing) to (?:cancel|terminate|object|close)\b${within(100)}\b(?:constitutes?|deemed|means|will be (?:considered|treated))\b${within(40)}\baccept`,
  re`\b(?:if you do not|unless you) (?:object|reject|cancel|terminate)\b${within(120)}\b(?:deemed|considered|treated as)\b${within(30)}\b(?:accept|agree|approv)`,
  re`\b(?:if you do not|if you don['’]t|if you fail to|unless you)\b${within(80)}\b(?:shall|will|are|is) (?:be )?(?:\w{1,40}ly )?(?:deemed|considered|treated)\b${within(30)}\b(?:accept|agree|approv)`,
];
/** The acts of using a service that may bind a user: buying, redeeming, downloading it. */
const USE_VERB = lexicon('use-verb', ['purchase', 'buy', 'redeem', 'receive', 'order', 'download', 'install', 'subscribe', 'access', 'use', 'visit']);
const BY_USE = [
  // ("agree", "agreed", not "agreement": "your access is governed by the subscription agreement" accepts nothing)
  re`\b(?:when|whenever|if|once) you (?:access|use|visit|browse|sign up|register)\w{0,40}\b${within(160)}\b(?:agree(?:s|d|ing)?|accept\w{0,40}|consent\w{0,40}|bound)\b`,
  // "If you receive, purchase, or redeem any Coins or otherwise use the Program, you agree to be bound"
  re`\b(?:when|whenever|if|once) you ${USE_VERB}(?:,?\s{1,4}(?:or\s{1,4})?${USE_VERB}){0,4}\b${within(160)}\b(?:agree(?:s|d|ing)?|accept\w{0,40}|consent\w{0,40}|bound)\b`,
  re`\b(?:by|upon) (?:accessing|using|visiting|browsing|registering|signing up|downloading|installing|clicking)\b${within(160)}\b(?:accept\w{0,40}|agree(?:s|d|ing)?|consent\w{0,40}|bound)\b`,
  re`\b(?:by|upon) [a-z]{1,40}ing\b${within(100)}\b(?:accepts?|agrees? to|consents? to|(?:is|are) bound by)\b${within(30)}\b(?:terms|agreement|conditions|polic(?:y|ies))\b`,
  re`\b(?:use of|using|access to|registration (?:on|with|for)|registering (?:on|with|for)) (?:the |our |this )?${gap(3)}(?:constitutes|signifies|means|indicates|implies) (?:\w{1,40} )?(?:your )?(?:acceptance|agreement|consent)`,
  re`\bif you do not agree\b${within(120)}\b(?:do not|don't|may not|must not) (?:use|access)`,
  re`\b(?:your )?use of (?:our|the|this) (?:website|site|services?|platform|app)\b${within(160)}\bconstitutes?\b${within(60)}\b(?:agreement|acceptance|consent)\b`,
];

const LINK_VERB = re`\b(?:constitutes?|means?|signif\w{1,40}|deemed|indicates?|implies|counts? as|amounts? to|treated as|considered)\b`;
const ACCEPT_VERB = withFlags('gi')`\b(?:accept\w{0,40}|agree\w{0,40}|consent\w{0,40}|bound)\b`;

/** How notice of a change is given, as named: "email", "posting", "in the service", "written notice". */
export function noticeBy(text: string): string[] {
  const out: string[] = [];
  if (/\be-?mail/i.test(text)) out.push('email');
  if (/\bpost(?:ing|ed|s)?\b/i.test(text)) out.push('posting');
  if (re`\bin[- ](?:app|product|service)|\bthrough the (?:service|website|app)|\bnotif(?:y|ication)s? (?:in|on|through)`.test(text)) out.push('in the service');
  if (/\bwritten notice|\bin writing/i.test(text)) out.push('written notice');
  return out;
}

/** When a change takes effect. */
const EFFECT = lexicon('take-effect', [
  'effective', 'become effective', 'becomes effective', 'take effect', 'takes effect', 'taking effect', 'come into effect',
  'comes into effect', 'coming into effect', 'coming into force', 'entering into force',
  'enter into force', 'enters into force', 'enter into effect', 'enters into effect', 'come into force', 'comes into force',
  'apply', 'applies', 'be binding', 'are binding', 'is binding',
]);
/** "effective … on posting", "apply as of the time they are posted", "on the date we send them": at once. */
const AT_POSTING = re`${EFFECT}\b${within(30)}\b(?:immediately|upon (?:posting|publication|notice)|(?:when|once) (?:posted|published)|as soon as|(?:when|once|the moment|the instant) (?:we|it|they|\w{1,40}) (?:posts?|publish\w{0,40}|makes?) |as of the (?:time|date|moment) (?:they|it|we|the \w{1,40}) (?:are |is )?(?:posted|published|sen[dt]|made)|on the (?:date|day) (?:we|it|they|\w{1,40}) (?:posts?|sends?|publish\w{0,40}|notif\w{0,40})|at the time (?:of|they are) post\w{0,40})`;
const AFTER_POSTING = re`^\s{0,4}(?:\w{1,40}\s{1,4})?(?:after|following|from|of|since) (?:(?:we|it|they) (?:have )?)?(?:\w{1,40} ){0,3}?(?:post\w{0,40}|publi\w{0,40}|notif\w{0,40}|notice|sen[dt]\w{0,40}|email\w{0,40}|provid\w{0,40}|being|the date|such)`;
const BEFORE = re`^\s{0,4}(?:\w{1,40}\s{1,4})?(?:before|prior to|in advance)\b`;
const CHANGE_TIMING = re`${EFFECT}|entry into (?:force|effect)|effective date|notice|notify|notified|posted|inform|\bsen[dt]\b`;

/** What a change bears on when it is one part of the terms: "changes (to) this "Dispute Resolution" section", "amend Section 12". */
const PART_CHANGED = withFlags('')`^\w{1,40}\s{1,4}(?:to\s{1,4})?(?:this|the|that)?\s{0,4}(?:["“]([A-Z][\w ,&-]{0,60})["”]|([A-Z][\w&-]{0,40}(?: [A-Z][\w&-]{0,40}){0,4}))\s{1,4}(section|clause|provision|paragraph)\b|^\w{1,40}\s{1,4}(?:to\s{1,4})?(?:this\s{1,4})?([Ss]ection\s{1,4}\d{1,3}(?:\.\d{1,3}){0,3})`;

/** The part of the terms a change bears on, as a scope, when it is one part only. */
function partChanged(text: string): string | undefined {
  const m = PART_CHANGED.exec(text);
  if (!m) return undefined;
  return m[4] ?? `the ${m[1] ?? m[2]} ${m[3]}`;
}

/** "you may reject any such change by sending us written notice within …": the other party's window to object, not a notice of the change. */
const OBJECTOR = lexicon('objector', [
  'you may', 'you can', 'you must', 'you have the right to', 'you are entitled to', 'you will have the right to', 'if you do not',
  "if you don't", 'unless you', 'if you fail to', 'customer may', 'the customer may', 'users may', 'if customer does not',
]);
const OBJECTION_WINDOW = re`${OBJECTOR}\s{1,4}${gap(2)}(?:reject|object|opt out|cancel|terminate|refuse|decline)\b${within(140)}$`;

/** A change made known by posting it for a time: "by posting the changes on the Site for at least". */
const POSTED_FOR = re`\bby\s{1,4}posting\b${within(90)}\bfor\s{1,4}(?:at\s{1,4}least\s{1,4}|a\s{1,4}minimum\s{1,4}of\s{1,4})?$`;

/** The notice of a change: the period before it takes effect ("effective 30 days after posting"), or none ("effective on posting"). */
export function changeNotice(text: string): Notice {
  const facts = readNotice(text);
  if (facts.notice.period) return facts.notice;
  const effective = findDurations(text).find((d) => !OBJECTION_WINDOW.test(text.slice(Math.max(0, d.start - 200), d.start)) && (AFTER_POSTING.test(text.slice(d.end, d.end + 60)) || BEFORE.test(text.slice(d.end, d.end + 30))) && CHANGE_TIMING.test(text.slice(Math.max(0, d.start - 100), d.end + 80)));
  if (effective) return { kind: 'advance', period: toDuration(effective), ...(facts.notice.kind === 'immediate' ? { immediate: true } : {}) };
  // "by posting the changes on the Site for at least 30 days": posted that long before, a notice of that period
  const posted = findDurations(text).find((d) => POSTED_FOR.test(text.slice(Math.max(0, d.start - 120), d.start)));
  if (posted) return { kind: 'advance', period: toDuration(posted) };
  if (AT_POSTING.test(text) && facts.notice.kind === 'unspecified') return { kind: 'immediate', immediate: true };
  return facts.notice;
}

function partsText(text: string, segments: Segment[], kinds: ReadonlyArray<Segment['kind']>): string {
  return segments.filter((s) => kinds.includes(s.kind)).map((s) => text.slice(s.start, s.end)).join(' ');
}

/** A change-of-terms clause, or clauses (one per exception with its own timing), or none. */
export function classifyModification(p: Provision, ctx: ClassifyContext): ModificationClause[] {
  // the first change word of the terms that the text grants, promises or denies
  for (const m of p.text.matchAll(CHANGE_WORD)) {
    const found = modificationAt(p, m.index!, ctx);
    if (found.length) return found;
  }
  return [];
}

function modificationAt(p: Provision, at: number, ctx: ClassifyContext): ModificationClause[] {
  if (CHANGE_OF_CONTROL.test(p.text.slice(at))) return [];
  // the change is to the terms: the terms stand just before or after the verb ("These policies may be updated")
  const around = p.text.slice(Math.max(0, at - 60), at + 120);
  if (!TERMS.test(around) && !TERMS.test(p.heading) && !namesAgreement(around, ctx.selfNames ?? [])) return [];
  // "change our fees", "update features": a change to something other than the terms
  if (OTHER_CHANGE.test(p.text.slice(at)) && !TERMS_AMONG.test(p.text.slice(at))) return [];
  if (OTHER_SUBJECT.test(p.text.slice(Math.max(0, at - 80), at))) return [];
  const clause = clauseAround(p.text, at);
  const segments = segmentsOf(p.text, clause);
  const both = BOTH_PARTIES.some((r) => r.test(p.text));
  let denied = deniedAt(p.text, at, clause.start);
  let consent = false;
  if (denied && WITHOUT_CONSENT.test(p.text.slice(at))) consent = true;
  else if (denied && WITHOUT_NOTICE_GIVEN.test(p.text.slice(at))) denied = false;
  const negated = both || consent || denied;
  // "Changes will become effective no earlier than fourteen (14) days after they are posted"
  const delay = DELAY.test(p.text);
  if (!negated && !delay && !MAY.test(p.text.slice(Math.max(0, at - 100), at + 40))) return [];
  // the customer's own changes, allowed or forbidden ("you may not use, modify, adapt …")
  if (CUSTOMER_CHANGES.test(p.text.slice(Math.max(0, at - 60), at))) return [];
  const near = nearestParty(p.text, at, ctx.parties);
  const by = negated && !denied ? 'either' : near.party === 'unknown' || near.party === 'customer' ? 'provider' : near.party;
  const main = partsText(p.text, segments, ['main', 'condition', 'proviso']);
  const own = readScope(partsText(p.text, segments, ['main', 'condition']));
  // the part changed, where a change word of the provision names one ("any such changes to the "Dispute Resolution" section … as modified")
  const part = [...p.text.matchAll(CHANGE_WORD)].map((w) => partChanged(p.text.slice(w.index!, w.index! + 120))).find(Boolean);
  const read = own ? toScope(own) : headingScope(p.headings);
  const scope = part ? { ...read, part } : read;
  const base: ModificationClause = {
    ...common(p, ctx, by, near.party === 'unknown' ? 0.6 : 0.8, 0, p.text.length, negated),
    type: 'modification',
    by,
    // the notice of the main words; else of the rest of the sentence ("…; the new version applies thirty days after it is posted")
    notice: ((n) => (n.kind === 'unspecified' && !n.immediate ? changeNotice(p.text) : n))(changeNotice(main.trim() ? main : p.text)),
    noticeBy: noticeBy(p.text),
    continuedUseIsAcceptance: USE_AFTER_CHANGE.some((r) => r.test(p.text)),
    ...(scope ? { scope } : {}),
  };
  const out = [base];
  // "Significant changes take effect 30 days after posting, except changes required by law, which apply at once":
  // the exception's changes have their own notice
  for (const s of segments) {
    if (s.kind !== 'exception') continue;
    const words = p.text.slice(s.start, s.end);
    const notice = changeNotice(words);
    const scoped = readScope(words);
    if (scoped) out.push({ ...base, id: ctx.nextId(), scope: toScope(scoped), variantOf: base.id, negated: !negated, confidence: 0.6 });
    // (the exception's timing varies the rule, it is no rule of its own: a variant of it, for everyone the exception covers)
    else if (notice.kind !== 'unspecified' && notice.kind !== base.notice.kind) out.push({ ...base, id: ctx.nextId(), notice, variantOf: base.id, confidence: 0.6 });
  }
  return out;
}

/** "By using the service you agree to these terms", or continued use after a change as acceptance; denied where the text says it is not. */
export function classifyAcceptanceByUse(p: Provision, ctx: ClassifyContext): AcceptanceByUseClause | undefined {
  const hit = [...BY_USE, ...USE_AFTER_CHANGE].map((r) => r.exec(p.text)).filter((x): x is RegExpExecArray => x !== null).sort((a, b) => a.index - b.index)[0];
  if (!hit) return undefined;
  // "continued use does not mean you accept", "use of the Site will not be deemed acceptance": the link
  // verb ("means", "constitutes") carries the denial, else the verb of accepting does
  const verb = LINK_VERB.exec(hit[0]) ?? [...hit[0].matchAll(ACCEPT_VERB)].pop();
  const at = hit.index + (verb?.index ?? 0);
  const negated = deniedAt(p.text, at, clauseAround(p.text, hit.index).start);
  const scope = readScope(p.text);
  return { ...common(p, ctx, 'customer', 0.8, 0, p.text.length, negated), type: 'acceptance-by-use', ...(scope ? { scope: toScope(scope) } : {}) };
}

/** A sentence that speaks of the change before it: "If we do so, …", "Such changes take effect …", "For material changes …". */
/** Some changes, named, taking effect at once: "… changes made for legal reasons will be effective immediately". */
const EFFECTIVE_AT_ONCE = re`\b(?:changes?|modifications?|updates?|amendments?)\b[^.;]{0,80}?\b(?:shall|will)\s{1,4}(?:be|become)\s{1,4}effective\s{1,4}(?:immediately|at once)\b`;
const FOLLOW_UP = [
  re`\bfor (?:any |all )?(?:material|significant|substantial|major|minor|other) (?:changes?|modifications?|updates?|amendments?)\b`,
  re`\b(?:changes?|modifications?|updates?|amendments?|revisions?|(?:the|a|any|each) (?:new|revised|updated|modified|amended) (?:version|terms|agreement|policy))\s{1,4}(?:shall |will |are |is )?(?:becomes? |be )?(?:effective|appl(?:y|ies)|takes? effect|enters? into (?:force|effect)|comes? into (?:force|effect))\b`,
  re`\b(?:amendments?|changes?|modifications?|updates?|revisions?)\s{1,4}(?:shall|will|become|take|enter|come)\b${within(80)}\b(?:effect|force|effective|apply)\b`,
  re`\b(?:if|when|before|whenever) we (?:do (?:so|this)|make (?:such |a |any )?(?:\w{1,40} )?(?:change|increase|update|amendment|modification)s?)\b`,
  // "If we materially change these terms, we'll provide you with reasonable advance notice"
  re`\b(?:if|when|before|whenever)\s{1,4}we\s{1,4}(?:[a-z]{1,20}ly\s{1,4})?(?:change|update|modify|amend|revise)\s{1,4}(?:these|this|the|our)\s{1,4}(?:terms|agreement|polic(?:y|ies))\b`,
  re`\bsuch (?:changes?|increases?|modifications?|amendments?)\b|\bbefore (?:the|any|a|an|such) (?:price )?(?:change|increase|update|modification|amendment)s?\b`,
  // "But changes addressing new functions or changes made for legal reasons will be effective immediately."
  EFFECTIVE_AT_ONCE,
  // "In this case, you will be notified by e-mail of any amendment at least 30 days before …"
  BACK_TO_CASE,
  re`\bnotif\w{0,10}\b${within(60)}\b(?:of|about)\s{1,4}(?:any\s{1,4}|the\s{1,4}|such\s{1,4}|each\s{1,4}|all\s{1,4})?(?:changes?|amendments?|modifications?|updates?|revisions?)\b`,
];
const PARTS = withFlags('g')`;\s{0,4}|,\s{0,4}(?:but|while|whereas)\s{1,4}`;

/**
 * A sentence after a change that gives its notice ("If we do so, we will give you thirty days' notice";
 * "For material changes we will give thirty days' notice; all other changes are effective immediately"):
 * a copy of each change with that notice, one per part that states its own.
 */
export function changeFollowUp<C extends Clause>(p: Provision, changes: C[], ctx: ClassifyContext): Clause[] {
  if (!FOLLOW_UP.some((r) => r.test(p.text))) return [];
  // an exception's own timing ("except changes required by law, in which case … immediately") is not the notice given
  const own = partsText(p.text, segmentsOf(p.text, { start: 0, end: p.text.length }), ['main', 'condition', 'proviso']);
  const cuts = own.split(PARTS);
  const parts = cuts.length > 1 && cuts.every((t) => FOLLOW_UP.some((r) => r.test(t)) || readNotice(t).notice.kind !== 'unspecified') ? cuts : [own];
  const out: Clause[] = [];
  for (const part of parts) {
    const notice = changeNotice(part);
    // (notice of no stated length counts too: "we'll provide you with reasonable advance notice")
    const given = notice.kind === 'reasonable' || (notice.kind === 'advance' && !notice.bestEffort);
    if (!notice.period && !given && !(notice.kind === 'immediate' && (parts.length > 1 || AT_POSTING.test(part) || EFFECTIVE_AT_ONCE.test(part)))) continue;
    for (const c of changes) {
      const clause = { ...c, id: ctx.nextId(), text: p.text, span: ctx.span(p.offs[0], p.offs[p.offs.length - 1] + 1), section: p.section, heading: p.heading, headings: p.headings, notice } as Clause;
      if (clause.type === 'modification') clause.noticeBy = [...new Set([...clause.noticeBy, ...noticeBy(part)])];
      // "But changes made for legal reasons will be effective immediately": some changes, named, vary the rule before
      if (EFFECTIVE_AT_ONCE.test(part)) clause.variantOf = c.id;
      out.push(clause);
    }
  }
  return out;
}
