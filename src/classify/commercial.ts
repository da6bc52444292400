/**
 * Commercial terms with periods: automatic renewal (and the notice to stop it), fee changes (and
 * their notice), and what happens to data after termination (retrieval window, deletion period).
 */
import type { Clause, TermsClause } from '../schema/index.js';
import type { Provision } from '../segment/index.js';
import { common, type ClassifyContext } from './base.js';
import { readNotice } from '../annotate/facts.js';
import { TELL } from '../lexicon/notice.js';
import { gap, lexicon, re, within, withFlags } from '../lexicon/compose.js';
import { changeNotice } from './modification.js';
import { DEFINITION } from '../annotate/names.js';
import { findDurations, toDuration, type FoundDuration } from '../annotate/durations.js';
import { readScope, toScope } from '../frame/scope.js';

/** The recurring periods a subscription is billed in. */
const BILLING_PERIOD = lexicon('billing-period', ['period', 'month', 'year', 'week', 'cycle', 'billing period', 'billing cycle', 'subscription period', 'renewal period']);
/** The customer's act of stopping a subscription. */
const UNSUBSCRIBE = lexicon('unsubscribe', ['cancel*', 'unsubscribe*', 'terminate*', 'opt out', 'opts out', 'turn off', 'turns off']);
const RENEW = [
  re`\b(?:automatic(?:ally)?(?:\s{1,4}\w{1,40}){0,3}\s{1,4}renew\w{0,40}|auto-?renew\w{0,40}|renew\w{0,40} automatic\w{0,40}|(?:will|shall) (?:\w{1,40} )?renew\w{0,40})`,
  re`\brenews? for (?:an? )?(?:successive|additional|subsequent|equal)|\bsuccessive renewal|\brenewal (?:term|period)s?\b`,
  // "To avoid being charged your next subscription payment, you must cancel at least 24 hours before …"
  re`\bavoid (?:being )?(?:charged|billed)\b${within(80)}\bcancel\w{0,10}\b${within(80)}\b(?:before|prior to|in advance)\b`,
  // "You must cancel at least 14 days before the end of your period to avoid being charged for the next one",
  // "you may cancel any time before your renewal date to avoid the next charge"
  re`\bcancel\w{0,10}\b${within(80)}\b(?:before|prior to|in advance of)\b${within(80)}\bavoid (?:being (?:charged|billed)|(?:the |your |a )?next (?:charge|payment|bill|billing))\b`,
  // "it shall remain in force on a rolling calendar month basis", "continues on a month-to-month basis", "rolls over"
  re`\b(?:remains?|continues?)\s{1,4}(?:in\s{1,4}(?:full\s{1,4})?(?:force|effect)\s{1,4})?(?:on|for)\s{1,4}an?\s{1,4}(?:rolling|month-to-month|year-to-year|periodic)\b|\broll(?:s|ed)?\s{1,4}over\b`,
  // "your membership will automatically continue" (not "these terms continue to apply")
  re`\b(?:membership|subscription|plan)s?\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}(?:automatically\s{1,4}continues?|continues?\s{1,4}automatically)\b`,
  // "we will continue to bill your card each subscription period until you cancel", "you'll be charged at the
  // beginning of each billing cycle … unless you unsubscribe": billing that recurs until stopped
  re`\b(?:bill|charg)\w{0,4}\b${within(60)}\b(?:each|every)\s{1,4}(?:[\w-]{1,40}\s{1,4})?${BILLING_PERIOD}\b${within(120)}\b(?:until|unless)\s{1,4}(?:you|the customer|customer|user)\s{1,4}${UNSUBSCRIBE}`,
  // "at the end of the trial period, you will be automatically charged the price of the subscription each billing period"
  re`\bautomatically\s{1,4}(?:be\s{1,4})?(?:charged|billed|charge|bill)\b${within(80)}\b(?:each|every)\s{1,4}(?:[\w-]{1,40}\s{1,4})?${BILLING_PERIOD}\b`,
];
/** The customer's stopping as a condition: "If you terminate a Paid Service", "if you cancel", "once you turn off auto-renewal". */
const STOPPED_IF = re`\b(?:if|when|once|after)\s{1,4}(?:you|the customer|customer)\s{1,4}(?:\w{1,20}\s{1,4})?${UNSUBSCRIBE}`;
const NO_RENEW = re`\b(?:will not|does not|do not|won't|shall not) (?:\w{1,40} )?(?:automatically )?renew`;
const FEE = lexicon('fee', ['fee', 'fees', 'price', 'prices', 'pricing', 'rate', 'rates', 'charge', 'charges', 'credit cost', 'credit costs', 'subscription cost', 'subscription costs', 'cost for using', 'cost of using', 'cost of your subscription', 'cost of the subscription', 'subscription fee', 'subscription fees', 'discount', 'discounts', 'commission', 'commissions', 'fee schedule', 'tariff', 'tariffs']);
const FEE_CHANGE = [
  // (a change with an object of its own, "changes to the Services, and you agree to pay any Fees", is no price change)
  re`\b(?:price|fee|pricing|rate) (?:changes?|increases?)\b|\b(?:change|changes|increase|increases|raise|raises|modify|adjust|update|revise|amend)\w{0,40}\b(?!\s{1,4}(?:to|in|of)\s{1,4}(?:the\s{1,4}|your\s{1,4}|our\s{1,4})?(?:services?|accounts?|plans?|features?|settings|users?)\b)${within(60)}\b${FEE}`,
  // "may modify … any aspect of the Service, with or without notice, including … storage limits and pricing"
  re`\b(?:modify|change|amend|adjust|revise)\b${within(160)}\bincluding\b${within(120)}\b(?:pricing|prices|fees)\b`,
  // "Fees for any Renewal Term will be at our then-current rates"
  re`\bat (?:our|the|its|their) then[- ]current (?:rates?|prices?|fees|pricing|list prices?)\b`,
  re`\b${FEE}${within(60)}\b(?:may|will|can|(?:is|are) subject to)\b${within(20)}\b(?:change|increase|be (?:changed|increased|modified|adjusted|revised))`,
  // "The fees and terms for such services are available on our website and may change from time to time": the fees the subject
  re`^\s{0,4}(?:the\s{1,4}|our\s{1,4}|any\s{1,4}|all\s{1,4})?${FEE}\b${within(160)}\b(?:may|will|can)\s{1,4}(?:change|be\s{1,4}changed|be\s{1,4}revised|increase)\b`,
  // "If the price of the subscription increases later, we will notify you"
  re`\b(?:if|when|where|before)\s{1,4}(?:the\s{1,4}|your\s{1,4}|our\s{1,4}|any\s{1,4})?(?:(?:membership|subscription|plan|service|monthly|annual)\s{1,4})?${FEE}(?:\s{1,4}of\s{1,4}(?:the\s{1,4}|your\s{1,4}|a\s{1,4}|any\s{1,4})?[\w-]{1,40})?\s{1,4}(?:changes|increases|goes up|rises|(?:has|have|is|are)\s{1,4}(?:been\s{1,4})?(?:increased|changed|raised|gone up))\b`,
];
/** A fee for what is free now: "does not currently charge fees for X, but reserves the right to place limitations …, including
 * subscription or other fees", "we may start charging for features that are free today". */
