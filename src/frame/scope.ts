/**
 * Scope: who or what a provision is limited to. Read from the words that set it ("if you live in
 * the EEA", "for consumers in the United Kingdom", "EU users", "If Customer's principal place of
 * business is outside the Americas", "Business accounts", "U.S. government entities"), in a
 * provision's text or in the headings above it, and matched against the scope a question names.
 */
import type { Scope } from '../schema/index.js';
import { BUSINESS, CONSUMER, PLACES, canonicalPlace, within } from '../lexicon/scope.js';
import { escape, lexicon, re, withFlags } from '../lexicon/compose.js';

/** A scope found in a text, with where its words stand. */
export interface FoundScope extends Scope {
  start: number;
  end: number;
}

// place names are matched with their case: "US" is a country, "us" a pronoun
const PLACE_ALIASES = [...new Set([...PLACES.values()].flatMap((p) => [...p.aliases, ...(p.adjective ?? [])]))]
  .filter((a) => !/^the /i.test(a)).sort((a, b) => b.length - a.length);
const PLACE = new RegExp(`(?<![\\w.])(?:${PLACE_ALIASES.map((a) => escape(a).replace(/\\\.$/, '\\.?')).join('|')})(?![\\w])`, 'g');

/** Where the customer is, as scope words say it: "live in", "located in", "residents of", "outside". */
const WHERE = re`\b(?:(?:live|lives|living|reside|resides|residing|resident|residents|located|based|domiciled|established|incorporated|headquartered|situated|habitually resident|access(?:es|ing)? (?:the|our) \w{1,40} from)\s{1,4}(?:in|outside(?:\s{1,4}of)?)|(?:resident|residents|citizens?|nationals?) of|(?:in|from|outside(?:\s{1,4}of)?)|(?:country|state|jurisdiction)\s{1,4}\((?:for example|for instance|e\.g\.|such as),?(?:\s{1,4}in)?)\s{1,4}(?:(?:the|an?)\s{1,4})?$`;
/** A customer's place written as an attribute: "principal place of business is in", "billing address is outside". */
const ATTRIBUTE = re`\b(?:principal place of business|place of business|billing address|registered office|country of residence|domicile|habitual residence|address|head office|headquarters)\s{1,4}(?:is|are)\s{1,4}(?:located\s{1,4})?(?:in|outside(?:\s{1,4}of)?)\s{1,4}(?:the\s{1,4})?$`;
const GROUP_BEFORE = re`\b(?:users?|customers?|consumers?|residents?|subscribers?|members?|individuals?|persons?|people|businesses|accounts?|entities)\s{1,4}(?:who\s{1,4}(?:are|live|reside)\s{1,4})?(?:located\s{1,4}|resident\s{1,4}|residing\s{1,4}|based\s{1,4}|living\s{1,4}|domiciled\s{1,4})?(?:in|from|outside(?:\s{1,4}of)?)\s{1,4}(?:the\s{1,4})?$`;
const GROUP_AFTER = re`^(?:\s{1,4}(?:and|or)\s{1,4}[A-Z][\w.]{0,40}){0,8}\s{1,4}(?:users?|customers?|consumers?|residents?|subscribers?|members?|citizens|persons|individuals|government(?:al)? (?:entities|agencies|users|customers)|federal agencies|entities)\b`;
/** Words before a place that describe how a law applies rather than whom a clause is for. */
const NOT_SCOPE = re`\b(?:between|entered into|performed|as (?:they|it) appl(?:y|ies) to|made and executed)\b[^.;]{0,60}$`;
const OUTSIDE = /\boutside(?:\s+of)?\s+(?:the\s+)?$/i;
/** "a resident of anywhere other than", "reside in any country other than": outside the place named. */
const OTHER_THAN = re`\b(?:of\s{1,4}|in\s{1,4})?(?:anywhere|any\s{1,4}(?:other\s{1,4})?(?:country|place|state|jurisdiction|territory|region)|a\s{1,4}(?:country|place|state|jurisdiction|territory|region)|countries|places)\s{1,4}other\s{1,4}than\s{1,4}(?:in\s{1,4})?(?:the\s{1,4})?$`;
/** Who a place scopes, named before a negation: "users not located in". */
const NOT_GROUP = lexicon('not-group', ['users', 'user', 'customers', 'customer', 'consumers', 'residents', 'subscribers', 'members', 'individuals', 'persons', 'people', 'businesses', 'accounts', 'entities', 'those', 'anyone']);
/** "you do not live in", "if you are not a resident of": the place named is where the customer is not. */
// ("users not located in the EEA": a group, then "not")
const NOT_THERE = re`\b(?:do|does|did|am|are|is|was|were)\s{0,4}(?:not|n['’]t)\s{1,4}(?:an?\s{1,4})?$|\b(?:i['’]m|you['’]re|we['’]re)\s{1,4}not\s{1,4}(?:an?\s{1,4})?$|\b${NOT_GROUP}\s{1,4}not\s{0,4}$`;
// "as a consumer" sets a scope only where it opens the clause ("As a consumer, you may …"), not in "your rights as a consumer"
const CONSUMER_KIND = re`\b(?:you are|you're|if you are|customer is|customers who are|if customer is|acting as)\s{1,4}(?:an?\s{1,4})?${CONSUMER}|(?:^|[,;(]\s{0,4})as\s{1,4}an?\s{1,4}${CONSUMER}\s{0,4},`;
const BUSINESS_KIND = re`\b(?:you are|you're|if you are|customer is|if customer is|acting as|on behalf of)\s{1,4}(?:an?\s{1,4}|your\s{1,4})?${BUSINESS}|(?:^|[,;(]\s{0,4})as\s{1,4}an?\s{1,4}${BUSINESS}\s{0,4},`;
/** Words before "for" that make what follows a purpose of use, not a group: "meant for personal use", "used for business". */
const PURPOSE = String.raw`(?<!\b(?:us(?:e|ed|es|ing)|meant|intended|designed|solely|only|exclusively)\s{1,4})`;
const CONSUMER_GROUP = re`${PURPOSE}\b(?:for|to)\s{1,4}(?:all\s{1,4})?${CONSUMER}\b|\b(?:consumers?|individual|private|personal)\s{1,4}(?:users?|customers?|accounts?)\b|\bconsumers?\s{1,4}(?:in|located|resident|may|can|have|will)\b`;
// "for business customers", not a purpose: "used for business, commercial, or merchant transactions", "for business purposes"
// (nor a word business qualifies: "guidelines for Business Profiles", "to businesses that violate these guidelines")
const GROUP_NEXT = lexicon('group-next', [
  'or', 'and', 'only', 'users', 'user', 'customers', 'customer', 'accounts', 'account', 'clients', 'subscribers', 'in', 'located',
  'based', 'established', 'outside', 'who', 'acting', 'using', 'with', 'of',
]);
const BUSINESS_GROUP = re`${PURPOSE}\b(?:for|to)\s{1,4}${BUSINESS}\b(?!,?\s{1,4}(?:(?:or|and)\s{1,4})?(?:commercial|purposes?|transactions?|use|activit(?:y|ies)))(?!\s{1,4}(?!${GROUP_NEXT}\b)[a-z])|\b(?:business|commercial|enterprise|corporate|professional)\s{1,4}(?:users?|customers?|accounts?|clients?|subscribers?)\b`;
const GOV = '(?:government(?:al)?|public[- ]sector)\\s+(?:entit(?:y|ies)|agenc(?:y|ies)|bodies|body|users?|customers?|institutions?)';
const GOVERNMENT = re`\b(?:for|to|if you are(?: an?)?|if customer is(?: an?)?|you are(?: an?)?|on behalf of(?: an?| the)?)\s{1,4}(?:(?:U\.S\.|US|United States|federal|state|local)\s{1,4}){0,3}${GOV}\b|\b(?:government(?:al)?|public[- ]sector)\s{1,4}(?:users?|customers?)\b`;
const PLAN_NAME = lexicon('plan-name', [
  'free', 'basic', 'standard', 'pro', 'premium', 'plus', 'business', 'enterprise', 'team', 'teams', 'individual', 'family', 'personal',
  'paid', 'trial', 'starter', 'growth', 'education', 'educational', 'student', 'nonprofit', 'non-profit',
]);
const PLAN_NOUN = lexicon('plan-noun', ['plan', 'plans', 'account', 'accounts', 'tier', 'tiers', 'subscription', 'subscriptions', 'edition', 'editions', 'license', 'licenses', 'licence', 'licences', 'version', 'versions']);
const PLAN = re`(${PLAN_NAME}\s{1,4}${PLAN_NOUN})`;

