/**
 * Facts read from a provision's text: notice, grounds, cure and trigger periods. Pure functions over
 * strings, shared by every clause type that has a notice or a cause.
 */
import type { Grounds, Notice } from '../schema/index.js';
import { findDurations, toDuration, type FoundDuration } from './durations.js';

const WITHOUT_NOTICE = /\bwith(?:out)? or without (?:any |prior |advance |further )*(?:notice|warning)|\bwith(?:out)? or without (?:cause|reason|liability),? (?:or|and) (?:any |prior |advance )*notice|\bwithout (?:cause|liability|reason),? (?:or|and) (?:any |prior |advance )*notice|\bwithout (?:any |prior |advance |further |previous |first )*(?:notice|warning|notification|notifying)\b|\bnot (?:be )?(?:required|obligated|obliged) to (?:give|provide|send) (?:you |customer |the other party )?(?:any |prior |advance )*notice|\bno (?:prior |advance )?notice (?:is|will be) (?:required|given|provided)|\bwithout (?:first )?(?:telling|warning|notifying|informing) (?:you|customer|the customer)\b|\b(?:do not|don[’']t|does not|doesn[’']t|won[’']t|will not) (?:have to|need to|necessarily) (?:tell|warn|notify|inform) (?:you|customer|the customer)(?: first| beforehand| in advance)?\b/i;
const IMMEDIATE = /\bimmediate(?:ly)?\b|\bwith immediate effect\b|\binstantly\b|\bforthwith\b|\b(?:straight|right) away\b|\bat once\b|\bwithout delay\b|\beffective (?:upon|on) (?:the )?(?:delivery|receipt|giving|sending|service)? ?(?:of )?(?:written )?notice\b/i;
const UPON_NOTICE = /\b(?:upon|on|with|by|after|following|via|from|of) (?:\w+ ){0,3}?(?:written |prior |advance )?notice\b|\bby (?:giving|providing|sending) (?:\w+ ){0,3}notice|\bnotice to (?:you|customer|the other party)\b/i;
const REASONABLE = /\breasonable (?:prior |advance |written )*notice\b/i;
const COMMIT = /\b(?:warn|notify|inform|reach out to|contact|let (?:you|customer|the account owner) know|(?:give|provide) (?:you |customer |the account owner )?(?:prior |advance )?notice)\b[^.;]{0,80}?\b(?:before|prior to|first|in advance|beforehand)\b|\b(?:give|provide|send)s? (?:you |customer |the customer )?(?:prior|advance) notice\b|\bprior to (?:suspension|termination|suspending|terminating)\b|\b(?:before|prior to) (?:we |it )?(?:\w+ ){0,3}(?:ban|suspend|terminat|clos|delet|disabl|remov)\w*\b[^.;]{0,80}\b(?:warn\w*|notify|notice|inform|let you know)\b/i;
const BEST_EFFORT = /\battempt|\btry\b|\btries\b|practicable|reasonable efforts?|endeavou?r|typically|generally|usually|normally|where possible|if possible/i;
const WRITTEN = /\bwritten notice\b|\bnotice in writing\b|\bin writing\b/i;
const CURE = /\b(?:un)?cure[ds]?\b|\bcuring\b|\b(?:un)?remed(?:y|ied|ies)\b|\bcorrect(?:ed)?\b|\b(?:fix|fixes|fixed|rectif(?:y|ies|ied)) (?:the|such|that|its|their|your|our|any) (?:\w+ )?(?:breach|failure|default|violation|problem)/i;

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
    /\bnotice (?:period )?of\s+$/i.test(before) || /^\s*(?:in advance|before|prior to)\b/i.test(after) && /notice|notif|e-?mail|\btell|\binform|let (?:you|\w+) know|\bwarn/i.test(text.slice(Math.max(0, d.start - 80), d.end + 60));
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
  if (!cure && advance && /\b(?:cure|remedy|fix|correct|rectify)\w*\b[^.;]{0,60}\bwithin (?:that|the|such|this) (?:notice )?period\b/i.test(text)) cure = advance;
  const written = WRITTEN.test(text) || undefined;
  const immediate = IMMEDIATE.test(text);
  const upon = UPON_NOTICE.test(text);
  let notice: Notice;
  if (WITHOUT_NOTICE.test(text)) notice = { kind: 'without-notice' };
  else if (immediate) notice = { kind: 'immediate', immediate: true };
  else if (advance) notice = { kind: 'advance', period: toDuration(advance), required: true };
  else if (REASONABLE.test(text)) notice = { kind: 'reasonable', required: true };
  else if (COMMIT.test(text) || /\b(?:after|upon|following) (?:providing|giving|sending) (?:\w+ )?(?:advance|prior) notice\b/i.test(text)) notice = { kind: 'advance', bestEffort: BEST_EFFORT.test(text) || undefined };
  else if (upon) notice = { kind: 'unspecified', required: true };
  else notice = { kind: 'unspecified' };
  if (immediate && notice.kind !== 'immediate') notice.immediate = true;
  if (notice.kind === 'immediate' && upon) notice.required = true;
  if (written && notice.kind !== 'without-notice') notice.written = true;
  for (const k of Object.keys(notice) as Array<keyof Notice>) if (notice[k] === undefined) delete notice[k];
  return { notice, cure, periods };
}

const GROUNDS: Array<[Grounds, RegExp]> = [
  ['any-reason', /\bfor any (?:or no )?reason\b|\bany or no reason\b|\bfor no reason\b|\bwith or without (?:cause|reason)\b|\bfor any reason or no reason\b|\bno-questions-asked\b/i],
  ['convenience', /\bwithout cause\b|\bfor convenience\b|\bwith or without cause\b|\bfor any (?:or no )?reason\b|\bany or no reason\b|\bwithout (?:giving|stating) (?:any )?reason/i],
  ['non-payment', /\bfail(?:s|ed|ure)? to pay\b|\b(?:do|does|did) not pay\b|\bnot paid\b|\bnon-?payment\b|\boverdue\b|\bpast due\b|\bstop(?:s|ped)? paying\b|\bpayment (?:fails|failure|is declined)\b|\b(?:outstanding|unpaid|undisputed) (?:\w+ )?balance\b|\bunpaid\b|\blate payment\b|\bchargeback|\breverse the charge|\bnot paid for\b/i],
  ['breach', /\bbreach|\bviolat|\binfring|\babuse|\bmisuse|\bfail(?:s|ed|ure)? to comply|\bnon-?compliance|\bmisconduct|\bfraud|\bin contravention|\bbreak(?:s|ing)? (?:the |these |our )?(?:rules|terms)/i],
  ['insolvency', /\binsolven|\bbankrupt|\breceivership|\bassignment for the benefit of creditors|\bdissolv|\bcease[sd]? (?:operation|business|to (?:do|conduct) business)|\bstops? conducting business|\bwinding up|\bliquidat/i],
  ['law', /\b(?:required|prohibited|necessary|mandated) by (?:applicable )?law|\bto comply with (?:applicable )?(?:law|regulation|legal)|\blegal (?:requirement|obligation|process|reasons?)|\bsanction|\bexport (?:control|law|regulation)|\bcourt order|\bregulator|\bgovernment(?:al)? (?:authority|order|request)|\bunlawful|\billegal|\bviolation of (?:applicable )?law/i],
  ['suspension-unremedied', /\b(?:has been|have been|remains?|is|are|been) suspended for (?:more|longer) than\b|\bsuspended for (?:a period of )?(?:more|longer) than\b/i],
  ['inactivity', /\binactiv|\bdormant|\bnot (?:been )?(?:logged in|logged into|used|accessed)|\bunused (?:account|for)/i],
  ['cause', /(?<!with or without )\b(?:for|with) (?:good )?cause\b/i],
];

/** The grounds a provision names. */
export function readGrounds(text: string): Grounds[] {
  const out: Grounds[] = [];
  for (const [g, re] of GROUNDS) if (re.test(text)) out.push(g);
  if (out.includes('law') && out.includes('breach') && !/\bbreach|\bviolat(?!ion of (?:applicable )?law)|\binfring|\babuse/i.test(text.replace(/\bviolation of (?:applicable )?laws?\b/gi, ''))) {
    out.splice(out.indexOf('breach'), 1);
  }
  return out;
}