const NEW_FEE = [
  re`\b(?:not\s{1,4}currently|currently\s{1,4}(?:does|do)\s{1,4}not|is\s{1,4}currently\s{1,4}free|are\s{1,4}currently\s{1,4}free)\b${within(160)}\b(?:reserves?\s{1,4}the\s{1,4}right|may)\b${within(120)}\b${FEE}`,
  re`\b(?:may|reserves?\s{1,4}the\s{1,4}right\s{1,4}to)\s{1,4}(?:start|begin)\s{1,4}(?:charging|to\s{1,4}charge)\b`,
];
const FEE_FIXED = [
  re`\b(?:will not|shall not|won't|cannot|may not) ${gap(2)}(?:change|increase|raise|modify)\b${within(60)}\b${FEE}${within(80)}\b(?:during|until|before|for the)\b`,
  re`\b${FEE}${within(80)}\b(?:will not|shall not|won't) ${gap(2)}(?:change|increase)\b${within(60)}\b(?:during|until|before)\b`,
  re`\b(?:fixed|locked|guaranteed|frozen) (?:in )?(?:for|during|until|through)\b|\bremains? (?:your|the same|fixed|unchanged)\b${within(40)}\b(?:price|fee|rate)s?\b`,
  re`\b(?:price|fee|rate)s?\b${within(40)}\bremains?\b${within(40)}\b(?:for the duration|during|until|through)\b`,
  // "any such revised rates … will not become effective until the commencement of the next renewal term"
  re`\b(?:will|shall) not (?:become|be|take) (?:effective|effect)\s{1,4}until\b${within(60)}\b(?:renewal|next (?:term|subscription|billing)|end of (?:the|your|its) (?:current )?(?:term|subscription))`,
];
/**
 * A change that takes effect only from the next period: "these changes will apply after your current payment
 * period is complete", "new prices take effect at the start of your next billing cycle".
 */
