/**
 * Parties: who is the provider and who the customer. Read from the document's definitions
 * (“Company”, “we”, “us” … refer to …; "Customer" means …) and from generic words.
 */
import type { Party } from '../schema/index.js';
import { lexicon, re, withFlags } from '../lexicon/compose.js';

/** The names each side goes by in one document. */
export interface Parties {
  provider: string[];
  customer: string[];
}

const PROVIDER_WORDS = ['we', 'us', 'our', 'ours', 'the company', 'company', 'provider', 'service provider', 'licensor', 'vendor', 'supplier', 'operator', 'administrator', 'administrators', 'admin', 'admins', 'the service'];
const CUSTOMER_WORDS = ['you', 'your', 'yours', 'customer', 'customers', 'user', 'users', 'subscriber', 'licensee', 'member', 'client', 'buyer', 'account holder', 'account owner', 'end user', 'end users', 'publisher', 'developer', 'seller', 'contributor', 'merchant', 'employer', 'members', 'advertiser', 'advertisers', 'purchaser'];
/** Words for both sides, or for whichever side acts ("the non-breaching party"). */
/** A customer named by its role, capitalised as a defined name: "Advertiser", "the Customer", "Licensee". */
export const CUSTOMER_ROLE = withFlags('')`\b${lexicon('customer-role', CUSTOMER_WORDS.filter((w) => /^[a-z]{4,}$/.test(w) && !/^(?:your|yours)$/.test(w)).map((w) => w[0].toUpperCase() + w.slice(1)))}\b`;
const BOTH = lexicon('either-party', [
  'either party', 'each party', 'either of us', 'both parties', 'any party', 'the parties', 'the other party', 'other party',
  'either side', 'neither party', 'the non-breaching party', 'non-breaching party', 'the nonbreaching party', 'the non-defaulting party',
  'non-defaulting party', 'the aggrieved party', 'aggrieved party', 'the injured party', 'the affected party', 'affected party',
  'the terminating party', 'terminating party',
]);
const EITHER = re`${BOTH}|\beither (?:you|we|the \w{1,40}|[A-Z][\w-]{0,40}) or (?:you|we|us|the \w{1,40}|[A-Z][\w-]{0,40})\b`;

// a name closed by an opening quote mark ("“you“", a common slip) is still a name
const QUOTED = /["“]([^"”“]{1,40})["”“]/g;

/** The forms of a company's name ("Acme, Inc.", "Acme GmbH"). */
const COMPANY_FORM = lexicon('company-form', [
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'l.l.c', 'llp', 'lp', 'gmbh', 'ag', 'bv', 'b.v', 'nv', 'sa', 's.a', 'sas', 'sarl',
  'srl', 'spa', 's.p.a', 'ab', 'as', 'oy', 'kk', 'pty', 'plc', 'co', 'corp', 'corporation', 'company', 'foundation', 'association', 'pbc',
]);
const COMPANY = re`${COMPANY_FORM}\.?\s{0,4},?\s{0,4}$`;
/** The nouns of the customer side, for a definition that names no pronoun. */
const CUSTOMER_NOUN = lexicon('customer-noun', [
  'customer', 'user', 'subscriber', 'licensee', 'client', 'merchant', 'employer', 'buyer', 'member', 'account holder', 'entity',
  'person', 'individual', 'organization', 'organisation', 'business',
]);
const CUSTOMER_CONTEXT = re`\b(?:the|an?|any|each)\s{1,4}(?:\w{1,40}\s{1,4})?${CUSTOMER_NOUN}[^()]{0,50}$`;

/** The document's own defined terms: a quoted name among these is no party ("the Agreement", "Services"). */
const DOCUMENT_WORDS = re`${lexicon('document-word', [
  'agreement', 'terms', 'conditions', 'policy', 'policies', 'service', 'services', 'contract', 'order', 'effective date', 'platform',
  'website', 'site', 'software', 'app', 'application', 'documentation', 'content', 'account', 'fee', 'fees', 'mediation', 'arbitration',
  'address', 'notice', 'date', 'period', 'program', 'programme', 'data', 'information', 'rules', 'communication', 'communications',
  'extension', 'extensions', 'ads', 'eula', 'license', 'licence', 'agreements', 'orders', 'platforms', 'websites', 'sites', 'apps',
  'applications', 'accounts', 'notices', 'dates', 'periods', 'programs', 'licenses', 'licences', 'portal', 'portals', 'tool', 'tools',
  'feature', 'features', 'product', 'products',
])}`;

const BARE_NAMES = /^\s*(?:(?:the|hereinafter|collectively|together|each|referred to as|a|an|or|and|,)\s*)*["“][^"”]+["”](?:\s*(?:,|or|and)\s*(?:the\s+)?["“][^"”]+["”])*\s*$/i;

