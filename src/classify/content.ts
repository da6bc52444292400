/**
 * Content: duties on what the customer and its end users may post, store or do (acceptable use),
 * each typed with categories, and the provider's right to remove or disable content.
 */
import type { ContentDutyClause, ContentRemovalClause } from '../schema/index.js';
import { categoriesOf } from '../lexicon/content.js';
import { itemProvision, leafItems, type Provision } from '../segment/index.js';
import { common, type ClassifyContext } from './base.js';
import { readNotice } from '../annotate/facts.js';
import { standsIn } from '../annotate/names.js';
import { clauseAround, segmentsOf } from '../frame/index.js';
import { deniedAt } from '../frame/polarity.js';
import { lexicon, re, within, withFlags } from '../lexicon/compose.js';
import { CUSTOMER_ROLE, escapeRegExp, nearestParty, partyOf } from '../annotate/parties.js';
import { supposesCompliance } from '../lexicon/grounds.js';

export { CATEGORY_WORDS, categoriesOf } from '../lexicon/content.js';

// a prohibition: the lead-in or sentence forbids ("you may not", "don't", "is prohibited", "agree not to")
/** The words that forbid. */
const FORBID = lexicon('forbid', [
  'do not allow', 'does not allow', 'will not allow', 'do not permit', 'does not permit', 'will not permit', 'do not tolerate',
  'does not tolerate', 'will not tolerate', 'do not accept', 'does not accept', 'will not accept', "don't allow", "doesn't allow",
  "won't allow", "don't permit", "doesn't permit", "won't permit", "don't tolerate", "doesn't tolerate", "won't tolerate",
  "don't accept", "doesn't accept", "won't accept", 'may not', 'must not', 'shall not', 'will not', 'cannot', 'can not', "can't",
  'do not', "don't", 'never', 'are not allowed', 'are not permitted', 'is not allowed', 'is not permitted', 'not use', 'not to use',
  'not post', 'not to post', 'not upload', 'not to upload', 'not share', 'not to share', 'not engage', 'not to engage', 'not submit',
  'not to submit', 'agree not to', 'agrees not to', 'undertake not to', 'undertakes not to', 'commit not to', 'commits not to',
  'prohibit*', 'forbid*', 'not allowed', 'not permitted', "aren't allowed", "isn't allowed", "aren't permitted", "isn't permitted", 'not authorized to', 'not authorised to', 'refrain from',
  "won't post", "won't upload", "won't share", "won't use", "won't submit", "won't publish", "won't engage", "won't store", "won't distribute", 'restrict from', 'restricted from', 'restricts from',
  'restricted purposes', 'is banned', 'are banned', 'zero tolerance', 'zero-tolerance', 'not ok', 'not okay',
  'not acceptable', "aren't acceptable", "isn't acceptable", 'unacceptable', 'impose restrictions on', 'imposes restrictions on',
  'place restrictions on', 'places restrictions on',
]);
// "You may post reviews …, so long as the content is not illegal, obscene …": a permission on a condition that forbids
const ALLOWED_IF_NOT = re`\b(?:so long as|as long as|provided (?:that )?|on condition that)\s{1,4}(?:the|such|your|that|this|it)\b[^.;]{0,30}?\b(?:is|are|does|do)\s{1,4}not\b`;
/** "It is a breach of this agreement to use the service for any illegal purpose": conduct forbidden by naming it a breach. */
const BREACH_TO = re`\bit is a (?:material )?(?:breach|violation) of (?:this|these|the) (?:\w{1,40} ){0,2}to\b`;
/** "Make sure that your description does not:", "ensure your content doesn't …": a duty to keep something from doing a thing. */
const ENSURE_NOT = re`\b(?:make\s{1,4}sure|ensure)\s{1,4}(?:that\s{1,4})?(?:[\w'-]{1,40}\s{1,4}){0,4}?(?:does|do|will|is|are)\s{0,4}(?:not|n't)\b`;
const PROHIBITION = re`${FORBID}|\bno (?:\w{1,40} ){0,2}(?:allowed|permitted)\b|${ALLOWED_IF_NOT}|${BREACH_TO}|${ENSURE_NOT}`;
/** A policy named by its ban ("the Prohibited Use Policy", "our Prohibited Content Rules"): a name, forbidding nothing. */
const BAN_NAME = withFlags('g')`\bProhibit\w{0,10}(?:\s{1,4}[A-Z][\w-]{0,40}){1,4}`;
const unnamed = (text: string) => (text.includes('Prohibit') ? text.replace(BAN_NAME, ' ') : text);