/** "If the Agreement is entered into with Acme SAS or Acme GmbH", "where your contract is with Acme Ltd": a contracting entity. */
const ENTITY_NAME = String.raw`([A-Z][\w&.'’-]{0,40}(?:,?\s{1,4}(?:[A-Z][\w&.'’-]{0,40}|or|and|of|de|du|&)){0,10})`;
/** In an agreement: a condition on whom the contract is with ("If the Agreement is entered into with", "for customers contracting with"). */
const ENTITY = re`\b(?:(?:if|where|when|for)\s{1,4}(?:the\s{1,4}|this\s{1,4}|your\s{1,4}|an?\s{1,4}|any\s{1,4})?(?:agreements?|contracts?|orders?|customers?|you are|you have contracted)\b[^.;,]{0,30}?|contracting)\s{1,4}with\s{1,4}(?:the\s{1,4})?${ENTITY_NAME}`;
/** In a question: whom the asker's contract is with ("For an agreement with Acme Inc.", "my contract is with Acme GmbH"). */
const ASKED_ENTITY = re`\b(?:agreements?|contracts?|deal|account)\s{1,4}(?:is\s{1,4}|are\s{1,4})?(?:entered into\s{1,4}|signed\s{1,4}|made\s{1,4})?with\s{1,4}(?:the\s{1,4})?${ENTITY_NAME}|\bcontract(?:ed|ing)?\s{1,4}with\s{1,4}(?:the\s{1,4})?${ENTITY_NAME}`;
/** Words of a company name that say its legal form, not which company it is. */
const LEGAL_FORM = lexicon('legal-form', [
  'inc', 'inc.', 'incorporated', 'ltd', 'ltd.', 'limited', 'llc', 'l.l.c.', 'llp', 'plc', 'corp', 'corp.', 'corporation', 'co', 'co.',
  'company', 'sas', 'sa', 's.a.', 'sarl', 'gmbh', 'ag', 'bv', 'b.v.', 'nv', 'sl', 's.l.', 'srl', 'spa', 'ab', 'as', 'oy', 'pty', 'kk', 'the',
]);
const LEGAL_FORMS = new Set(LEGAL_FORM.entries);