const TAKES_EFFECT = lexicon('takes-effect', ['apply', 'applies', 'take effect', 'takes effect', 'become effective', 'becomes effective', 'be effective', 'come into effect', 'start', 'begin']);
const FROM_WHEN = lexicon('from-when', ['after', 'at the end of', 'from', 'at the start of', 'at the beginning of', 'on', 'upon', 'with']);
const LATER = lexicon('later-period', ['current', 'next', 'following', 'subsequent']);
const PERIOD_NOUN = lexicon('period-noun', ['period', 'term', 'cycle', 'renewal', 'month', 'year']);
const DEFERRED = re`\b${TAKES_EFFECT}\s{1,4}(?:only\s{1,4})?${FROM_WHEN}\s{1,4}(?:the\s{1,4}|your\s{1,4}|its\s{1,4})?${LATER}\s{1,4}(?:[\w-]{1,20}\s{1,4})?${PERIOD_NOUN}`;
/** What the customer keeps or loses: data, content, files, the account's contents. */
const DATA_NOUN = lexicon('data', [
  'data', 'content', 'contents', 'repository', 'repositories', 'file', 'files', 'backup', 'backups', 'information', 'project',
  'projects', 'package', 'packages', 'account contents', 'customer data', 'your site', 'your stuff', 'stuff', 'boards',
  'documents', 'images', 'photos', 'posts', 'customer files', 'customer content', 'account information', 'notes', 'messages',
  'uploads', 'videos', 'tracks', 'recordings', 'emails', 'materials', 'coursework', 'anything stored', 'everything stored',
  'anything associated', 'everything associated',
]);
/** The end of the contract or the account, or the time around it. */
const END = lexicon('end', [
  'terminat*', 'cancel*', 'expir*', 'clos*', 'end of the', 'end of this', 'end of your', 'ends', 'ended', 'deletion of your account',
  'suspension', 'suspended', 'deactivation',
]);
/** What a customer holds and an ending ends. */
const HELD = lexicon('held', ['account', 'accounts', 'subscription', 'subscriptions', 'membership', 'memberships']);
/** What an ending may bring with it: "may involve", "will result in", "could lead to". */
const MAY_BRING = re`(?:may|will|shall|could|can)\s{1,4}(?:also\s{1,4})?${lexicon('bring-about', ['involve', 'result in', 'lead to', 'mean', 'cause', 'entail'])}\b`;
const AFTER_END = [
  // (a condition on the ending too: "if we were to terminate an account, all content associated with it would be removed")
  re`\b(?:after|following|upon|once|when|if|in the event|as soon as|beyond the time of|beyond|within \w{1,40} (?:\(\d{1,12}\) )?days? (?:after|of|following))\s{1,4}(?:[\w’']{1,40}\s{1,4}){0,6}${END}`,
  re`\b(?:delet\w{0,40}|clos\w{0,40}) (?:your|the) account\b|\bafter (?:the|your) account (?:is|has been) (?:closed|cancell?ed|terminated|deleted)`,
  re`\b(?:during|until the end of) (?:the|your|its) (?:\w{1,40} )?term\b${within(40)}\b(?:thereafter|after)\b|\bwithin \w{1,40} (?:\(\d{1,12}\) )?days? thereafter\b`,
  re`\b(?:prior to|before) (?:the )?(?:termination|expiration|expiry|cancellation|closure)\b`,
  // "On expiry of the Agreement, both parties … delete all Personal Data"
  re`\bon\s{1,4}(?:the\s{1,4})?(?:termination|expiration|expiry|cancell?ation|closure)\b`,
  // an ending and what it brings: "may terminate your access …, which may result in the destruction of all information"
  re`\b(?:(?:terminat|cancel|clos)\w{0,10}|end)\b${within(160)}\b(?:which|this|that)\s{1,4}(?:may|will|shall|could|can)\s{1,4}(?:also\s{1,4})?(?:result|lead)\s{1,4}in\b`,
  // "any termination of your account, by you or Company, may involve the permanent deletion of your data"
  re`\b(?:terminat|cancel|clos)\w{0,10}\s{1,4}of\s{1,4}(?:your|the|an?|any)\s{1,4}(?:[\w-]{1,40}\s{1,4})?${HELD}${within(80)}\b${MAY_BRING}`,
  // "Account termination may result in destruction of any Content associated with your account"
  re`\b${HELD}\s{1,4}(?:terminat|cancel|clos|delet)\w{0,10}\b${within(40)}\b${MAY_BRING}`,
  // one right to do both: "terminate your membership and delete any Content stored on the Site"
  re`\b(?:terminat|cancel|clos|suspend)\w{0,10}\s{1,4}(?:your|the|any|a)\s{1,4}(?:[\w-]{1,40}\s{1,4})?(?:account|membership|subscription|access)s?\s{1,4}and\s{1,4}(?:to\s{1,4})?(?:delete|erase|destroy|purge|remove)\b`,
];
const DELETE = re`\b(?:delet\w{0,40}|eras\w{0,40}|destroy\w{0,40}|destruction|forfeit\w{0,40}|purg\w{0,40}|remov\w{0,40}|no longer (?:be )?(?:available|accessible|retained)|lose (?:access to )?(?:all )?(?:your )?(?:content|data))\b`;
/** The data can no longer be reached: "inaccessible", "no longer have access", "will immediately cease". */
const NO_ACCESS = [
  re`\binaccessible\b|\bno further access\b|\bno longer (?:be )?(?:available|accessible|accessed|recovered|retrieved|restored)|\bno longer (?:be able to |have )(?:access|use|retrieve|receive|get)`,
  re`\b(?:will not|won't|cannot|can ?not) (?:be )?(?:able to )?(?:access|recover\w{0,40}|retriev\w{0,40}|restor\w{0,40})|\bcan ?not be recovered|\bunrecoverable`,
  re`\b(?:right to|ability to) (?:use or )?access\b${within(80)}\b(?:will|shall) (?:immediately |automatically )?(?:cease|end|terminate)`,
  re`\bpermanently (?:delet|eras|remov|destroy)\w{0,40}|\b(?:delet|eras|remov|destroy)\w{0,40} permanently\b|\blose (?:all )?access\b`,
];
/** A period that is a notice: "30 days' advance notice", "thirty (30) days prior written notice". */
const NOTICE_AFTER = re`^(?:[’']s?|s[’'])?\s{0,4}(?:\(\d{1,4}\)\s{0,4})?(?:(?:prior|advance|written)\s{1,4}){0,2}(?:notice|notification|warning)\b`;
const ACCOUNT_DELETION = withFlags('gi')`\b(?:delet\w{0,40}|clos\w{0,40}|cancel\w{0,40}) (?:your|the|my|their) (?:\w{1,40} )?accounts?\b`;
const RETRIEVE = re`\b(?:retriev\w{0,40}|export\w{0,40}|download\w{0,40}|(?:request|obtain|get|provide \w{1,40}(?: \w{1,40})? with) (?:a )?cop(?:y|ies)|a copy of|make (?:this|a|the|such a) request|access to (?:your )?(?:content|data)|return (?:of )?(?:your |customer )?(?:content|data)|available for retrieval)\b`;
const END_SECTION = re`terminat|cancel|clos|expir|\bend\b`;
const DESTROY = re`\b(?:delet|eras|destroy|purg)\w{0,40}`;
const ALL_DATA = re`\ball (?:of )?(?:your |the )?(?:personal |other |account |user )?(?:content|data|information)\b`;
const CONTINUES = re`\b(?:delet|eras|destroy|purg|retriev|export|download|request)\w{0,40}`;
const CONFIDENTIAL = withFlags('gi')`\bconfidential information\b`;
const YOUR_THING = re`\b(?:download|export|retrieve|copy)\w{0,40} (?:all )?(?:of )?your \w{1,40}`;
const REQUEST = re`\brequest\b`;
const STOP = re`\b(?:non-?renewal|not to renew|cancel\w{0,40}|turn off|stop)\b`;
const BEFORE = re`\b(?:before|prior to|in advance)\b`;
/** The provider tells the customer ahead of a renewal: "we will email you a reminder 7 days before your plan renews". */
const CHANGE_TOLD = re`\b(?:chang|increas|modif|revis|adjust)\w{0,10}\b`;
const REMINDER = re`\b${TELL}${within(60)}\b(?:you|the customer|customers?|users?|subscribers?|members?)\b${within(80)}\b(?:before|prior to|in advance of|ahead of)\b${within(60)}\brenew`;