/** Carrying content: after "we will not", the provider refuses what the customer submits ("we will not print content that …"). */
const CARRY = String.raw`\s{1,4}(?:print|publish|host|display|carry|distribute|accept|run|show)\s{1,4}(?:any\s{1,4})?(?:content|images?|photos?|products?|ads?|material|hate|\w{1,20}\s{1,4}(?:content|speech|images?))\b`;
const REFUSE_TO_CARRY = re`^${CARRY}`;
/** "We will not print hate speech": the provider as the subject of a refusal to carry content. */
const WE_REFUSE = re`\bwe\s{1,4}(?:also\s{1,4})?(?:will\s{1,4}not|won't|shall\s{1,4}not)${CARRY}`;
/** A thing named as not allowed: "PO boxes aren't acceptable", "Premium numbers are not acceptable". */
const THING_BANNED = re`\b(?:is|are)\s{1,4}not\s{1,4}(?:allowed|permitted|acceptable)\b|\b(?:isn't|aren't)\s{1,4}(?:allowed|permitted|acceptable)\b`;
/** A ban with no subject: "… is prohibited", "we don't allow …". */
const IMPERSONAL_BAN = re`${BREACH_TO}|\bzero.tolerance\b|\bprohibit|\bnot (?:allowed|permitted)|\b(?:aren't|isn't) (?:allowed|permitted|acceptable)|\bnot acceptable\b|\bunacceptable\b|\bbanned|\brestricted|\b(?:do|does|will) not (?:allow|permit|tolerate|accept)|\b(?:don't|doesn't|won't) (?:allow|permit|tolerate|accept)`;
/** Who a duty falls on: the customer, its users, or people in general. */
const BEARER_WORD = lexicon('bearer-word', [
  'you', 'your', 'user', 'users', 'customer', 'customers', 'end user', 'end users', 'member', 'members', 'licensee', 'subscriber',
  'subscribers', 'developer', 'developers', 'account holder', 'account holders', 'anyone', 'no one', 'person', 'persons', 'people',
  'student', 'students', 'children', 'minors', 'visitor', 'visitors', 'participant', 'participants', 'creator', 'creators',
  'seller', 'sellers', 'buyer', 'buyers', 'player', 'players', 'viewer', 'viewers',
]);
const DUTY_SUBJECT = re`${BEARER_WORD}`;
/** What a duty is about: doing things with content, or acts on the service, accounts and other people. */
const CONDUCT = re`\b${lexicon('conduct', [
  'post*', 'upload*', 'publish*', 'share*', 'sharing', 'submit*', 'transmit*', 'distribut*', 'host*', 'stor*', 'send*', 'use', 'uses', 'using',
  'engag*', 'creat*', 'display*', 'promot*', 'content', 'material*', 'activity', 'activities', 'conduct',
  // acts on accounts, access and other people
  'sell*', 'resell*', 'rent*', 'lease*', 'give away', 'transfer*', 'collect*', 'harvest*', 'solicit*', 'scrap*', 'crawl*',
  'access*', 'impersonat*', 'harass*', 'harrass*', 'bully*', 'threaten*', 'stalk*', 'spam*', 'hack*', 'phish*', 'circumvent*', 'bypass*',
  'reverse engineer*', 'decompil*', 'copy*', 'reproduc*', 'mine', 'mining', 'exploit*', 'interfer*', 'disrupt*', 'overload*',
])}`;
/** The words that put a duty on someone: "must", "will need to", "are solely responsible for". */
const OWE = lexicon('owe', [
  'must', 'shall', 'need to', 'needs to', 'will need to', 'have to', 'has to', "'ll have to", "'ll need to", 'are required to',
  'is required to', 'are obliged to', 'is obliged to',
  'are responsible for', 'is responsible for', 'are solely responsible for', 'is solely responsible for', 'are fully responsible for',
  'are entirely responsible for', 'are exclusively responsible for', 'remain responsible for', 'remain solely responsible for',
  'shall be responsible for', 'shall be solely responsible for', 'will be responsible for', 'will be solely responsible for',
  'are accountable for', 'is accountable for', "'re responsible for", "'re solely responsible for", "'re fully responsible for",
]);
const KEEP_TO = lexicon('keep-to', ['comply', 'ensure', 'obtain', 'respect', 'follow', 'abide']);
/** A duty on the customer side: "you must tag your content", "you are solely responsible for your content", "users agree to comply". */
// (an aside may stand between: "You (and not Acme) are responsible for …")
const MUST = re`${BEARER_WORD}\s{0,4}(?:\([^()]{1,40}\)\s{0,4})?(?:${OWE}|(?:agree\s{1,4}to|will)\s{1,4}${KEEP_TO})`;
const ITEM_DUTY = /^\s*(?:will|shall|must|does|do|is|are)\s+(?:not\s+)?\w+|\b(?:will|shall|must) not\b/i;
/** An item that promises what something is not or does not do: "does not infringe …", "is not unlawful". */
const NEGATIVE_ITEM = /^\s*(?:will|shall|does|do|is|are)\s+not\b/i;
const END_USERS = /\bend users?\b|\byour (?:users|customers|members)\b/i;

/** A sentence that says what the one before it covers: "This includes …", "Such material includes …". */
const INCLUDES_MORE = re`^\s{0,4}(?:this|these|that|such\s{1,4}(?:content|materials?|data|activit(?:y|ies)|conduct|uses?))\s{1,4}(?:includes?|covers?|may include|means)\b`;