/** A company name's own words, without its legal form or punctuation: "Acme Ireland Limited" → "acme ireland". */
export function entityKey(name: string): string {
  return name.toLowerCase().replace(/[,()]/g, ' ').split(/\s+/).filter((w) => w && !LEGAL_FORMS.has(w) && !LEGAL_FORMS.has(w.replace(/\.$/, ''))).join(' ');
}

/** Does an entity named in a question match an entity (or one of the entities, "A or B") a clause names? */
export function sameEntity(asked: string, clause: string): boolean {
  const a = entityKey(asked);
  if (!a) return false;
  return clause.split(/,?\s{1,4}(?:or|and)\s{1,4}|,\s{1,4}(?=[A-Z])/).some((name) => entityKey(name) === a);
}

/** The contracting entity a text names, as written, trimmed of a trailing clause ("…, Inc., the Agreement will"). */
export function entityIn(text: string, asked = false): { name: string; start: number; end: number } | undefined {
  const m = (asked ? ASKED_ENTITY : ENTITY).exec(text);
  if (!m) return undefined;
  // the name runs over capitalised words (and "or", "of", "&" between them); the first other word ends it
  const words = (m[1] ?? m[2]).split(/(?<=\S)(?=\s)/);
  let name = '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const word = w.trim().replace(/^,/, '');
    if (/^[A-Z&]/.test(word) || (/^(?:or|and|of|de|du)$/.test(word) && name)) name += w;
    else break;
    // a comma ends the name unless a legal form follows ("Acme Technologies, Inc."): "… GmbH, Dutch law applies"
    const next = words[k + 1]?.trim().toLowerCase().replace(/[,.]$/, '');
    if (/,$/.test(word) && !(next && (LEGAL_FORMS.has(next) || LEGAL_FORMS.has(`${next}.`)))) break;
    // a stop after a word that is no abbreviation ends the sentence, and the name ("… Acme Ireland Limited. Which …")
    if (/\.$/.test(word) && !/^(?:Inc|Ltd|Corp|Co|Pty|[A-Z](?:\.[A-Z]){0,4})\.$/.test(word)) break;
  }
  name = name.replace(/[,.\s]{1,8}$/, (tail) => (/^\./.test(tail) && /\b(?:Inc|Ltd|Corp|Co|L\.L\.C|S\.A|B\.V)$/.test(name.slice(0, -tail.length)) ? '.' : '')).replace(/\s{1,4}(?:or|and|of|de|du)$/, '').trim();
  if (!/^[A-Z]/.test(name) || /^(?:Customer|Client|User|You|Us|We|Which|What|Who|Where|How|Can|Does|Do|Is)\b/.test(name)) return undefined;
  return { name, start: m.index, end: m.index + m[0].length };
}

