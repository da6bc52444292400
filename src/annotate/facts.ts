/**
 * Facts read from a provision's text: notice, grounds, cure and trigger periods. Pure functions over
 * strings, shared by every clause type that has a notice or a cause.
 */
import type { Grounds, Notice } from '../schema/index.js';
import { gap, re, within } from '../lexicon/compose.js';
import { BEST_EFFORT, CURE_WORD, IMMEDIATE, NOTICE_QUALIFIER, TELL, WRITTEN } from '../lexicon/notice.js';
import { groundsIn } from '../lexicon/grounds.js';
import { findDurations, toDuration, type FoundDuration } from './durations.js';

const Q = String.raw`(?:${NOTICE_QUALIFIER.source}\s{1,4}){0,3}`;
const PARTY_OBJECT = '(?:you|customer|the customer|the other party|users?|the user|the account owner)';
/** "without notice", "with or without notice", "is not required to give notice", "we don't have to tell you first". */
const WITHOUT_NOTICE = [
  re`\bwith(?:out)? or without ${Q}(?:notice|warning)|\bwith(?:out)? or without (?:cause|reason|liability),? (?:or|and) ${Q}notice`,
  re`\bwithout (?:cause|liability|reason),? (?:or|and) ${Q}notice|\bwithout ${Q}(?:notice|warning|notification|notifying)\b`,
  re`\bnot (?:be )?(?:required|obligated|obliged) to (?:give|provide|send) (?:${PARTY_OBJECT} )?${Q}notice`,
  re`\bno ${Q}notice (?:is|will be|shall be|need be) (?:required|given|provided|necessary)`,
  // "may terminate … with no prior notice", "on no notice", "without giving you any notice": notice denied by its determiner
  re`\b(?:with|on|upon|after|and|giving|given|providing) no ${Q}(?:notice|warning|notification)\b|\bwithout (?:giving|providing|sending) (?:${PARTY_OBJECT} )?${Q}(?:notice|warning)\b`,
  re`\bwithout (?:first )?(?:telling|warning|notifying|informing|alerting|contacting) ${PARTY_OBJECT}\b`,
  // "terminate the Agreement without observing the notice period": the notice the other endings need, waived
  re`\bwithout (?:observing|respecting|applying|giving effect to) (?:the|any|a) ${Q}notice(?: period)?\b`,
  re`\b(?:do not|don['’]t|does not|doesn['’]t|won['’]t|will not|are not|is not) (?:have to|need to|necessarily|required to|obliged to) (?:tell|warn|notify|inform) ${PARTY_OBJECT}`,
];
const IMMEDIATELY = re`${IMMEDIATE}`;
/** "upon notice", "with 30 days' notice", "by giving notice", "notice to you": notice is given. */
const UPON_NOTICE = re`\b(?:upon|on|with|by|after|following|via|from|of) ${gap(3)}(?:written |prior |advance )?notice\b|\bby (?:giving|providing|sending) ${gap(3)}notice|\bnotice to ${PARTY_OBJECT}\b`;
const REASONABLE = re`\breasonable (?:(?:prior|advance|written) ){0,3}notice\b|\breasonable (?:period|amount) of (?:prior |advance |written )?notice\b|\breasonable notice period\b`;
/** A promise to warn before acting: "we will notify you before …", "prior to suspension". */
const COMMIT = [
  re`\b${TELL}${within(80)}\b(?:before|prior to|first|in advance|beforehand)\b`,
  re`\b(?:give|provide|send)s? (?:you |customer |the customer )?(?:prior|advance) notice\b|\bprior to (?:suspension|termination|suspending|terminating)\b`,
  re`\b(?:before|prior to) (?:we |it )?${gap(3)}(?:ban|suspend|terminat|clos|delet|disabl|remov)\w{0,40}\b${within(80)}\b(?:warn\w{0,40}|notif\w{0,40}|notice|inform\w{0,40}|let you know)\b`,
  re`\b(?:after|upon|following) (?:providing|giving|sending) (?:\w{1,40} )?(?:advance|prior) notice\b`,
];
const BEST = re`${BEST_EFFORT}`;
/** "you must do this at least one working day before the end": a step owed before a date is notice. */
const MUST_ACT = re`\b(?:must|need to|needs to|have to|has to|should|shall)\s{1,4}(?:do (?:this|so|it)|give|send|submit|provide|cancel\w{0,40}|notify|request|be (?:made|given|sent|submitted|received|requested|done))\b${within(40)}$`;
const IN_WRITING = re`${WRITTEN}`;
const CURE = re`${CURE_WORD}|\b(?:fix|fixes|fixed|rectif(?:y|ies|ied)) (?:the|such|that|its|their|your|our|any) (?:\w{1,40} )?(?:breach|failure|default|violation|problem)`;

/** Notice words in a text, and the durations that go with them. */
export interface NoticeFacts {
  notice: Notice;
  cure?: FoundDuration;
  periods: FoundDuration[];
}

