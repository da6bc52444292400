/**
 * Limitation of liability: a cap, as an amount ("$500") or the fees paid in the N months before, or
 * a bare exclusion of damages. Denied where the text says there is none ("Nothing in these terms
 * limits our liability", "there is no cap on the damages you may recover").
 */
import type { LiabilityLimitationClause } from '../schema/index.js';
import { itemProvision, leafItems, type Provision } from '../segment/index.js';
import { common, type ClassifyContext } from './base.js';
import { nearestParty } from '../annotate/parties.js';
import { NUMBER_WORD, findDurations, wordsToNumber } from '../annotate/durations.js';
import { inSentence, lexicon, re, within, withFlags } from '../lexicon/compose.js';

/** The words before a liability that make it a whole ("total", "aggregate"). */
const WHOLE = lexicon('whole', ['total', 'aggregate', 'entire', 'maximum', 'cumulative', 'collective', 'combined', 'overall']);
const LIMIT_VERB = re`(?:will not|shall not|won't|does not|do not|is limited|are limited|not to|in no event${within(80)}) (?:exceed|be more than|be greater than)`;
/** "is", "will be", "shall at all times be": what comes before "limited to" in a cap. */
/** "limited to", "limited in aggregate to", "limited in the aggregate to". */
const LIMITED = re`limited(?:\s{1,4}in\s{1,4}(?:the\s{1,4})?aggregate)?\s{1,4}to\b`;
const BE_LIMITED = re`(?:is|are|(?:will|shall)(?:\s{1,4}[\w,]{1,20}){0,3}?\s{1,4}be)`;
/** "limited to the extent permitted by law": a saving for the law, not a cap. */
const BY_LAW = re`\s{1,4}(?:the\s{1,4})?(?:fullest\s{1,4}|maximum\s{1,4}|greatest\s{1,4})?extent\s{1,4}(?:permitted|allowed|permissible)\b`;
const CAP = [
  re`\b${WHOLE}\s{1,4}(?:\w{1,40}\s{1,4}){0,3}liability\b${inSentence(250)}\b${LIMIT_VERB}`,
  // ("In no event shall the maximum aggregate, cumulative liability of X … be greater than …")
  // (what the liability is for may run long before "exceed": "… for all damages (other than …) arising out of …")
  re`\bin no event\b${inSentence(200)}\bliability\b${inSentence(400)}\b(?:exceed|be greater than|be more than)`,
  re`\bliability\b${inSentence(150)}\b(?:will|shall|does|do|must|may) (?:not|never|in no (?:circumstances|event|case)|under no circumstances) (?:in (?:the )?aggregate )?exceed\b`,
  // ("Dune's liability is in all events limited to what the User have paid …": a few words may come between;
  // "will at all times be limited to": so may they between the modal and "be")
  re`liability\b${inSentence(300)}\b${BE_LIMITED}\s{1,4}(?:[\w,]{1,20}\s{1,4}){0,4}?${LIMITED}(?!${BY_LAW})|limited to (?:the )?(?:greater|lesser) of`,
  re`(?:will|shall) not (?:be liable|exceed)${inSentence(120)}(?:\b(?:amount|fees|sum|USD|EUR)\b|[$€£])`,
  // "Acme's maximum aggregate liability … will be the greater of: (i) $100; or (ii) …"
  re`\b${WHOLE}\s{1,4}(?:\w{1,40}\s{1,4}){0,3}liability\b${inSentence(250)}\b(?:(?:will|shall)\s{1,4}be|is)\s{1,4}(?:the\s{1,4})?(?:greater|lesser|higher|lower)\s{1,4}of\b`,
  // "in no event shall Company be liable … (iii) for any direct damages in excess of … one-hundred U.S. dollars ($100.00)"
  // (with an aside before "of": "in excess (in the aggregate) of the fees paid by you or, if greater, $500")
  re`\bliable\b${inSentence(600)}\bdamages\s{1,4}in\s{1,4}excess\s{1,4}(?:\([^()]{0,40}\)\s{1,4})?of\b${inSentence(60)}(?:[$€£]|\bU\.S\.|\b(?:USD|EUR|GBP|dollars|euros|pounds)\b)`,
];
/** The kinds of damages an exclusion names first. */
const DAMAGE_KIND = lexicon('damage-kind', ['indirect', 'incidental', 'special', 'consequential', 'punitive', 'exemplary']);
/** "liable for", "liable to you for", "liable to you or any third party for": whom the liability is owed may come between. */
const LIABLE_FOR = re`liable(?:\s{1,4}to\s{1,4}(?:you|\w{1,40})(?:\s{1,4}or\s{1,4}(?:any\s{1,4})?(?:third party|\w{1,40}))?)?\s{1,4}for`;
const EXCLUDE = [
  // ("shall not be liable to you for any direct, indirect … damages": direct damages may come first)
  re`\b(?:not|never) (?:be )?${LIABLE_FOR} (?:any )?(?:direct,?\s{1,4}(?:or\s{1,4})?)?${DAMAGE_KIND}`,
  re`\b(?:not have|have no|bears? no) (?:any )?liability for (?:any )?(?:indirect|incidental|special|consequential|punitive|exemplary|lost|loss)`,
  re`\b(?:in|under) no (?:event|case|circumstances?)\b${inSentence(200)}\b(?:liable|liability)`,
  // "will not be liable for any damages of any kind arising from the use of the service": every damage
  re`\b(?:not|never) (?:be )?liable for (?:any )?(?:damages|losses|loss) of any kind\b`,
  // "neither Acme nor any of its Affiliates will have any liability … for damages of any type"
  re`\bneither\b${within(80)}\bnor\b${within(80)}\b(?:will|shall|does|do|has|have)\s{1,4}(?:have\s{1,4}|bear\s{1,4})?(?:any\s{1,4})?liability\b`,
  // "neither Acme nor its affiliates will be liable to the advertiser … for any indirect … damages"
  re`\bneither\b${within(80)}\bnor\b${within(80)}\b(?:will|shall)\s{1,4}be\s{1,4}liable\b${inSentence(120)}\b${DAMAGE_KIND}`,
  // "We are not responsible for any automatic filtering …": a responsibility disclaimed
  re`\b(?:are|is|will be|shall be)\s{1,4}not\s{1,4}(?:liable|responsible)\s{1,4}for\s{1,4}any\b`,
  // "is not responsible for providing compensation for commercial losses"
  re`\b(?:not|never) (?:be )?(?:responsible|obliged|required) (?:for|to) (?:provid|pay)\w{0,4} (?:any )?compensation\b`,
];
/** Every damage excluded: "will not be liable for: (a) damages of any kind", "no liability whatsoever". */
const OF_ANY_KIND = lexicon('of-any-kind', ['of any kind', 'of any nature', 'of any sort', 'whatsoever', 'of whatever kind', 'of whatever nature']);
// ("In no case shall Acme, our directors, officers … be liable for any injury, loss, claim, or any direct, indirect …
// damages of any kind": the parties named may come between, and the kinds of damage before "of any kind")
const NOT_LIABLE = re`\b(?:not|never|no (?:event|case|circumstances?)${inSentence(240)})\s{1,4}(?:be\s{1,4})?liable\b`;
const ALL_EXCLUDED = re`${NOT_LIABLE}${inSentence(160)}\b(?:damages|losses|loss|claims)\s{1,4}${OF_ANY_KIND}|\bno liability\s{1,4}${OF_ANY_KIND}`;
/** The customer's liability, named as such: "your liability", "the customer's total liability". */
const CUSTOMER_LIABILITY = re`\b(?:your|the customer['’]s|the user['’]s|licensee['’]s)\s{1,4}(?:(?:own|total|entire|aggregate|maximum)\s{1,4}){0,2}liabilit`;
/** The provider's liability, named as such: "our liability", "the company's total liability". */
const PROVIDER_LIABILITY = re`\b(?:our|its|the company['’]s|the provider['’]s)\s{1,4}(?:(?:own|total|entire|aggregate|maximum)\s{1,4}){0,2}liabilit`;
/** "Nothing in these terms limits our liability", "there is no cap on damages", "liability is unlimited". */
const NO_CAP = [
  // (the customer's too: "Nothing in these terms shall exclude or limit your liability in respect of any indemnity")
  re`\bnothing in (?:these|this|the)\b${within(60)}\b(?:limits?|excludes?|restricts?|caps?)\b${within(30)}\b(?:our|its|the (?:provider|company)'?s?|their|your|(?!(?:party|parties|either|each|any)['’])[A-Z][\w.&-]{1,40}['’]s) liability\b`,
  re`\bthere (?:is|will be|shall be) no (?:cap|limit|ceiling)\b${within(40)}\b(?:liability|damages)\b|\b(?:unlimited|uncapped) liability\b|\bliability (?:is|will be|shall be) unlimited\b`,
  re`\b(?:will|shall|do|does) not (?:limit|cap|exclude) (?:our|its|their) liability\b`,
];
const MONEY = re`(?:\$|USD\s?|US\$|€|EUR\s?|£|GBP\s?)\s?([0-9][0-9,]{0,40}(?:\.[0-9]{1,40})?)|([0-9][0-9,]{0,40}(?:\.[0-9]{1,40})?)\s?(?:dollars|USD|euros?|EUR)`;
/** The words of what was paid, before the months it was paid in: "fees paid", "the payments made". */
const PAID_WORDS = lexicon('paid', ['paid', 'payable', 'paid or payable', 'owed', 'payments made', 'amounts made', 'payments received', 'spent']);
const MONTHS_PAID = re`${PAID_WORDS}[^.]{0,80}?\b(?:in|during|over|for) the (?:last |preceding |previous |prior |past )?(\w{1,40}|\d{1,12}) (?:\(\d{1,12}\) )?months?\b|\b(\w{1,40}|\d{1,12})[- ](?:\(\d{1,12}\) )?months?(?: period)? (?:prior|preceding|before|immediately preceding)`;
const LIMIT_PHRASE = re`\b(?:exceed|be more than|be greater than|be(?=\s{1,4}the\s{1,4}(?:greater|lesser|higher|lower)\s{1,4}of\b)|${LIMITED}|in\s{1,4}excess\s{1,4}(?:\([^()]{0,40}\)\s{1,4})?of)\s{1,4}([^]{1,300}?)(?=\s{0,4}(?:(?<!\b[A-Z])\.(?:\s|$)|;(?!\s{0,4}(?:or|and)\b)|,?\s(?:except|provided|whichever|in the aggregate|under any)\b|$))`;
const EITHER = re`^(?:the )?(?:greater|lesser|higher|lower) of\b`;
const DEFINED = /^(?:the )?(?:[A-Z][\w-]{0,40}\s?){1,8}$/;
const FEES_PHRASE = re`\b(?:the )?(?:total )?(?:fees|amounts?|sums?|charges)\b[^.;]{0,120}?\bmonths?\b(?:[- ]period)?(?:\s{1,4}(?:immediately\s{1,4})?(?:preceding|before|prior to)(?:\s{1,4}[\w’']{1,40}){0,6}?\s{1,4}(?:claim|event|incident|date|liability|action)\b)?`;
const FEES = re`\bfees\b`;
const PAID = re`\b(?:amounts?|sums?|price|charges?|fees?|payments?)\b[^.;]{0,40}${PAID_WORDS}`;
const LIMITED_TO = re`${LIMITED}\s{1,4}([^.;]{0,400})`;
const LIAB = re`liab|compensation`;