/** A renewal charged without telling: "you authorize us (without notice to you …) to collect the fee", "we will charge you without notice". */
const UNTOLD_CHARGE = re`\bwithout\s{1,4}(?:any\s{1,4}|further\s{1,4}|prior\s{1,4})?notice\b${within(80)}\b(?:charge|collect|bill|debit)\w{0,3}\b|\b(?:charge|collect|bill|debit)\w{0,3}\b${within(60)}\bwithout\s{1,4}(?:any\s{1,4}|further\s{1,4}|prior\s{1,4})?notice\b`;

function durationNear(text: string, re: RegExp): FoundDuration | undefined {
  const all = findDurations(text);
  const m = re.exec(text);
  if (!m || !all.length) return undefined;
  return all.reduce((best, d) => (Math.abs(d.start - m.index) < Math.abs(best.start - m.index) ? d : best));
}

/**
 * Renewal, fee-change and data-after-termination clauses of a provision. `continuesDataClause`: the
 * sentence before, in the same section, was about data after termination.
 */
export function classifyCommercial(p: Provision, ctx: ClassifyContext, continuesDataClause = false): TermsClause[] {
  const out: TermsClause[] = [];
  const base = (type: TermsClause['type'], applies: boolean) => ({ ...common(p, ctx, 'provider', 0.75), type, by: 'provider' as const, applies, periods: findDurations(p.text).map(toDuration) });
  if (RENEW.some((r) => r.test(p.text)) || NO_RENEW.test(p.text)) {
    const notice = readNotice(p.text).notice;
    // the notice to stop a renewal: "unless either party gives notice of non-renewal at least 30 days before"
    const stop = STOP.test(p.text) ? findDurations(p.text).find((d) => BEFORE.test(p.text.slice(d.end, d.end + 60))) : undefined;
    // (what is told is the renewal itself, not a change of price before it: "will notify you of any changes to the fee prior to …")
    const told = REMINDER.exec(p.text);
    const reminder = told !== null && !CHANGE_TOLD.test(told[0]) ? true : UNTOLD_CHARGE.test(p.text) ? false : undefined;
    // "If you terminate a Paid Service, … your subscription will not be renewed": the effect of stopping it, which
    // says it renews otherwise, not a denial of renewal
    const denied = NO_RENEW.test(p.text) && !STOPPED_IF.test(p.text);
    out.push({ ...base('renewal', !denied), notice: stop ? { kind: 'advance', period: toDuration(stop) } : notice, ...(reminder !== undefined ? { reminder } : {}) });
  }
  // "“Fixed Rate Tariff” means a Tariff that remains fixed for the duration …" defines a word; it fixes no price
  const fixed = !DEFINITION.test(p.text) && FEE_FIXED.some((r) => r.test(p.text));
  const changed = FEE_CHANGE.some((r) => r.test(p.text));
  const newFee = !changed && NEW_FEE.some((r) => r.test(p.text));
  if (changed || newFee || fixed) {
    // (a change deferred to the next period is none within the current one)
    out.push({ ...base('fee-change', !fixed), notice: changeNotice(p.text), ...(DEFERRED.test(p.text) ? { deferred: true } : {}), ...(newFee ? { newFee } : {}) });
  }
  // inside a section on cancellation or termination, "within 30 days all content will be deleted" is about after the end
  const noAccess = NO_ACCESS.some((r) => r.test(p.text));
  const inEndSection = p.headings.slice(-2).some((h) => END_SECTION.test(h)) &&
    (noAccess || (DESTROY.test(p.text) && (findDurations(p.text).length > 0 || ALL_DATA.test(p.text))));
  const afterEnd = AFTER_END.some((r) => r.test(p.text)) || inEndSection || (continuesDataClause && CONTINUES.test(p.text));
  // returning the other side's Confidential Information is not what becomes of the customer's data
  const data = re`${DATA_NOUN}`.test(p.text.replace(CONFIDENTIAL, ' ')) || YOUR_THING.test(p.text) || (continuesDataClause && REQUEST.test(p.text));
  // deleting the account is how it ends, not what becomes of the data
  const deletes = DELETE.test(p.text.replace(ACCOUNT_DELETION, ' '));
  if (data && afterEnd && (deletes || RETRIEVE.test(p.text) || noAccess)) {
    const clause: TermsClause = { ...base('data-after-termination', deletes || noAccess), notice: { kind: 'unspecified' } };
    // "… will be permanently deleted", "you will no longer have access": nothing to get back after the end
    if (noAccess) clause.noAccess = true;
    const deletion = deletes ? durationNear(p.text, DELETE) : undefined;
    // "we will provide at least 30 days advance notice, so you have a chance to retrieve your Content": the notice
    // before the end gives the chance, no window after it
    const near = RETRIEVE.test(p.text) ? durationNear(p.text, RETRIEVE) : undefined;
    const retrieval = near && !NOTICE_AFTER.test(p.text.slice(near.end, near.end + 40)) ? near : undefined;
    if (deletion) clause.deletion = toDuration(deletion);
    if (retrieval) clause.retrieval = toDuration(retrieval);
    out.push(clause);
  }
  return out;
}