function isNoticeDuration(text: string, d: FoundDuration): boolean {
  const after = text.slice(d.end, d.end + 45);
  const before = text.slice(Math.max(0, d.start - 30), d.start);
  return /^(?:[’']s?|s[’'])?\s*(?:\(\w+\)\s*)?(?:(?:prior|advance|written|previous|express|email)\s+)*(?:notice|notification|warning)\b/i.test(after) ||
    /\bnotice (?:period )?of\s+$/i.test(before) || /\bnotice period (?:is|will be|shall be)\s+(?:at least\s+)?$/i.test(before) || /^\s*(?:in advance|before|prior to|preceding|ahead of)\b/i.test(after) && (/notice|notif|e-?mail|\btell|\binform|let (?:you|\w+) know|\bwarn/i.test(text.slice(Math.max(0, d.start - 80), d.end + 60)) || MUST_ACT.test(text.slice(Math.max(0, d.start - 60), d.start)));
}

function isCureDuration(text: string, d: FoundDuration): boolean {
  const around = text.slice(Math.max(0, d.start - 110), d.start);
  const last = around.split(/[;]|\(\w{1,4}\)/).pop() ?? '';
  return CURE.test(last) || /^\s*(?:cure|remedy) period/i.test(text.slice(d.end, d.end + 20));
}

/** Read the notice, cure period and other periods of a provision. */
export function readNotice(text: string): NoticeFacts {
  const durations = findDurations(text);
  let cure: FoundDuration | undefined;
  let advance: FoundDuration | undefined;
  const periods: FoundDuration[] = [];
  for (const d of durations) {
    if (!cure && isCureDuration(text, d)) cure = d;
    else if (!advance && isNoticeDuration(text, d)) advance = d;
    else periods.push(d);
  }
  // "… fails to remedy the breach within that notice period": the notice period is the cure period too
  if (!cure && advance && /\b(?:cure|remedy|fix|correct|rectify)\w{0,40}\b[^.;]{0,60}\bwithin (?:that|the|such|this) (?:notice )?period\b/i.test(text)) cure = advance;
  const written = IN_WRITING.test(text) || undefined;
  const immediate = IMMEDIATELY.test(text);
  const upon = UPON_NOTICE.test(text);
  let notice: Notice;
  if (WITHOUT_NOTICE.some((r) => r.test(text))) notice = { kind: 'without-notice' };
  else if (immediate) notice = { kind: 'immediate', immediate: true };
  else if (advance) notice = { kind: 'advance', period: toDuration(advance), required: true };
  else if (REASONABLE.test(text)) notice = { kind: 'reasonable', required: true };
  else if (COMMIT.some((r) => r.test(text))) notice = { kind: 'advance', bestEffort: BEST.test(text) || undefined };
  else if (upon) notice = { kind: 'unspecified', required: true };
  else notice = { kind: 'unspecified' };
  if (immediate && notice.kind !== 'immediate') notice.immediate = true;
  if (notice.kind === 'immediate' && upon) notice.required = true;
  if (written && notice.kind !== 'without-notice') notice.written = true;
  for (const k of Object.keys(notice) as Array<keyof Notice>) if (notice[k] === undefined) delete notice[k];
  return { notice, cure, periods };
}

/** The grounds a provision names. */
export function readGrounds(text: string): Grounds[] {
  return groundsIn(text);
}

const PERIOD_END = re`\b(?:at|until|through|upon|on|as of|with effect from|effective (?:at|as of|on))\s{1,4}(?:the\s{1,4})?(?:end|expiry|expiration|close|last day) of\s{1,4}(?:the|your|its|their|that|each|such|then[- ]current|current|the then[- ]current|the current)\s{1,4}${gap(3)}(?:billing|subscription|payment|contract|license|licence|renewal|initial|prepaid|paid)?\s{0,4}(?:period|term|cycle|month|year)\b`;
const BILLING = re`\b(?:billing|payment|subscription|monthly|annual|prepaid|paid)\b|\bcycle\b|\bmonth\b|\byear\b`;
/** Access ended as the sentence's own consequence: "access will be terminated", "your access ends". */
const ACCESS_ENDS = re`\baccess\s{1,4}(?:(?:will|shall)\s{1,4}(?:be\s{1,4})?(?:terminated|ended|revoked|end|cease)|(?:ends|terminates|ceases|is\s{1,4}(?:terminated|revoked)))\b`;
const NOT_RENEWED = re`\b(?:will|shall) not (?:be )?(?:automatically )?renew(?:ed)?\b|\bnon-?renewal\b`;

/**
 * When an ending takes effect, where the text says so: "at the end of the current billing period",
 * "as of the end of its then current subscription period", "will not be renewed at the end of the
 * term" (end of the billing period or term), "immediately" (now).
 */
export function readEffect(text: string): 'now' | 'end-of-term' | 'end-of-billing-period' | undefined {
  const end = PERIOD_END.exec(text);
  if (end) return BILLING.test(end[0]) ? 'end-of-billing-period' : 'end-of-term';
  // ("it will not be automatically renewed and access will be terminated": the access ends now, the renewal with it)
  if (NOT_RENEWED.test(text) && !ACCESS_ENDS.test(text)) return 'end-of-term';
  if (IMMEDIATELY.test(text)) return 'now';
  return undefined;
}