/** A phrase cut at a word, at most `max` characters. */
function clip(text: string, max = 250): string {
  return text.length <= max ? text : text.slice(0, max).replace(/\s\S{0,40}$/, '');
}

const SYMBOL: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£' };
/** "ONE HUNDRED DOLLARS (US $100.00)", "one hundred U.S. dollars (U.S. $100.00)": the figure in brackets is the amount. */
const MONEY_WORDS = re`\b(?:(?:${NUMBER_WORD}|thousand|million|and|U\.S\.|US)\s){1,6}(?:dollars|euros?|pounds)\s\(\s{0,2}((?:US|U\.S\.)?\s{0,2}[$€£]\s{0,2}[0-9][0-9,.]{0,20})\s{0,2}\)`;
const AMOUNT = withFlags('gi')`(?:(?:US|U\.S\.)\s{0,2})?[$€£]\s{0,2}([0-9][0-9,]{0,15})(?:\.00)?\b`;
const WORD_DIGITS = withFlags('gi')`\b(${NUMBER_WORD})\s{0,2}\(\s{0,2}(\d{1,4})\s{0,2}\)`;
const WORD_UNIT = withFlags('gi')`\b(${NUMBER_WORD})(?=[- ](?:months?|days?|years?|weeks?|hours?)\b)`;