/** Words of giving money back. */
const REFUND_WORD = lexicon('refund-word', ['refund*', 'reimburs*', 'money back', 'repay*', 'credit back']);
/** A refund denied: "no refunds", "non-refundable", "we do not issue partial refunds", "all sales are final". */
const NO_REFUND = [
  re`\b(?:no|non-?)\s{0,4}(?:partial\s{1,4}|pro[- ]?rat\w{0,10}\s{1,4})?refund(?:s|able)?\b|\bnot\s{1,4}(?:be\s{1,4})?refundable\b|\bwithout\s{1,4}(?:a\s{1,4}|any\s{1,4})?refunds?\b`,
  re`\b(?:do|does|will|shall|cannot|can)\s{0,4}(?:not|n't)\s{1,4}(?:\w{1,20}\s{1,4})?(?:issue|give|provide|offer|make|grant|pay)\s{1,4}(?:any\s{1,4})?(?:partial\s{1,4}|pro[- ]?rat\w{0,10}\s{1,4})?(?:refunds?|credits?)\b`,
  re`\b(?:won't|don't|doesn't|can't)\s{1,4}(?:\w{1,20}\s{1,4})?(?:issue|give|provide|offer|make|grant|pay)\s{1,4}(?:any\s{1,4})?(?:partial\s{1,4})?refunds?\b`,
  re`\bnot\s{1,4}(?:be\s{1,4})?refunded\b|\b(?:won't|isn't|aren't)\s{1,4}(?:be\s{1,4})?refunded\b`,
  re`\ball\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?(?:sales|purchases|payments|fees)\s{1,4}(?:are|will\s{1,4}be)\s{1,4}final\b|\b(?:will|shall)\s{1,4}not\s{1,4}(?:be\s{1,4})?refund`,
];
/** A refund of the unused part of a period: "partial refunds", "pro rata", "for unused time". */
const PARTIAL = re`\bpartial\b|\bpro[- ]?rat\w{0,10}|\bunused\b`;
/** Words before a window within which a refund is given: "within 3 business days", "the thirty (30) day period following". */
const WINDOW_LEAD = re`\b(?:within|during|in)\s{1,4}(?:the\s{1,4}(?:first\s{1,4})?)?$`;
const WINDOW_TAIL = re`^\s{0,4}(?:\w{1,20}\s{1,4})?(?:period\s{1,4})?(?:following|after|of|from)\b`;
/** "Except for the 30 day period following the start of your subscription, all sales are final": a window the denial leaves open. */
const EXCEPT_WINDOW = re`\b(?:except|other than|save)\s{1,4}(?:for|during|in|within)?\s{0,4}(?:the\s{1,4})?$`;