/** The quoted names of one definition group: `("Acme", "we", "us")`. */
function quotedNames(group: string): string[] {
  return [...group.matchAll(QUOTED)].map((m) => m[1].trim().replace(/[\s,;.:]{1,40}$/, '').replace(/^the\s+/i, '')).filter((q) => q.length > 1 || /^[A-Z]$/.test(q));
}

/**
 * Read the names of the parties from the text of a document's sentences. `title` (the document's
 * first heading) names the provider more often than not: a name that holds a right and stands in
 * the title is the provider even when it is used only once.
 */
export function findParties(sentences: string[], title = ''): Parties {
  const provider = new Set<string>();
  const customer = new Set<string>();
  const add = (target: Set<string>, names: string[]) => {
    for (const q of names) if (/^[A-Z0-9]/.test(q) && !/^(?:We|Us|Our|You|Your)$/i.test(q) && q.split(' ').length <= 4) target.add(q);
  };
  for (const s of sentences) {
    if (!/["“]/.test(s)) continue;
    // each parenthesised group names one side: `between Acme Ltd. ("Acme", "we") and the entity that accepts ("Customer", "you")`
    const groups = [...s.matchAll(/\(([^()]{0,400}["“][^()]{0,400})\)/g)].map((m) => ({ text: m[1], before: s.slice(Math.max(0, m.index! - 80), m.index!) }));
    if (!groups.length) groups.push({ text: s, before: '' });
    for (const g of groups) {
      // the document's own names ("the Agreement", "Services", "Effective Date") are not parties
      const quoted = quotedNames(g.text).filter((q) => !DOCUMENT_WORDS.test(q));
      if (!quoted.length) continue;
      const lower = quoted.map((q) => q.toLowerCase());
      const isProvider = lower.some((q) => q === 'we' || q === 'us' || q === 'our');
      const isCustomer = lower.some((q) => q === 'you' || q === 'your');
      if (isProvider !== isCustomer) { add(isProvider ? provider : customer, quoted); continue; }
      // only a group of bare names (`("Orchard")`, `(the "Customer")`) names the party before it
      if (isProvider || !g.before || quoted.length > 2 || !BARE_NAMES.test(g.text)) continue;
      // no pronoun: the words before the group tell which side it names
      const tail = g.before.split(/\b(?:between|and|by)\b/i).pop() ?? '';
      if (lower.some((q) => CUSTOMER_WORDS.includes(q)) || CUSTOMER_CONTEXT.test(tail)) add(customer, quoted);
      else if (lower.some((q) => PROVIDER_WORDS.includes(q)) || COMPANY.test(g.before)) add(provider, quoted);
    }
  }
  // names used as the subject of rights ("Acme may", "Acme reserves") that are never common words in
  // the same text: a defined term such as "Content" also appears as "content"; a company name does not
  // addresses and links name no party: e-mail addresses (found from their "@"), URLs and domain names
  const joined = sentences.join(' ');
  const prose = (joined.includes('@') ? joined.replace(EMAIL, ' ') : joined).replace(LINK, ' ');
  const counts = new Map<string, number>();
  for (const m of prose.matchAll(NAMED_SUBJECT)) {
    // "Corvid Mail may", "Lantern AI will": a name of up to three capitalised words, unless its last word is a common noun
    let name = m[1];
    const words = name.split(/\s+/);
    if (words.length > 1 && (DOCUMENT_WORDS.test(words[words.length - 1]) || GENERIC.has(words[0].toLowerCase()) || CUSTOMER_WORDS.includes(words[0].toLowerCase()))) name = words[words.length - 1];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const named: Array<[string, number]> = [];
  const inTitle = (name: string) => title !== '' && new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test(title);
  for (const [name, count] of counts) {
    if ((count < 3 && !inTitle(name)) || customer.has(name) || GENERIC.has(name.toLowerCase()) || ARBITRATION_BODIES.has(name)) continue;
    if (CUSTOMER_WORDS.includes(name.toLowerCase()) || PROVIDER_WORDS.includes(name.toLowerCase())) continue;
    if (new RegExp(`(?<![\\w.])${escapeRegExp(name.toLowerCase())}(?![\\w])`).test(prose)) continue;
    named.push([name, count]);
  }
  // the provider is the name that holds most rights; a third party named now and then (a payment
  // processor, an arbitration body) is not it
  // generic names ("Provider", "Company") compete too: a document that calls its provider "Provider"
  // has no other provider name
  const mentions = (name: string) => prose.split(name).length - 1;
  const generic = PROVIDER_WORDS.filter((w) => /^[a-z]+$/.test(w) && w.length > 3).map((w) => w[0].toUpperCase() + w.slice(1));
  // an arbitration body ("the arbitrator will apply the Body's rules") is named where disputes are
  const aboutDisputes = (name: string) => {
    const inSentences = sentences.filter((t) => t.includes(name));
    return inSentences.filter((t) => /\barbitrat|\bmediat|\btribunal/i.test(t)).length * 2 >= inSentences.length;
  };
  const scored = named.filter(([name]) => !aboutDisputes(name)).map(([name]) => [name, mentions(name)] as const);
  const top = Math.max(0, ...scored.map(([, n]) => n), ...generic.map((w) => (counts.get(w) ?? 0) >= 3 ? mentions(w) : 0));
  for (const [name, count] of scored) if (count * 2 >= top) provider.add(name);
  // "the term “SmugCo” refers to Acme, Inc., together with its affiliates": a name defined as the provider is the provider
  for (const s of sentences) {
    if (!/["“]/.test(s)) continue;
    for (const m of s.matchAll(REFERS_TO)) if (provider.has(m[2]) && !DOCUMENT_WORDS.test(m[1])) add(provider, [m[1].trim()]);
  }
  // an arbitration body named with its abbreviation ("the American Arbitration Association (\"AAA\")") is no party
  return { provider: [...provider].filter((n) => !ARBITRATION_BODIES.has(n) && !/\barbitrat/i.test(n)), customer: [...customer] };
}

/** A quoted name defined by another: "“SmugCo” refers to Acme, Inc.", "the term “Provider” means Acme". */
const REFERS_TO = withFlags('g')`["“]([A-Z][^"”“]{1,40})["”]\s{1,4}(?:refers? to|means|shall mean|is used to refer to)\s{1,4}(?:the\s{1,4})?([A-Z][\w&-]{1,40})`;

const EMAIL = /[^\s@]{1,64}@\S{1,200}/g;
const LINK = /\b(?:https?:\/\/|www\.)\S{1,400}|\b[\w-]{1,40}\.(?:com|org|net|io|edu|dev)\b\S{0,400}/g;

/** A capitalised name (up to three words) as the subject of a right: "Acme may", "Corvid Mail will". */
const NOT_A_NAME_BEFORE = '(?<!\\b(?:the|a|an|each|any|every|such|that|this|these|those|our|your|its|their|all)\\s)';
const NAME = '(?:[A-Z][A-Za-z0-9&-]{1,40}\\s){0,2}[A-Z][A-Za-z0-9&-]{0,40}|[0-9]{1,10}[a-z]{1,40}[A-Za-z0-9]{0,40}';
const NAMED_SUBJECT = withFlags('g')`${NOT_A_NAME_BEFORE}\b(${NAME})(?:[’']s)?\s{1,4}(?:may|will|shall|can|reserves|retains|has the right|is not required|agrees|does not)\b`;

/** Arbitration bodies are named where disputes are, never as the provider. */
const ARBITRATION_BODIES = new Set(['AAA', 'JAMS', 'ICC', 'LCIA', 'ICDR', 'SIAC', 'HKIAC', 'CPR', 'NAM', 'SCC', 'DIS']);

const GENERIC = new Set(['this', 'these', 'the', 'that', 'it', 'they', 'each', 'either', 'neither', 'any', 'all', 'such', 'he', 'she', 'there', 'if', 'no', 'nothing', 'none', 'both', 'which', 'who', 'what', 'some', 'one', 'other']);

/** Classify a noun phrase (a sentence's subject) as provider, customer or either. */
export function partyOf(phrase: string, parties: Parties): Party {
  const p = phrase.trim();
  if (!p) return 'unknown';
  if (EITHER.test(p)) return 'either';
  const words = p.toLowerCase().replace(/[’']s\b/g, '').replace(/[^a-z0-9 ]/g, ' ').trim();
  const last = words.split(/\s+/).slice(-2).join(' ');
  const lastWord = words.split(/\s+/).pop() ?? '';
  if (parties.customer.some((c) => new RegExp(`\\b${escapeRegExp(c)}\\b`, 'i').test(p))) return 'customer';
  if (parties.provider.some((c) => new RegExp(`\\b${escapeRegExp(c)}\\b`, 'i').test(p))) return 'provider';
  if (CUSTOMER_WORDS.includes(last) || CUSTOMER_WORDS.includes(lastWord)) return 'customer';
  if (PROVIDER_WORDS.includes(last) || PROVIDER_WORDS.includes(lastWord)) return 'provider';
  return 'unknown';
}

/** Escape a literal for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A modal just before a colon: what follows lists what its subject may do. */
const MODAL_BEFORE_COLON = /\b(?:may|can|will|shall|must|might|could)\s{0,2}$/i;

/** The party that holds a right whose modal stands at `at`: the subject of that clause of the sentence. */
export function nearestParty(text: string, at: number, parties: Parties): { party: Party; phrase: string } {
  const before = text.slice(0, at);
  const names = [...parties.provider, ...parties.customer].map(escapeRegExp).join('|');
  const re = new RegExp(`\\b(?:either party|each party|either of us|both parties|neither party|any party|(?:the )?other party|either (?:you|we|${names || 'you'}) or (?:you|we|us|(?:\\w+ )?(?:${names || 'you'}))|(?:the )?(?:non-?breaching|non-?defaulting|aggrieved|injured|affected|terminating) party|we|us|our|you|your|it|they|${names ? names + '|' : ''}(?:the )?(?:company|provider|customer|user|users|subscriber|licensee|licensor|vendor|administrator|admin|operator|member|account owner)s?)\\b`, 'gi');
  // the clause of the modal starts after the last ";", ":", item label, or ", " that opens a new subject
  let cut = 0;
  // ("we may: remove …; ban you …": a colon after the modal lists what the subject before it may do)
  for (const m of before.matchAll(/[;:]|\(\w{1,4}\)|,\s+(?:and\s+|or\s+|but\s+|then\s+|so\s+)?(?=(?:we|you|it|they|either|each|neither|the)\b|[A-Z0-9])/g)) {
    if (m[0] === ':' && MODAL_BEFORE_COLON.test(before.slice(Math.max(0, m.index! - 12), m.index))) continue;
    cut = m.index! + m[0].length;
  }
  const first = (from: number): { party: Party; phrase: string } | undefined => {
    for (const m of before.slice(from).matchAll(re)) {
      const party = /^(?:it|they)$/i.test(m[0]) ? 'unknown' : partyOf(m[0], parties);
      if (/^(?:it|they)$/i.test(m[0])) return undefined;
      if (party !== 'unknown') return { party, phrase: m[0] };
    }
    return undefined;
  };
  // "You agree that Acme may …", "Customer acknowledges that the Provider may …": the subject of the
  // clause that holds the modal is the last name in subject position (after "that", "and", a comma)
  const embedded = (): { party: Party; phrase: string } | undefined => {
    let found: { party: Party; phrase: string } | undefined;
    for (const m of before.slice(cut).matchAll(re)) {
      const lead = before.slice(0, cut + m.index!);
      // the few characters before the mention decide: never the whole slice before it (that grows per mention)
      if (lead.trim() !== '' && !SUBJECT_SLOT.test(lead.slice(-12))) continue;
      const party = partyOf(m[0], parties);
      if (party !== 'unknown' && /\b(?:that|and|or|then)\s+$/i.test(lead)) found = { party, phrase: m[0] };
    }
    return found;
  };
  // "… upon breach of any of your obligations under this Agreement Epic may suspend": a party named
  // just before the modal is its subject, whatever is mentioned earlier in the clause
  const adjacent = (): { party: Party; phrase: string } | undefined => {
    let last: RegExpMatchArray | undefined;
    for (const m of before.slice(Math.max(cut, before.length - 80)).matchAll(re)) last = m;
    if (!last || POSSESSIVE.test(last[0])) return undefined;
    const between = before.slice(Math.max(cut, before.length - 80) + last.index! + last[0].length);
    if (!ADJACENT_GAP.test(between)) return undefined;
    const party = partyOf(last[0], parties);
    return party !== 'unknown' ? { party, phrase: last[0] } : undefined;
  };
  // (a party just before the modal is its subject before one in a "that" clause earlier: "If we determine that you
  // have breached our Policies we may suspend …")
  return adjacent() ?? embedded() ?? first(cut) ?? first(0) ?? { party: 'unknown', phrase: '' };
}

/** Party words that are possessives, never a subject ("your obligations"). */
const POSSESSIVE = /^(?:your|our|its|their)$/i;
/** What may stand between a subject and its modal: nothing, or an adverb ("Epic also may"). */
const ADJACENT_GAP = /^\s{0,4}(?:(?:also|then|alone|itself|further|instead)\s{1,4})?$/i;

/** Before a word in subject position: the start, "that", "and", "or", "then", a comma or a stop. */
const SUBJECT_SLOT = /(?:\b(?:that|and|or|then|if|when|but)\s{1,4}|[,;:]\s{0,4})$/i;