/**
 * A cap as a formula with its figures: number words as digits ("twelve (12) months", "six months"
 * are "12 months", "6 months"), amounts in one form ("ONE HUNDRED DOLLARS (US $100.00)" is "US$100"),
 * capitals in lower case.
 */
export function capFormula(text: string, currency = 'USD'): string {
  let t = text.replace(MONEY_WORDS, '$1');
  t = t.replace(AMOUNT, (m, n: string) => `${/€/.test(m) ? '€' : /£/.test(m) ? '£' : SYMBOL[currency] ?? 'US$'}${n}`);
  t = t.replace(WORD_DIGITS, (m, w: string, d: string) => (wordsToNumber(w.replace('-', ' ')) !== undefined ? d : m));
  t = t.replace(WORD_UNIT, (m, w: string) => String(wordsToNumber(w.replace('-', ' ')) ?? m));
  // "$1,000 USD (except as noted in Section 16)": the currency once, and no exception after the figure (an
  // alternative stays: "(or $50 for a free service)")
  t = t.replace(/([$€£][0-9][0-9,.]{0,20})\s{1,4}(?:USD|EUR|GBP)\b/gi, '$1').replace(/\s{0,4}\((?:except|save|subject|as|unless|other than)\b[^()]{0,80}\)\s{0,4}$/i, '');
  if (t === t.toUpperCase()) t = t.toLowerCase().replace(/\bus\$/g, 'US$');
  return t.replace(/\s{2,402}/g, ' ').trim();
}