/** Words before "in <place>" that make the place the customer's: "users in", "your residence in", "those who live in". */
const WHOSE = lexicon('place-owner', [
  'you', 'user', 'users', 'customer', 'customers', 'consumer', 'consumers', 'resident', 'residents', 'person', 'persons', 'people',
  'individuals', 'members', 'subscribers', 'account', 'accounts', 'businesses', 'entities', 'who', 'those', 'residence', 'domicile',
  'home', 'address', 'reside', 'resides', 'residing', 'live', 'lives', 'living', 'located', 'based', 'domiciled',
]);
// (a dot inside a word, "use of Acme.com occurs in", does not end it)
const WHOSE_PLACE = re`${WHOSE}(?:[^.;]|\.(?=\w)){0,100}$`;

function placesIn(text: string): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  if (!hasPlaceWord(text)) return out;
  for (const m of text.matchAll(PLACE)) {
    const name = canonicalPlace(m[0]);
    // "Washington" may be a state or a city; "Georgia" a state or a country: both stay places
    if (name) out.push({ name, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** A run of places joined by commas, "and", "or" from `first` on: "the EEA, Switzerland, or the United Kingdom". */
function placeRun(text: string, places: ReturnType<typeof placesIn>, first: number): { names: string[]; end: number } {
  const names = [places[first].name];
  let end = places[first].end;
  for (let i = first + 1; i < places.length; i++) {
    const between = text.slice(end, places[i].start);
    if (!/^\s*(?:,\s*|\s)(?:(?:and|or|and\/or)\s+)?(?:the\s+)?$|^\s+(?:and|or|and\/or)\s+(?:the\s+)?$/i.test(between)) break;
    names.push(places[i].name);
    end = places[i].end;
  }
  return { names: [...new Set(names)], end };
}

/**
 * The scope a text sets, when it sets one: the places (with `outside`), the kind of customer, a
 * plan, a government entity. `undefined` when the text holds for everyone.
 */
export function readScope(text: string): FoundScope | undefined {
  if (!SCOPE_HINT.test(text) && !hasPlaceWord(text)) return undefined;
  const cached = seen.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const found = scopeOf(text);
  if (seen.size > 2000) seen.clear();
  seen.set(text, found ?? null);
  return found;
}

/** A court's name going on after a place: "U.S. District Court", "California Superior Court", "Irish courts". */
const COURT_NAMED_AFTER = re`^\s{0,4}(?:(?:District|Federal|State|Superior|Supreme|High|County|Circuit|Commercial|Magistrates['’]?)\s{1,4})?[Cc]ourts?\b`;
/** Words without which a text sets no scope: a place (capitalised), or a kind of customer or plan. */
const SCOPE_HINT = re`\b(?:with [A-Z]|consumer|business|commercial|enterprise|professional|private|individual|personal|government|public|trader|merchant|compan|organi[sz]ation|entit|plans?|accounts?|tiers?|subscriptions?|editions?|licen[cs]es?|versions?)`;
/** The first words of the places the lexicon knows ("United", "EU", "France"). */
const PLACE_FIRST = new Set(PLACE_ALIASES.map((a) => a.split(/\s/)[0].replace(/\.$/, '')));
const CAPITALISED = withFlags('g')`\b[A-Z][A-Za-z.]{0,30}`;
function hasPlaceWord(text: string): boolean {
  for (const m of text.matchAll(CAPITALISED)) if (PLACE_FIRST.has(m[0].replace(/\.$/, '')) || PLACE_FIRST.has(m[0])) return true;
  return false;
}
const seen = new Map<string, FoundScope | null>();

function scopeOf(text: string): FoundScope | undefined {
  const out: FoundScope = { start: text.length, end: 0 };
  const widen = (start: number, end: number) => { out.start = Math.min(out.start, start); out.end = Math.max(out.end, end); };
  const places = placesIn(text);
  for (let i = 0; i < places.length; i++) {
    const raw = text.slice(Math.max(0, places[i].start - 120), places[i].start);
    // "a resident of anywhere other than Brazil" reads as "a resident outside Brazil"
    const other = OTHER_THAN.exec(raw);
    const before = other ? `${raw.slice(0, other.index).trimEnd()} outside ` : raw;
    const run = placeRun(text, places, i);
    const aftRun = text.slice(run.end);
    const where = WHERE.exec(before) ?? ATTRIBUTE.exec(before) ?? GROUP_BEFORE.exec(before);
    const group = GROUP_AFTER.exec(aftRun);
    if (!where && !group) continue;
    // "agreements entered into and performed entirely within New York between New York residents": how a law is applied, not who a clause is for
    if (NOT_SCOPE.test(before)) continue;
    // "courts in California", "the laws of Ireland": a place named by law or venue is a value, not a scope
    if (where && /\b(?:courts?|laws?|venue|tribunals?|arbitration|seat|offices?|servers?|data cent(?:er|re)s?)\s+(?:located\s+|sitting\s+|situated\s+)?(?:in|of)\s+(?:the\s+)?$/i.test(before)) continue;
    // "resolved exclusively in the U.S. District Court …": the place is part of a court's name
    if (COURT_NAMED_AFTER.test(aftRun)) continue;
    if (where && !group && /^(?:in|from|outside(?:\s+of)?)(?:\s+(?:the|an?))?$/i.test(where[0].trim()) && !WHOSE_PLACE.test(before)) continue;
    out.regions = [...new Set([...(out.regions ?? []), ...run.names])];
    if (where && (OUTSIDE.test(before) || NOT_THERE.test(before.slice(0, before.length - where[0].length)))) out.outside = true;
    // where the scope words start in the text (in `raw` the rewritten "outside" stands for the words from `other.index`)
    const whereAt = where ? Math.min(before.length - where[0].length, other ? other.index : Infinity) : raw.length;
    widen(places[i].start - raw.length + whereAt, run.end + (group ? group[0].length : 0));
    i += run.names.length - 1;
  }
  const consumer = CONSUMER_KIND.exec(text) ?? CONSUMER_GROUP.exec(text);
  const business = BUSINESS_KIND.exec(text) ?? BUSINESS_GROUP.exec(text);
  if (consumer && !business) { out.customer = 'consumer'; widen(consumer.index, consumer.index + consumer[0].length); }
  else if (business && !consumer) { out.customer = 'business'; widen(business.index, business.index + business[0].length); }
  const gov = GOVERNMENT.exec(text);
  if (gov) { out.entity = 'government'; out.customer = 'business'; widen(gov.index, gov.index + gov[0].length); }
  const entity = out.entity ? undefined : entityIn(text);
  if (entity) { out.entity = entity.name; widen(entity.start, entity.end); }
  const plan = PLAN.exec(text);
  if (plan) {
    out.plan = plan[1];
    if (!out.customer && /^(?:business|enterprise|team)/i.test(plan[1])) out.customer = 'business';
    if (!out.customer && /^(?:individual|personal|family)/i.test(plan[1])) out.customer = 'consumer';
    widen(plan.index, plan.index + plan[0].length);
  }
  if (!out.regions && !out.customer && !out.entity && !out.plan) return undefined;
  out.text = text.slice(out.start, out.end).trim();
  return out;
}

/** The scope of a provision from the headings above it ("Additional Terms for EU Users", "Consumers in the UK"). */
export function headingScope(headings: readonly string[]): Scope | undefined {
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i];
    const s = readScope(h) ?? (PLACE.test(h) && /\b(?:users?|customers?|consumers?|residents?|terms|only|specific|additional|supplemental)\b/i.test(h) ? scopeOfBarePlaces(h) : undefined);
    PLACE.lastIndex = 0;
    if (s) { const { start: _s, end: _e, ...rest } = s as FoundScope; return { ...rest, text: h }; }
  }
  return undefined;
}

function scopeOfBarePlaces(text: string): Scope | undefined {
  const names = placesIn(text).map((p) => p.name);
  return names.length ? { regions: [...new Set(names)], text } : undefined;
}

/**
 * Whom a scope leaves out: business customers for a consumer scope and the reverse, everywhere else for a
 * place; undefined where the rest cannot be said as one scope.
 */
export function complementOf(scope: Scope): Scope | undefined {
  if (scope.customer && !scope.regions) return { customer: scope.customer === 'consumer' ? 'business' : 'consumer', text: scope.text };
  if (scope.regions && !scope.customer && !scope.outside) return { regions: scope.regions, outside: true, text: scope.text };
  return undefined;
}

/** Strip the positions of a found scope. */
export function toScope(found: FoundScope): Scope {
  const { start: _s, end: _e, ...rest } = found;
  return rest;
}

/** How a clause's scope fits the scope a question names. */
export type Fit = 'general' | 'exact' | 'compatible' | 'conflict';

/**
 * Does a clause for `clause` hold for an asker of scope `asked`? `general` for a clause that holds
 * for everyone; `exact` when every part the clause sets is met by what the asker says; `compatible`
 * when nothing conflicts but the asker does not say all of it (a clause for EU consumers, an asker
 * in France who does not say they are a consumer); `conflict` otherwise.
 */
export function scopeFit(clause: Scope | undefined, asked: Scope | undefined): Fit {
  if (!clause || (!clause.regions && !clause.customer && !clause.entity && !clause.plan && !clause.part)) return 'general';
  if (!asked) return 'compatible';
  let exact = true;
  if (clause.regions) {
    if (!asked.regions?.length) exact = false;
    else {
      const inside = asked.regions.some((q) => clause.regions!.some((c) => within(q, c)));
      const askedOutside = asked.outside === true;
      if (clause.outside) {
        if (askedOutside) { if (!asked.regions.every((q) => clause.regions!.some((c) => within(c, q) || q === c))) exact = false; }
        else if (inside) return 'conflict';
      } else if (askedOutside) {
        if (asked.regions.some((q) => clause.regions!.some((c) => within(c, q)))) return 'conflict';
        exact = false;
      } else if (!inside) return 'conflict';
    }
  }
  if (clause.customer) {
    if (!asked.customer) exact = false;
    else if (asked.customer !== clause.customer) return 'conflict';
  }
  if (clause.entity) {
    if (!asked.entity) exact = false;
    else if (asked.entity.toLowerCase() !== clause.entity.toLowerCase() && !sameEntity(asked.entity, clause.entity)) return 'conflict';
  }
  if (clause.plan) {
    if (!asked.plan) exact = false;
    else if (!sameWords(asked.plan, clause.plan)) return 'conflict';
  }
  // a clause on one part of the agreement ("changes to this Dispute Resolution section") is never the general rule
  if (clause.part) exact = false;
  return exact ? 'exact' : 'compatible';
}

function sameWords(a: string, b: string): boolean {
  const head = (s: string) => s.toLowerCase().split(/\s+/)[0];
  return head(a) === head(b);
}

/** A short English description of a scope ("consumers in the EEA, Switzerland or the United Kingdom"). */
export function describeScope(scope: Scope): string {
  if (scope.part && !scope.regions?.length && !scope.customer && !scope.entity && !scope.plan) return `${scope.part} alone`;
  const who = scope.entity === 'government' ? 'government entities' : scope.entity ? `agreements with ${scope.entity}` : scope.customer === 'consumer' ? 'consumers' : scope.customer === 'business' ? 'business customers' : scope.plan ? scope.plan : 'customers';
  if (!scope.regions?.length) return who;
  const places = scope.regions.length > 1 ? `${scope.regions.slice(0, -1).join(', ')} or ${scope.regions[scope.regions.length - 1]}` : scope.regions[0];
  return `${who} ${scope.outside ? 'outside' : 'in'} ${places}`;
}