/**
 * A refund rule: money given back ("If you cancel within 3 business days of signing up, we will refund
 * your full fee"), its window, or its denial ("We do not issue partial refunds for unused time"). A
 * denial with a window it excepts ("Except for the 30 day period following the start …, all sales are
 * final") gives a refund within that window.
 */
export function classifyRefund(p: Provision, ctx: ClassifyContext): TermsClause[] {
  const text = p.text;
  const denied = NO_REFUND.some((r) => r.test(text));
  if (!denied && !re`${REFUND_WORD}`.test(text)) return [];
  const durations = findDurations(text);
  const excepted = durations.find((d) => EXCEPT_WINDOW.test(text.slice(Math.max(0, d.start - 40), d.start)));
  const within = durations.find((d) => WINDOW_LEAD.test(text.slice(Math.max(0, d.start - 30), d.start)) || (WINDOW_TAIL.test(text.slice(d.end, d.end + 30)) && !/notice/i.test(text.slice(d.end, d.end + 20))));
  const window = excepted ?? within;
  // a window the denial excepts is a window of refund; a plain denial gives none
  const gives = !denied || excepted !== undefined;
  // "If you are a consumer in the EEA, you may withdraw within 14 days and we will refund you": for whom it holds
  const scope = readScope(text);
  return [{
    ...common(p, ctx, 'provider', 0.7, 0, text.length, !gives),
    ...(scope ? { scope: toScope(scope) } : {}),
    type: 'refund',
    by: 'provider',
    applies: gives,
    notice: { kind: 'unspecified' },
    periods: durations.map(toDuration),
    ...(window ? { window: toDuration(window) } : {}),
    ...(PARTIAL.test(text) ? { partial: true } : {}),
  }];
}

const END_OF_WINDOW = re`\b(?:end|expiry|expiration|close) of (?:that|this|such|the) (?:\w{1,40} )?(?:period|window)\b|\bafter (?:that|this|such) (?:\w{1,40} )?(?:period|window)\b`;

/** "At the end of that period we delete …": a data clause after one with an export window deletes when the window ends. */
export function continueData(p: Provision, clauses: Clause[], last: TermsClause): void {
  if (!last.retrieval || !END_OF_WINDOW.test(p.text)) return;
  for (const c of clauses) if (c.type === 'data-after-termination' && !c.deletion) c.deletion = last.retrieval;
}