function capOf(text: string): LiabilityLimitationClause['cap'] {
  const money = MONEY.exec(text);
  const months = MONTHS_PAID.exec(text);
  // "the fees paid in the last one month", "the 12-month period": the months as a number, written or in words
  const word = months ? (months[1] ?? months[2]) : undefined;
  const n = word ? (/^\d+$/.test(word) ? Number(word) : findDurations(`${word} months`)[0]?.amount) : undefined;
  // what follows "will not exceed" / "is limited to": "the greater of $50 or …", "the General Cap Amount"
  // (an aside first is no part of it: "in excess of (in the aggregate) fifty dollars")
  const limited = LIMIT_PHRASE.exec(text);
  // ("… or 500 USD, whichever is lower": the choice between the figures is part of the cap)
  const which = limited ? /^,?\s{1,4}whichever\s{1,4}is\s{1,4}(?:lower|less|lesser|greater|higher|more)\b/i.exec(text.slice(limited.index + limited[0].length, limited.index + limited[0].length + 40)) : null;
  const limit = limited ? `${limited[1].trim().replace(/^\([^()]{0,40}\)\s{0,4}/, '')}${which ? which[0].replace(/^\s{0,4}/, '').replace(/^(?!,)/, ', ') : ''}` : undefined;
  const defined = !money && n === undefined && limit && DEFINED.test(limit) ? limit : undefined;
  if (defined) return { text: defined };
  const currency = money ? (/€|EUR|euro/i.test(money[0]) ? 'EUR' : /£|GBP/i.test(money[0]) ? 'GBP' : 'USD') : undefined;
  // "shall not exceed the amounts paid by you to Acme under this agreement": the phrase is the cap
  if (!money && n === undefined && !FEES.test(text)) return limit && PAID.test(limit) ? { text: capFormula(clip(limit)) } : undefined;
  // the cap as its formula: what follows "exceed" / "limited to", else the fees phrase, else the amount
  const feesPhrase = months ? FEES_PHRASE.exec(text)?.[0] : undefined;
  const phrase = limit && (money || PAID.test(limit) || /\bmonths?\b/i.test(limit)) ? clip(limit) : (feesPhrase ?? money?.[0] ?? months?.[0] ?? 'fees paid');
  const cap: NonNullable<LiabilityLimitationClause['cap']> = { text: capFormula(phrase.trim(), currency) };
  if (money) {
    cap.amount = Number((money[1] ?? money[2]).replace(/,/g, ''));
    cap.currency = currency;
  }
  if (n !== undefined) cap.feesMonths = n;
  return cap;
}

/** A limitation of liability with its cap, a bare exclusion of damages (no cap), a denial of any cap, or undefined. */
export function classifyLiability(p: Provision, ctx: ClassifyContext): LiabilityLimitationClause | undefined {
  const at = Math.max(0, p.text.search(LIAB));
  const near = nearestParty(p.text, at, ctx.parties);
  // the customer's own liability only where the text says so ("your liability in respect of any indemnity"):
  // a liability "to you" is the provider's
  const party = CUSTOMER_LIABILITY.test(p.text) && !PROVIDER_LIABILITY.test(p.text) ? 'customer' : near.party === 'unknown' || near.party === 'customer' ? 'either' : near.party;
  const capped = CAP.some((r) => r.test(p.text));
  // (a carve-out beside a cap, "Nothing … limits either party's liability for death …; … shall not exceed $500", leaves the cap)
  if (!capped && NO_CAP.some((r) => r.test(p.text))) return { ...common(p, ctx, party, 0.75, 0, p.text.length, true), type: 'liability-limitation' };
  if (!capped && !EXCLUDE.some((r) => r.test(p.text))) return undefined;
  const cap = capped ? capOf(p.text) ?? { text: LIMITED_TO.exec(p.text)?.[1] ?? 'capped' } : undefined;
  const all = !cap && ALL_EXCLUDED.test(p.text);
  return { ...common(p, ctx, party, capped ? 0.85 : 0.6), type: 'liability-limitation', ...(cap ? { cap } : {}), ...(all ? { excludesAll: true } : {}) };
}

/**
 * The limitations of a provision: one per listed item where two or more items each set a cap ("(i) … for the
 * software shall not exceed $50; and (ii) … for the apps shall not exceed the amount you paid"), else one.
 */
export function classifyLiabilities(p: Provision, ctx: ClassifyContext): LiabilityLimitationClause[] {
  const items = leafItems(p).filter((it) => CAP.some((r) => r.test(p.text.slice(it.start, it.end))));
  if (items.length >= 2) {
    return items.flatMap((it) => {
      const c = classifyLiability(itemProvision(p, it), ctx);
      return c ? [c] : [];
    });
  }
  const c = classifyLiability(p, ctx);
  return c ? [c] : [];
}