/** A sentence whose subject is a noun phrase, saying what it covers: "Regulated goods include alcohol, …". */
const NAMED_INCLUDES = re`^\s{0,4}(?:the\s{1,4})?([A-Za-z][A-Za-z' -]{2,60}?)\s{1,4}(?:includes?|covers?|comprises?|(?:may|can)\s{1,4}include)\b`;

/**
 * Does the sentence say what a thing named by the sentence before covers ("Do not sell regulated goods.
 * Regulated goods include alcohol, tobacco and weapons.")? Its subject repeats words of the one before.
 */
export function namesWhatBeforeCovers(text: string, before: string): boolean {
  const m = NAMED_INCLUDES.exec(text);
  const named = m?.[1].trim().toLowerCase();
  return named !== undefined && named.length >= 6 && before.toLowerCase().includes(named);
}

// a lead-in that points back: "These activities include:", "Such conduct includes", "This includes:"
const BACK_REFERENCE = /^\s*(?:these|such|those|this|that|the following|prohibited|examples)\b[^.:]{0,60}\b(?:include|includes|including|are|is|means)\b[^.]{0,40}:?\s*$/i;

/** A preposition just before a party word: the party is an object there, not the subject. */
const OBJECT_BEFORE = /\b(?:against|to|for|with|from|on|by|of|at|toward|towards)\s{1,4}$/i;

/** A condition opened just before a denial: "If you", "unless the User". */
const CONDITION_SUBJECT = re`\b(?:if|unless|when|whenever|should|in case)\s{1,4}(?:you|the\s{1,4}(?:user|customer|member)|users?|customers?|members?)\s{0,4}$`;

/** The text names the customer: "you", "your", or one of the customer's names ("The Publisher represents …"). */
function namesCustomer(text: string, ctx: ClassifyContext): boolean {
  // (or by its role as a defined name, where the document defines none: "Advertiser represents and warrants …")
  return /\b(?:you|your)\b/i.test(text) || standsIn(text, ctx.parties.customer) || (!ctx.parties.customer.length && CUSTOMER_ROLE.test(text));
}

/**
 * Whether a prohibition binds the customer side: not when its subject is the provider ("we will not",
 * "the Company shall not"), both parties, or the document ("these Terms do not create"), nor when it
 * is a condition of use ("if you do not agree, you may not use") or a liability exclusion.
 */
/** Acts and events that may be the subject of a denied effect ("such termination will not affect …"). */
const ACT_NOUN = lexicon('act-noun', [
  'election', 'elections', 'choice', 'decision', 'termination', 'cancellation', 'suspension', 'withdrawal', 'exercise', 'change',
  'changes', 'removal', 'expiry', 'expiration', 'deletion', 'waiver', 'failure', 'delay', 'action', 'notice',
]);
const EFFECT_SUBJECT = re`\b(?:such|this|that|these|those|any|the|each|your|our)\s{1,4}(?:[\w-]{1,20}\s{1,4})?${ACT_NOUN}\s{0,4}$`;

function bindsCustomer(text: string, ctx: ClassifyContext): boolean {
  const m = PROHIBITION.exec(unnamed(text));
  if (!m) return false;
  if (/\b(?:if you|if they|who|that) do(?:es)?(?: not|n['’]t) (?:agree|accept)|\b(?:not|no|never)\b[^.;]{0,40}\bliab(?:le|ility)\b/i.test(text)) return false;
  const clause = text.slice(0, m.index).split(/[;:]|[.!?]\s+/).pop() ?? '';
  if (/\b(?:these|this|the)\s+(?:terms|agreement|section|licen[cs]e|polic(?:y|ies))\b[^,]{0,40}$/i.test(clause)) return false;
  // "If You do not use the service for six months, we will …": a denial in a condition states when, not a duty
  if (CONDITION_SUBJECT.test(clause)) return false;
  // "… provided that any such election will not withdraw the licences": an act's effect denied, not a duty
  if (EFFECT_SUBJECT.test(clause)) return false;
  // "we do not allow", "we don't tolerate": the provider forbids, the customer is bound
  // "We will not print content that harasses …", "we won't publish …": what the provider refuses to carry, the customer may not submit
  if (/^(?:will not|won['’]t|shall not|do not|don['’]t)$/i.test(m[0]) && REFUSE_TO_CARRY.test(text.slice(m.index + m[0].length)) && /\bwe\s{1,4}$|\bwe\s{1,4}(?:also\s{1,4})?$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
  // ("we have to impose restrictions on certain content which:": the provider restricts, the customer is bound)
  if (/^(?:(?:do|does|will) not|don['’]t|doesn['’]t|won['’]t) (?:allow|permit|tolerate|accept)|^zero.tolerance|^(?:impose|place)s?\s{1,4}restrictions/i.test(m[0])) return true;
  if (/\b(?:you and (?:we|us)|(?:we|us)(?: \([^)]{0,400}\))? and you|both of us|each of us|the parties)\b/i.test(clause)) return false;
  // the subject nearest the prohibition: "we ask that you not post" binds you; "Acme will not" binds Acme
  const names = [...ctx.parties.provider, ...ctx.parties.customer].map(escapeRegExp).join('|');
  // (a party after a preposition is an object: "we may take measures against you, including prohibiting …")
  const subjects = [...clause.matchAll(new RegExp(`\\b(?:we|you|users?|customers?|members?|${names ? names + '|' : ''}(?:the )?(?:company|provider|operator))\\b`, 'gi'))]
    .filter((m) => !OBJECT_BEFORE.test(clause.slice(Math.max(0, m.index! - 12), m.index)));
  const last = subjects[subjects.length - 1];
  const subject = last ? partyOf(last[0], ctx.parties) : 'unknown';
  return subject !== 'provider' && subject !== 'either';
}

function consequences(text: string): ContentDutyClause['consequences'] {
  const out: ContentDutyClause['consequences'] = [];
  if (/\b(?:remove|take down|disable|delete|block) (?:\w+ ){0,3}(?:content|material|posts?|repositor|packages?)/i.test(text)) out.push('remove');
  if (/\bsuspen/i.test(text)) out.push('suspend');
  if (/\bterminat|\bban\b|\bclose (?:\w+ )?accounts?/i.test(text)) out.push('terminate');
  return out;
}

/** The exceptions a duty names ("…, except on dedicated servers you rent from us"), as written. */
function exceptionsIn(text: string): string[] {
  return segmentsOf(text, { start: 0, end: text.length }).filter((s) => s.kind === 'exception').map((s) => text.slice(s.start, s.end).trim().replace(/[,;:.\s]{1,40}$/, ''));
}

/** Words of allowing: "we allow", "we do permit", "… is allowed". */
const ALLOW_VERB = lexicon('allow-verb', ['allow', 'allows', 'permit', 'permits', 'accept', 'accepts', 'make an exception for', 'make exceptions for']);
/** The provider allowing something: "We allow nudity for educational purposes", "We do allow parody" (not "we allow you to …", a licence). */
/** What may stand between "we" and "allow": a modal or an adverb ("we might allow", "we do sometimes permit"). */
const ALLOW_HEDGE = lexicon('allow-hedge', ['do', 'may', 'might', 'can', 'could', 'will', 'would', 'also', 'generally', 'sometimes', 'occasionally', 'still']);
const WE_ALLOW = re`^\s{0,4}(?:however,?\s{1,4}|but\s{1,4})?(?:we)\s{1,4}(?:${ALLOW_HEDGE}\s{1,4}){0,2}${ALLOW_VERB}\s{1,4}(?!(?:you|users?|customers?|us)\b)`;
/** Something named as allowed: "Parody and satire are allowed", "… is permitted". */
const IS_ALLOWED = re`\b(?:is|are)\s{1,4}(?:generally\s{1,4}|also\s{1,4})?(?:allowed|permitted|acceptable)\b`;

/**
 * What a sentence of the provider's allows, as written ("nudity for educational, documentary,
 * scientific or artistic purposes"), or undefined: it does not allow, or it denies ("we do not allow").
 * Said beside a prohibition, under the same heading, it is an exception to it.
 */
export function allowanceIn(text: string): string | undefined {
  const lead = WE_ALLOW.exec(text);
  if (lead) return text.slice(lead[0].length).replace(/[.;\s]{1,40}$/, '');
  const named = IS_ALLOWED.exec(text);
  if (!named || deniedAt(text, named.index) || /\bnot\s{1,4}$|n['’]t\s{1,4}$/i.test(text.slice(0, named.index))) return undefined;
  // a permission on a condition is no exception of its own ("… is allowed only if you have consent")
  if (/\b(?:only|unless|provided|if)\b/i.test(text)) return undefined;
  // (in the sentence that says it: not "No links of any type are allowed", a ban)
  const head = text.slice(0, named.index);
  const from = Math.max(0, ...[...head.matchAll(/[.;:!?]\s/g)].map((m) => m.index! + 2));
  if (/^\s{0,4}no\s/i.test(head.slice(from))) return undefined;
  // "Merchants are permitted to post contact information for their own business": the act is what is allowed
  const rest = text.slice(named.index + named[0].length);
  if (/^\s{1,4}to\s/i.test(rest)) {
    const stop = rest.search(/[.;](?:\s|$)/);
    return text.slice(from, named.index + named[0].length + (stop < 0 ? rest.length : stop)).trim();
  }
  return head.slice(from).trim();
}

/**
 * The categories a duty's own title names ("**Hate Speech**: … don't cross the line …", "### Spam"): a
 * short title (a few words) is the name of what the rules under it forbid; a long one is a sentence.
 */
function titleCategories(title: string): ReturnType<typeof categoriesOf> {
  return title && title.split(/\s+/).length <= 6 ? categoriesOf(title) : [];
}

/** Content duties of a provision: one per listed item under a prohibiting lead-in, or one for the sentence. */
/**
 * An item of a prohibiting lead-in written as a sub-section of its own ("for any of the following
 * purposes:" then "### Illegal Content" / "Uploading … any content that violates …"): it names an act
 * ("Uploading", "Distributing") or a thing ("Content that …", "Any material …"), or says what the item
 * covers ("This includes …").
 */
const LISTED_ACT = re`^\s{0,4}(?:[A-Z][a-z]{2,40}ing\b|(?:any\s{1,4})?(?:content|material|materials|messages|files|data)\s{1,4}(?:that|which|designed|intended|used)\b)`;

/** Does a provision continue a prohibiting lead-in that stands above its sub-section? */
export function continuesLeadIn(p: Provision): boolean {
  return LISTED_ACT.test(p.text) || INCLUDES_MORE.test(p.text);
}

/** A heading that is a sentence left open for what follows: "… to share content that", "You also aren't allowed to". */
const OPEN_ENDED = /\b(?:that|which|to|from|the following|following|any|as follows|include|including)\s{0,4}:?\s{0,4}$/i;

/**
 * Does a provision stand under a heading that is a prohibiting lead-in ("1. You are prohibited from
 * using our Services to share content that:" over "* Harasses others.")? Such a heading is a sentence,
 * not a title, left open for the items below it: the first sentence of each entry completes the prohibition.
 */
export function underLeadInHeading(p: Provision, ctx: ClassifyContext): boolean {
  const h = p.headings[p.headings.length - 1];
  // (a list entry's first sentence completes the heading; the sentences after it, and paragraphs after the
  // list, say more in their own words)
  return h !== undefined && p.entry === true && p.heading === h && OPEN_ENDED.test(h) && PROHIBITION.test(unnamed(h)) && bindsCustomer(h, ctx);
}

/** Headings that only announce examples of what the rule above them covers ("**This includes:**"). */
const EXAMPLES_TITLES = new Set(['this includes', 'these include', 'this covers', 'these cover', 'this may include', 'examples include',
  'examples', 'for example', 'for instance', 'this means', 'including', 'such as', 'this includes, but is not limited to']);

/**
 * Does a list entry stand under a heading that announces examples of the prohibition just above it
 * ("We don't allow content that harasses …" then "**This includes:**" over "* Doxxing.")? Each entry
 * is then an item of that prohibition. `above`: the headings of the last provision with a prohibition.
 */
export function underExamplesHeading(p: Provision, above: readonly string[] | undefined): boolean {
  const h = p.headings[p.headings.length - 1];
  if (!above || h === undefined || p.entry !== true || p.heading !== h) return false;
  const title = h.replace(/[\s:.]{1,10}$/, '').toLowerCase().replace(/\s{1,40}/g, ' ');
  return EXAMPLES_TITLES.has(title) && p.headings.length === above.length + 1 && above.every((x, k) => p.headings[k] === x);
}

/** A prohibiting lead-in whose items follow in sub-sections: it ends with a colon. */
export function opensLeadIn(p: Provision, found: ReadonlyArray<{ type: string; modality?: string }>): boolean {
  return /:\s*$/.test(p.text) && found.some((d) => d.type === 'content-duty' && d.modality === 'must-not');
}

export function classifyContentDuties(p: Provision, ctx: ClassifyContext, before = '', underLeadIn = false): ContentDutyClause[] {
  // an item with sub-items ("1. distribute material that" → 1.1, 1.2) is their lead, not a duty of its own
  // (where unlabelled entries share one section, a sub-item is the one inside the entry: "(i) tobacco" inside one
  // bullet is no sub-item of the bullets beside it)
  const shared = (it: Provision['items'][number]) => p.items.some((o) => o !== it && o.section === it.section);
  const hasChildren = (it: Provision['items'][number]) => p.items.some((o) => o !== it && it.section !== '' && o.section.length > it.section.length && o.section.startsWith(it.section) &&
    /^[.(]/.test(o.section.slice(it.section.length)) && (!shared(it) || (o.start >= it.start && o.start < it.end)));
  const leaves = leafItems(p).filter((it) => !hasChildren(it));
  const leadEnd = leaves.length ? leaves[0].start : p.text.length;
  const lead = p.text.slice(0, leadEnd);
  // "… you may not engage in such activities. These activities include:" — the list continues the prohibition before it
  // "You may not store data that breaks the law. This includes pirated material …": a sentence naming what the
  // prohibition before it covers continues it
  const continues = underLeadIn || ((leaves.length > 0 ? BACK_REFERENCE.test(lead) : INCLUDES_MORE.test(lead) || namesWhatBeforeCovers(lead, before)) && PROHIBITION.test(unnamed(before)) && bindsCustomer(before, ctx));
  const prohibits = continues || (PROHIBITION.test(unnamed(lead)) && bindsCustomer(lead, ctx));
  const must = !prohibits && MUST.test(lead);
  // "you represent and warrant that your use: will not …; will not …": each item says its own duty
  if (!prohibits && !must && leaves.length >= 2 && namesCustomer(lead, ctx) && /\b(?:represent|warrant|agree|acknowledge|promise|undertake|ensure)\w*\b/i.test(lead)) {
    const own = leaves.filter((it) => ITEM_DUTY.test(p.text.slice(it.start, it.end)));
    // (the items that complete the lead-in, in lower case: a paragraph after them that opens a sentence of its own,
    // "4.8 Advertiser further represents …", is none of them)
    const completing = leaves.filter((it) => /^\s*[a-z]/.test(p.text.slice(it.start, it.end)));
    if (own.length * 2 >= (completing.length || leaves.length)) {
      const then = consequences(p.text);
      return own.map((it) => {
        const text = p.text.slice(it.start, it.end);
        return {
          ...common({ ...p, section: it.section }, ctx, 'customer', 0.75, it.start, it.end),
          type: 'content-duty' as const,
          bearer: END_USERS.test(lead) ? 'end-users' as const : 'customer' as const,
          // ("does not infringe", "is not unlawful": a promise of what the content is not, a prohibition)
          modality: PROHIBITION.test(text) || NEGATIVE_ITEM.test(text) ? 'must-not' as const : 'must' as const,
          categories: categoriesOf(text),
          exceptions: exceptionsIn(text),
          consequences: then,
        };
      });
    }
  }
  // "The following rules are a condition of your use: * No Unlawful Conduct. You may not …": a lead-in that
  // forbids nothing, over entries that each say a rule of their own: each entry is read as a provision
  if (!prohibits && !must && leaves.length >= 2 && /:\s*$/.test(lead)) {
    const own = leaves.flatMap((it) => classifyContentDuties(itemProvision(p, it), ctx));
    if (own.length) return own;
  }
  if (!prohibits && !must) return [];
  // ("But, don't cross the line by …": a conjunction may open the command)
  const imperative = /^\s*(?:(?:but|and|also|so|however|instead),?\s+)?(?:please\s+)?(?:do not|don['’]t|never|no one may|nobody may)\b/i.test(lead);
  if (!continues && !imperative && !DUTY_SUBJECT.test(lead) && !IMPERSONAL_BAN.test(lead) && !WE_REFUSE.test(lead)) return [];
  // (a sentence continuing a prohibition is part of it, whatever it names: "Restricted goods include tobacco, firearms …";
  // and a thing named as not acceptable is forbidden whatever it is: "PO boxes aren't acceptable")
  if (!continues && !leaves.length && !CONDUCT.test(p.text) && !categoriesOf(p.text).length && !titleCategories(p.heading).length && !THING_BANNED.test(p.text)) return [];
  const bearer: ContentDutyClause['bearer'] = END_USERS.test(lead) ? 'end-users' : 'customer';
  const modality = prohibits ? 'must-not' : 'must';
  const then = consequences(p.text);
  // an item under a title of its own ("**Harmful Content**" over a group of listed items) is cited under it
  const make = (start: number, end: number, section: string, conf: number, headings?: string[]): ContentDutyClause => ({
    ...common({ ...p, section, ...(headings ? { headings, heading: headings[headings.length - 1] ?? p.heading } : {}) }, ctx, 'customer', conf, start, end),
    type: 'content-duty',
    bearer,
    modality,
    categories: [...new Set([...categoriesOf(p.text.slice(start, end)), ...titleCategories(headings?.[headings.length - 1] ?? p.heading)])],
    exceptions: exceptionsIn(p.text.slice(start, end)),
    consequences: then,
  });
  if (leaves.length) return leaves.map((it) => make(it.start, it.end, it.section, 0.8, it.headings));
  return [make(0, p.text.length, p.section, 0.7)];
}

const REMOVE = withFlags('gi')`\b(?:(?:content|material|post|posting) (?:removal|takedown)s?|(?:removal|takedown) of|remove|removing|removes|removed|take(?:s)? down|taking down|disable|disabling|delete|deleting|deletes|refuse to (?:post|publish|display)|block access to|edit|modify|screen|unpublish|hide|restrict (?:access to|the visibility of)|reject|rejecting|omit|omitting)\b`;
/** What is removed: content of any kind, named or described ("anything that breaks these terms"). */
const CONTENT_WORDS = lexicon('removable', [
  'content', 'material', 'materials', 'post', 'posts', 'posting', 'postings', 'submission', 'submissions', 'note', 'notes',
  'story', 'stories', 'article', 'articles', 'entries', 'track', 'tracks', 'recording', 'recordings', 'design', 'designs',
  'review', 'reviews', 'photo', 'photos', 'video', 'videos', 'repository', 'repositories', 'package', 'packages', 'project',
  'projects', 'site', 'sites', 'website', 'websites', 'page', 'pages', 'file', 'files', 'upload', 'uploads', 'ad', 'ads',
  'product catalogue', 'product catalog', 'catalogue', 'catalog', 'products',
  'advertisement', 'advertisements', 'promotional', 'comment', 'comments', 'message', 'messages', 'image', 'images', 'data',
  'information', 'code', 'listing', 'listings', 'toot', 'toots', 'contribution', 'contributions', 'workshop contributions',
]);
/** What the customer has that is no part of the contract itself: "your addresses", not "your account" or "your access". */
const NOT_CONTENT = lexicon('not-content', [
  'account', 'accounts', 'subscription', 'membership', 'access', 'right', 'rights', 'license', 'licence', 'agreement', 'contract',
  'use', 'payment', 'card', 'registration', 'profile', 'password', 'eligibility', 'order', 'orders', 'plan', 'service', 'services',
]);
const YOURS = re`\byour\s{1,4}(?!${NOT_CONTENT}\b)[\w-]{1,40}`;
const CONTENT_NOUN = re`\b${CONTENT_WORDS}|\b\w{1,40} (?:that|which) (?:breaks?|violates?|infringes?)\b|\bthem\b|${YOURS}`;
/** A right, or its denial ("we do not remove", "we will never delete"), governs the removal verb. */
const RIGHT = re`\b(?:may|might|can|could|will|reserve[sd]? the right|ha(?:s|ve) the right|retain[s]? the right|at (?:its|our) (?:sole )?discretion|is entitled|are entitled|do not|does not|never)\b|[’']ll\b|n['’]t\b`;
const AFTER_CLOSURE = re`\b(?:after|following|upon)\s{1,4}(?:\w{1,40}\s{1,4}){0,3}(?:closure|termination|cancell?ation|closed|terminated|cancell?ed|deletion)\b`;
const CUSTOMER_ACTS = re`\b(?:you|user|customer)s? (?:may|can|must|will)\s{1,4}(?:\w{1,40}\s{1,4}){0,3}$`;
const WITHOUT = re`\bwithout\b`;
/** An aside in brackets. */
const ASIDE = /\([^()]{0,300}\)/g;

/** A defined name for content and its short form: (“User Generated Content” or “UGC”), ("Member Submissions"). */
const CONTENT_DEFINED = withFlags('g')`[“"]([A-Z][\w-]{0,30}(?: [A-Z][\w-]{0,30}){0,3} (?:Content|Materials?|Submissions?|Posts?|Contributions?))[”"](?:,?\s{1,4}or\s{1,4}[“"]([A-Z][A-Za-z]{1,12})[”"])?`;

/** The names an agreement defines for content, in the texts of its provisions. */
export function findContentNames(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    if (!/[“"]/.test(t)) continue;
    for (const m of t.matchAll(CONTENT_DEFINED)) {
      out.add(m[1]);
      if (m[2]) out.add(m[2]);
    }
  }
  return [...out];
}

/** A right to remove content: "we may remove any content that …", "the company has the right to take down". */
/** "This review includes …", "Such action may include …": a sentence that lists what the action before it may be. */
const ACTION_WORD = lexicon('action-word', ['review', 'reviews', 'action', 'actions', 'measure', 'measures', 'enforcement', 'step', 'steps']);
const INCLUDE_WORD = lexicon('include-word', ['include', 'includes', 'may include', 'can include', 'could include', 'cover', 'covers']);
const BACK_TO_ACTION = re`^\s{0,4}(?:this|that|such|these)\s{1,4}(?:[a-z]{1,20}\s{1,4})?${ACTION_WORD}\s{1,4}${INCLUDE_WORD}\b`;
/** A right to act, granted in general words: "we may … take action", "we reserve the right to take action". */
const TAKES_ACTION = re`${RIGHT}${within(80)}\btak(?:e|es|ing)\s{1,4}(?:[a-z]{1,20}\s{1,4})?(?:action|actions|measures|steps)\b`;
/** What a removal verb acts on when it is no removal of content: "removing access to …", "disabling your Acme Account". */
const OF_ACCESS = /^\s{1,4}(?:(?:your|the|their|its|his|her|any|a|an|all|user['’]?s?|[A-Z][\w-]{0,30})\s{1,4}){0,3}(?:[Aa]ccess|[Aa]ccounts?|[Ll]og-?ins?)\b/;

/** A removal not promised, which grants nothing: "Reports don't guarantee removal of the file", "flagging does not mean we will delete". */
const NOT_PROMISED = re`(?:\bnot|n['’]t|\bnever)\s{1,4}(?:guarantee|promise|ensure|mean|imply|warrant)\w{0,3}\s{1,4}(?:[\w’']{1,20}\s{1,4}){0,3}$`;

/** The provider's right to remove content, read from a provision (and the sentence before it, in its section). */
export function classifyContentRemoval(p: Provision, ctx: ClassifyContext, prior = ''): ContentRemovalClause[] {
  // the first removal verb governed by a right and followed by content ("pre-screen" before "remove" is not it)
  const names = ctx.contentNames ?? [];
  const namesContent = (t: string) => CONTENT_NOUN.test(t) || names.some((n) => standsIn(t, [n]));
  // (a right may be the one the sentence before grants: "We may … take action. This review includes … removal of content")
  // (an aside in brackets between the modal and the verb is no distance: "We may, for any reason (including … if
  // we believe it violates these Terms …), remove …")
  const granted = (at: number) => RIGHT.test(p.text.slice(Math.max(0, at - 360), at).replace(ASIDE, ' ').slice(-120)) || (at < 80 && BACK_TO_ACTION.test(p.text) && TAKES_ACTION.test(prior));
  const m = [...p.text.matchAll(REMOVE)].find((x) => granted(x.index!) && !NOT_PROMISED.test(p.text.slice(Math.max(0, x.index! - 60), x.index)) && !OF_ACCESS.test(p.text.slice(x.index! + x[0].length, x.index! + x[0].length + 50)) && namesContent(p.text.slice(x.index, x.index! + 160)));
  if (!m) return [];
  const before = p.text.slice(0, m.index);
  const after = p.text.slice(m.index, m.index! + 160);
  // deleting data after the account ends is data retention, not content removal
  if (AFTER_CLOSURE.test(p.text)) return [];
  if (CUSTOMER_ACTS.test(before.slice(-60))) return [];
  const near = nearestParty(p.text, m.index, ctx.parties);
  if (near.party === 'customer') return [];
  // "we do not remove your notes", "we will never delete": denied; "will not remove … without notice": granted on notice
  const negated = deniedAt(p.text, m.index!, clauseAround(p.text, m.index!).start) && !WITHOUT.test(after.slice(0, 80));
  return [{
    ...common(p, ctx, near.party === 'unknown' ? 'provider' : near.party, near.party === 'unknown' ? 0.6 : 0.8, 0, p.text.length, negated),
    type: 'content-removal',
    by: near.party === 'unknown' ? 'provider' : near.party,
    notice: readNotice(p.text).notice,
    grounds: categoriesOf(p.text),
  }];
}

/** No action on content: "we won't take any action", "we will not remove it", "no action will be taken". */
const NO_ACTION = re`\b(?:won't|will not|shall not|do not|don't|does not|doesn't)\s{1,4}(?:take\s{1,4}(?:any\s{1,4})?(?:action|steps)|remove\s{1,4}(?:it|them|the\s{1,4}content)|take\s{1,4}(?:it|them)\s{1,4}down)\b|\bno\s{1,4}(?:further\s{1,4})?action\s{1,4}(?:will|is|shall)\s{1,4}be\s{1,4}taken\b`;

/**
 * Content that keeps to the rules left alone: "If the content doesn't violate our policies, we won't take
 * any action" — a removal denied, for compliant content only.
 */
export function classifyLeftAlone(p: Provision, ctx: ClassifyContext): ContentRemovalClause[] {
  const m = NO_ACTION.exec(p.text);
  if (!m || !supposesCompliance(p.text.slice(0, m.index))) return [];
  return [{
    ...common(p, ctx, 'provider', 0.75, 0, p.text.length, true),
    type: 'content-removal',
    by: 'provider',
    notice: { kind: 'unspecified' },
    grounds: [],
    compliant: true,
  }];
}

/** Words of watching over what is posted. */
export const WATCH = lexicon('watch', ['monitor', 'monitoring', 'screen', 'pre-screen', 'prescreen', 'review', 'moderate', 'police', 'vet', 'edit']);
/** "undertakes no duty to monitor", "is not obligated to screen", "has no obligation to review": a duty to watch denied. */
const NO_DUTY = String.raw`\b(?:no|not\s{1,4}(?:have\s{1,4})?(?:any|an)|without\s{1,4}(?:any|an))\s{1,4}(?:duty|obligation|responsibility)\b`;
const NOT_OBLIGED = String.raw`\bnot\s{1,4}(?:be\s{1,4})?(?:obligated|obliged|required)`;
const TO_WATCH = re`to\s{1,4}(?:actively\s{1,4})?${WATCH}\b`;
const NO_DUTY_TO_WATCH = re`${NO_DUTY}${within(30)}\b${TO_WATCH}|${NOT_OBLIGED}\s{1,4}${TO_WATCH}`;
/** "We will review all submissions before they are published": a duty to watch. */
const DUTY_TO_WATCH = re`\b(?:will|shall|must)\s{1,4}(?:actively\s{1,4})?${WATCH}\b${within(40)}\b(?:content|messages|posts|submissions|uploads|materials?|listings)\b`;

/** The provider's duty to watch over content, or its denial ("FedEx undertakes no duty to monitor any messages"). */
export function classifyMonitoring(p: Provision, ctx: ClassifyContext): ContentDutyClause[] {
  const denied = NO_DUTY_TO_WATCH.exec(p.text);
  const m = denied ?? DUTY_TO_WATCH.exec(p.text);
  if (!m) return [];
  const near = nearestParty(p.text, m.index, ctx.parties);
  if (near.party === 'customer' || near.party === 'either') return [];
  return [{
    ...common(p, ctx, 'provider', near.party === 'provider' ? 0.8 : 0.6, 0, p.text.length, denied !== null),
    type: 'content-duty',
    bearer: 'provider',
    modality: 'must',
    categories: [],
    exceptions: [],
    consequences: [],
  }];
}
