/**
 * Disputes: governing law, venue (jurisdiction), arbitration and class-action waivers, each a view of
 * the frame around its trigger words: denied where the clause denies it ("will not be resolved by
 * arbitration", "there is no class action waiver"), scoped where the clause or its heading is ("If
 * you live in the EEA, …"), and with a scoped variant for an exception that names its own scope
 * ("except where you are a US User, in which case the laws of the State of New York apply").
 * Values are canonical: "Swiss law" is Switzerland, "the laws of the United States and the State of
 * New York" the State of New York.
 */
import type { Clause, DisputeClause, Scope } from '../schema/index.js';
import { sentences, type Provision } from '../segment/index.js';
import { common, type ClassifyContext } from './base.js';
import { findDurations, toDuration } from '../annotate/durations.js';
import { clauseAround, segmentsOf } from '../frame/index.js';
import { deniedAt } from '../frame/polarity.js';
import { headingScope, readScope, toScope } from '../frame/scope.js';
import { lexicon, re, within, withFlags } from '../lexicon/compose.js';
import { PLACES, canonicalPlace } from '../lexicon/scope.js';
import { escape } from '../lexicon/compose.js';

/** Words between "governed", "construed" or "interpreted" and what follows: "construed in all respects in accordance with". */
const LAW_MANNER = lexicon('law-manner', [
  'in all respects', 'instead', 'exclusively', 'solely', 'and enforced', 'and interpreted', 'and construed', 'and governed',
]);
const LAW = [
  re`\b(?:governed (?:${LAW_MANNER} )?by|(?:construed|interpreted) (?:${LAW_MANNER} ){0,2}(?:in accordance with|under))\b[^.;]{0,80}?\blaws?\b`,
  re`\b(?:terms|agreement|contract|these|this)\b[^.;]{0,60}\bsubject to\b[^.;]{0,40}?\blaws?\b`,
  re`\blaws? of\b[^.;]{0,120}\b(?:govern|appl(?:y|ies)|will apply|shall apply)`,
  re`\b(?:\w{1,40} )?law applies to (?:this|these)|\bchoice of law\b`,
  withFlags('')`\b[A-Z]\w{1,40} law\b(?:,[^.;]{0,160}?,)? (?:governs|will govern|shall govern)\b`,
  // "Disputes … must be resolved according to Swedish law and by Swedish courts"
  re`\b(?:resolved|settled|decided|determined|judged)\b[^.;]{0,40}\b(?:according to|in accordance with|under)\s{1,4}(?:the\s{1,4})?(?:laws?\s{1,4}of\s{1,4}[A-Z]|[A-Z][\w-]{1,40}\s{1,4}law\b)`,
  re`^\s{0,4}(?:governing|applicable) law\s{0,4}:\s{0,4}\S`,
  // "U.S. Residents: Delaware law; venue exclusively in …": a law named as an entry's value, after whom it is for
  withFlags('')`^[^:;]{1,60}:\s{0,4}[A-Z][\w-]{1,40}(?:\s{1,4}[A-Z][\w-]{1,40}){0,2}\s{1,4}law\s{0,4}(?:[;,.]|$)`,
];
/** "shall be brought exclusively in (the) …": where claims must go, before the place named. */
const BROUGHT_ONLY_IN = String.raw`\b(?:brought|filed|instituted|litigated|commenced|heard) (?:exclusively|only|solely) (?:in|before) (?:the )?`;
/** What is done with a dispute in a venue: "brought in", "heard by". */
const VENUE_VERB = lexicon('venue-verb', ['brought', 'filed', 'litigated', 'heard', 'resolved', 'commenced', 'adjudicated', 'maintained', 'decided']);
const VENUE = [
  // "venue exclusively in the state or federal courts in …", "venue lies only in the courts of …"
  re`\bvenue\s{1,4}(?:(?:lies|is|shall\s{1,4}be|will\s{1,4}be)\s{1,4})?(?:exclusively|solely|only)\s{1,4}(?:in|before)\s{1,4}(?:the\s{1,4})?(?:[\w-]{1,20}\s{1,4}){0,4}?courts?\b`,
  // "Disputes go exclusively to the state or federal courts in …" (not "either of us may go to court")
  re`\b(?:go|goes|are sent|will be sent)\s{1,4}(?:exclusively|only|solely)\s{1,4}(?:to|before)\s{1,4}(?:the\s{1,4})?(?:[\w-]{1,20}\s{1,4}){0,4}?courts?\b`,
  re`\b(?:exclusive(?:ly)?|sole) (?:jurisdiction|venue)|\bsubmits? to the (?:personal |exclusive ){0,2}jurisdiction|\b(?:consents?|agrees?) to (?:the )?(?:personal |exclusive ){0,2}(?:jurisdiction|venue)`,
  // ("shall be commenced and maintained exclusively in any state or federal court located in …")
  // ("resolved exclusively in the U.S. District Court for the Northern District of California")
  re`\b(?:${VENUE_VERB})(?: (?:and|or) [a-z]{1,20})? (?:exclusively |only |solely )?(?:in|by|before) (?:the |a |an |any )?(?:(?:state|federal) (?:and|or) (?:state|federal) |state |federal |competent |(?:U\.S\.|[A-Z][a-z]{1,20}) (?:[A-Z][a-z]{1,20} ){0,2})?courts?`,
  re`\bvenue (?:for|of|shall|will|is)\b|\bcourts? (?:located )?(?:in|of)\b[^.;]{0,60}\b(?:will|shall) have (?:non-?exclusive |exclusive )?jurisdiction`,
  re`\bjurisdiction (?:falls|lies|shall lie|will lie) (?:to|with|in)\b|\bplace of jurisdiction\b`,
  // "you may resolve your claim in any competent court in that Member State"
  re`\b(?:resolve|pursue|settle)\s{1,4}(?:your|a|any|the)\s{1,4}(?:claims?|disputes?|actions?)\s{1,4}(?:in|before)\s{1,4}(?:any\s{1,4}|the\s{1,4})?(?:competent\s{1,4}|local\s{1,4})?courts?\b`,
  // "you may also bring a claim in the courts where you live"
  re`\b(?:bring|brought|file|filed|start|commence)\s{1,4}(?:a\s{1,4}|any\s{1,4}|your\s{1,4})?(?:claims?|actions?|proceedings?|suits?|disputes?)\s{1,4}(?:only\s{1,4})?(?:in|before)\s{1,4}(?:the\s{1,4})?(?:local\s{1,4})?courts?\b`,
  // "… resolved according to Swedish law and by Swedish courts"
  withFlags('')`\b(?:resolved|settled|decided|heard|determined)\b[^.;]{0,60}\bby\s{1,4}(?:the\s{1,4})?[A-Z][\w-]{1,40}\s{1,4}courts\b`,
  // the courts as the subject: "only English courts can make judgments about them", "the Irish courts will decide"
  withFlags('')`\b[A-Z][\w-]{1,40}\s{1,4}courts\s{1,4}(?:can|may|will|shall|alone\s{1,4}(?:can|may|will|shall))\s{1,4}(?:make\s{1,4}(?:judgments?|rulings?|decisions?)|decide|hear|resolve|determine|rule\s{1,4}on)\b`,
  // a place, no courts named: "shall be instituted exclusively in Switzerland in the Canton of Zug"
  withFlags('')`${BROUGHT_ONLY_IN}[A-Z]`,
  re`^\s{0,4}(?:courts?|venue|jurisdiction|place of jurisdiction)\s{0,4}:\s{0,4}\S`,
];
const ARBITRATION = [
  re`\b(?:binding|final(?: and binding)?|individual) arbitration\b|\bagree to arbitrate`,
  re`\b(?:resolved|settled|decided|submitted|determined|referred) (?:\w{1,40} ){0,2}(?:by|through|to|in) (?:\w{1,40} ){0,3}arbitration`,
  re`\barbitrat\w{1,40} (?:will|shall) be (?:administered|conducted)|\bopt(?:ing)?[- ]?out of (?:this |the |these )?(?:\w{1,40} )?arbitrat`,
  re`\b(?:participate|take part)\b${within(80)}\barbitrat\w{0,40}\b`,
  // "shall be referred to and finally determined, to the exclusion of the courts, by a single arbitrator"
  re`\b(?:resolved|settled|decided|determined|heard)\b${within(80)}\bby\s{1,4}(?:a|an|one|three|the)\s{1,4}(?:single\s{1,4}|sole\s{1,4}|neutral\s{1,4}|independent\s{1,4})?arbitrators?\b`,
];
/** Words of giving a right up: "waive", "give up", "forgo", "relinquish". */
const GIVE_UP = lexicon('give-up', ['waive', 'waives', 'give up', 'gives up', 'giving up', 'forgo', 'forgoes', 'forego', 'foregoes', 'relinquish*', 'surrender*']);
const CLASS_WAIVER = [
  re`\bclass (?:action|arbitration|or representative|actions?)\b[^.;]{0,120}\b(?:waive|not|no|prohibit|may only|only on an individual)`,
  // ("waives any right it may have for any dispute … to be arbitrated or litigated on a class action or consolidated basis")
  re`\b(?:${GIVE_UP}|waiver of)\b[^.;]{0,160}\bclass\b|\bonly (?:in|on) (?:an|their|your) individual (?:capacity|basis)|\bnot (?:as a |in any )?(?:plaintiff|class member)`,
  // "must be arbitrated on an individual basis and not on a class or collective basis"
  re`\b(?:on|in)\s{1,4}an?\s{1,4}individual\s{1,4}(?:basis|capacity)\s{1,4}(?:and\s{1,4})?not\s{1,4}(?:on|in|as)\s{1,4}an?\s{1,4}(?:class|collective|representative)\b`,
  re`\b(?:only|solely)\b[^.;]{0,40}\bindividual(?:ly)?\b[^.;]{0,80}\b(?:class|representative)\b`,
  re`\bnever (?:as a |in a )?(?:plaintiff|class member|member of a class|class action|representative action)|\bnot as a (?:member|class)\b`,
  re`\bno (?:claim|claims|dispute|disputes|action|actions|proceeding|proceedings) (?:may|shall|will|can) be (?:brought|filed|pursued|heard|joined|consolidated) (?:as|in) (?:a |any )?(?:class|collective|representative)`,
  re`\bin (?:the|their|your|its) individual capacity\b[^.;]{0,60}\bnot as (?:a )?(?:plaintiff|member|class)`,
];
/**
 * The instrument a clause says is governed, where it is not the agreement itself: "The EU SCCs 2021 will be
 * governed by the laws of Ireland" governs the SCCs ("EU SCCs"), not these terms; undefined otherwise.
 */
export function governedInstrument(text: string): string | undefined {
  const m = OTHER_INSTRUMENT.exec(text);
  return m && !AGREEMENT_WORD.test(m[1]) ? m[1].trim() : undefined;
}

/** A named thing as the subject of being governed: "The EU SCCs 2021 will be governed by …". */
const OTHER_INSTRUMENT = withFlags('')`^\s{0,4}(?:[Tt]he\s{1,4})?((?:[A-Z][\w&.’'-]{0,40}\s{1,4}){1,5})(?:\d{4}\s{1,4})?(?:will|shall|is|are)\s{1,4}(?:be\s{1,4})?governed\b`;
/** Words that name the agreement itself, as the subject of being governed. */
const AGREEMENT_WORD = re`\b(?:terms|agreement|conditions|contract|policy|policies|eula|tos|these|this|services?)\b`;
/** Courts named by pointing back to the law's place: "the courts of the above jurisdiction", "the courts of that country". */
const SAME_JURISDICTION = re`\bcourts?\s{1,4}of\s{1,4}(?:the\s{1,4})?(?:above|same|that|such|said)\s{1,4}(?:jurisdiction|country|state|place)\b`;
/** The courts named are the only ones: "exclusive jurisdiction", "must be brought … in", "only in". */
const EXCLUSIVE = re`(?<!\bnon[- ]?|\bnot )\bexclusive(?:ly)?\b|\bsole(?:ly)? (?:jurisdiction|venue)|\b(?:must|shall|will) be (?:brought|filed|litigated|heard|resolved|commenced|adjudicated)\b|\bonly (?:in|before|by) (?:the )?courts?\b|\bonly (?:the )?(?:[\w-]{1,40} ){1,2}courts?\b|\bjurisdiction (?:falls|lies|shall lie|will lie)\b|\b(?:jurisdiction|venue)\b[^.;]{0,60}\b(?:will|shall) be\b`;
/** The courts named are not the only ones: "the non-exclusive jurisdiction of the courts of Ireland". */
const NON_EXCLUSIVE = re`\bnon[- ]?exclusive\b|\bnot exclusive\b`;
/** "We are not obliged to participate in … an arbitration board and do not offer it": arbitration refused. */
const REFUSE_ARBITRATION = re`\b(?:not (?:obliged|required|obligated|willing|prepared) to|do not|does not|will not|won['’]t|decline to) (?:participate|take part)\b${within(80)}\barbitrat`;
const CONFLICT_OF_LAWS = re`\bconflicts? of laws? (?:rules|principles|provisions)?\s{0,4}$`;
/** The words of a waiver itself: a negation before them denies the waiver ("there is no class action waiver"). */
const WAIVER_WORD = withFlags('gi')`\bwaive[rs]?\b|\bwaiving\b`;
/** Arbitration bodies, by name. */
const ARBITRATION_BODY = lexicon('arbitration-body', [
  'JAMS', 'AAA', 'American Arbitration Association', 'ICC', 'International Chamber of Commerce', 'LCIA',
  'London Court of International Arbitration', 'ICDR', 'International Centre for Dispute Resolution', 'SIAC',
  'Singapore International Arbitration Centre', 'HKIAC', 'Hong Kong International Arbitration Centre', 'CPR',
  'National Arbitration and Mediation', 'NAM', 'DIS', 'Swiss Chambers', 'SCC', 'Stockholm Chamber of Commerce',
]);
const BODY = new RegExp(`(?<![\\w])${ARBITRATION_BODY.source.replace(/\\b/g, '')}(?![\\w])`);

/** "in which case the laws of the State of New York apply": an exception that gives its own value. */
const OWN_VALUE = re`\bin which case\b|\bthe laws? of\b|\b[A-Z]\w{1,40} law\b|\bcourts?\b`;

const PLACE_ALIASES = [...new Set([...PLACES.values()].flatMap((p) => [...p.aliases, ...(p.adjective ?? [])]))].filter((a) => !/^the /i.test(a)).sort((a, b) => b.length - a.length);
const PLACE = new RegExp(`(?<![\\w.])(?:${PLACE_ALIASES.map((a) => escape(a)).join('|')})(?![\\w])`, 'g');
const LAW_PHRASE = withFlags('g')`\b(?:[Ll]aws?|[Ll]egislation) of (?:the )?|\bgoverned (?:by|in accordance with) (?:the )?|\b(?:construed|interpreted|enforced) (?:in accordance with|under) (?:the )?|\bsubject to (?:the )?(?=[A-Z][\w]{0,40} law)|^\s{0,4}(?:[Gg]overning|[Aa]pplicable) law\s{0,4}:\s{0,4}`;
const LAW_END = re`\b(?:without (?:regard|reference|giving effect)|excluding|notwithstanding|except|unless|and (?:you|each party|the parties)|provided)\b|[;.(]`;
const RESIDENCE = re`\b(?:law|laws) of (?:the )?(?:country|state|place|member state|jurisdiction) (?:where|in which|of) (?:you|your|the (?:user|customer|subscriber|consumer))\b[^.;,]{0,60}`;
const KIND_RANK: Record<string, number> = { state: 3, province: 3, country: 2, region: 1 };

/** A place as a law names it: "State of New York", "Province of Ontario", "Switzerland". */
function placeName(name: string): string {
  const kind = PLACES.get(name)?.kind;
  return kind === 'state' ? `State of ${name}` : kind === 'province' ? `Province of ${name}` : name;
}

/** The law a governing-law clause names: "State of California", "Switzerland", "England and Wales", or "law of the country where you live". */
export function lawValue(text: string): string | undefined {
  const phrases: string[] = [];
  for (const m of text.matchAll(LAW_PHRASE)) {
    const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 140);
    const stop = LAW_END.exec(rest);
    phrases.push(rest.slice(0, stop ? stop.index : rest.length));
  }
  // "Colorado law governs", "subject to English law": a place just before "law"
  for (const m of text.matchAll(PLACE)) if (/^\s+laws?\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) phrases.push(m[0]);
  for (const phrase of phrases) {
    const places = [...phrase.matchAll(PLACE)].map((p) => ({ name: canonicalPlace(p[0]), at: p.index!, text: p[0] })).filter((p) => p.name) as Array<{ name: string; at: number; text: string }>;
    if (!places.length) continue;
    const rank = (n: string) => KIND_RANK[PLACES.get(n)?.kind ?? 'region'] ?? 0;
    const best = Math.max(...places.map((p) => rank(p.name)));
    const top = places.filter((p) => rank(p.name) === best);
    // "the laws of England and Wales": two places of one rank joined by "and" are one law
    if (top.length === 2 && /^\s+and\s+$/.test(phrase.slice(top[0].at + top[0].text.length, top[1].at))) return `${top[0].name} and ${top[1].name}`;
    return placeName(top[0].name);
  }
  const residence = RESIDENCE.exec(text);
  if (residence) return residence[0].replace(/^laws/i, 'law').trim();
  // "governed by Delaware law" where the place is not in the lexicon: the capitalised words before "law"
  const named = /\b(?:by|with|under|to)\s+(?:the\s+)?((?!The\b|These\b|This\b|Applicable\b|Federal\b|Local\b|Mandatory\b)[A-Z][\w]*(?: [A-Z][\w]*)*) law\b/.exec(text) ?? /\blaws? of (?:the )?((?!Section\b|These\b|This\b)[A-Z][\w]*(?: [A-Z][\w]*)*)/.exec(text);
  return named?.[1];
}

/** Courts of a place: "the state or federal courts located in King County, Washington". */
const COURT_KIND = String.raw`(?:state|federal|united states|u\.s\.|competent|local|county|provincial|district|national)`;
// ("the courts in relation to any dispute": "in relation to", "in respect of" say what the courts hear, not where they sit)
const COURTS = String.raw`(?:the )?(?:${COURT_KIND} (?:(?:and|or) )?){0,4}courts?(?: located| situated)? (?:in|of|for|sitting in|within) (?!(?:relation|respect|connection|regard)\b)`;
/** Where a venue's place ends: ", and each party consents", "without prejudice", a stop. */
const VENUE_END = lexicon('venue-end', [
  'without prejudice', 'subject to', 'save for', 'save as', 'notwithstanding', 'for the purpose', 'for the purposes', 'for any purpose',
  'for these purposes', 'for such purposes', 'with respect', 'to resolve', 'and waive', 'except', 'unless', 'have', 'has', 'having', 'shall', 'will',
  'may', 'in any action', 'in any actions', 'in all actions', 'in any proceeding', 'in any proceedings', 'in any dispute', 'in any disputes',
  'in any claim', 'in any claims', 'in any matter', 'in any matters', 'in any legal action', 'in any legal proceedings',
]);
const VENUE_PHRASE = re`\b(${COURTS}(?:[^;.]|\.(?=[A-Z]\.|[A-Z]?,)){1,160}?)(?:,? (?:and (?:you|each party|each of|the parties|both parties|both of us|we|(?=[^,;.]{0,400}\blaws?\b))|${VENUE_END})|,? U\.?S\.?A?\.?(?=[,;.\s]|$)|[;.]|$)`;

/** "The place of jurisdiction … is Frankfurt", "… is San Francisco County, California, or the U.S. District Court for the Northern District of California". */
const PLACE_OF_JURISDICTION = withFlags('')`\bplace of jurisdiction\b[^.;]{0,160}?\bis ((?:[A-Z][\w-]{0,40}[ ,]{0,3}){1,6}(?:,?\s{0,2}or (?:the )?(?:[A-Z][\w.-]{0,40}[ ,]{0,3}|(?:for|of) (?:the )?){1,12})?)`;

/** A venue named by its place alone, up to the end of the place ("… exclusively in Switzerland in the Canton of Zug although …"). */
const PLACE_ONLY = withFlags('')`${BROUGHT_ONLY_IN}([A-Z][^,;.]{1,80}?)(?= (?:although|but|unless|provided|except|and (?:you|we|each|the))\b|[,;.]|$)`;

/** A court named by its proper name after venue or jurisdiction: "venue in the Oslo District Court". */
const NAMED_COURT = withFlags('')`\b(?:venue|jurisdiction)\b[^.;]{0,40}\bin\s{1,4}(?:the\s{1,4})?((?:[A-Z][\w-]{1,40}\s{1,4}){1,6}Courts?)\b`;

/** The venue a jurisdiction clause names: the courts and place as written. */
export function venueValue(text: string): string | undefined {
  const label = /^\s*(?:courts?|venue|jurisdiction|place of jurisdiction)\s*:\s*([^;.]+)/i.exec(text);
  if (label) return label[1].trim();
  // "the exclusive place of jurisdiction … is San Francisco County, California, or the U.S. District Court for …": the place named, with its alternative
  const placeNamed = PLACE_OF_JURISDICTION.exec(text);
  if (placeNamed) return placeNamed[1].replace(/[,.\s]{1,40}$/, '');
  const m = VENUE_PHRASE.exec(text);
  if (!m) {
    // "the exclusive jurisdiction of the English courts", "jurisdiction falls to the Court of Oslo, Norway"
    // (a court may be capitalised: "the English Courts")
    const named = /\b(?:the )?((?:[A-Z][\w-]{1,40} ){1,8}[Cc]ourts)\b/.exec(text);
    if (named && !/^(?:The|Any|All|Such|These|State|Federal)\b/.test(named[1])) {
      // "the English courts" sit in England: the place, in canonical form, where the words name one
      const place = canonicalPlace(named[1].replace(/\s{1,4}[Cc]ourts$/, ''));
      return place ? placeName(place) : named[1];
    }
    const court = /\b(?:falls|lies|lie) (?:to|with|in) (?:the )?((?:[Cc]ourts?|[Tt]ribunal) of [A-Z][^;.]{1,80}?)(?=[;.]|$)/.exec(text);
    if (court) return court[1].trim();
    return PLACE_ONLY.exec(text)?.[1].trim();
  }
  const value = m[1].replace(/^the /i, '').replace(/\b(?:located|situated|sitting) (?=in\b)/i, '').replace(/[,\s]{1,40}$/, '').trim();
  // a venue names a place: "the Courts for these purposes" names none (a text in capitals names it in capitals)
  if (/\b(?:[Ii][Nn]|[Oo][Ff]|[Ff][Oo][Rr]|[Ww][Ii][Tt][Hh][Ii][Nn])\b[^,]{0,400}[A-Z]/.test(value)) return value;
  // "venue in the Oslo District Court for all disputes …": a court named by its own name
  return NAMED_COURT.exec(text)?.[1].trim();
}

/** Arbitration procedure (pre-arbitration negotiation, rules, opt-out) stated under an arbitration heading. */
export function isArbitrationHeading(headings: readonly string[]): boolean {
  return headings.some((h) => /arbitrat|dispute resolution/i.test(h));
}

/**
 * The first match of any pattern that stands in the main words of its clause: "if you are subject
 * to United States law, …" names a condition, not the governing law; with `skipExceptions`, "except
 * where the dispute is resolved by arbitration" names an exception, not an arbitration clause.
 */
function firstMatch(patterns: RegExp[], text: string, itemsStart = Infinity, skipExceptions = false): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  for (const p of patterns) {
    const g = new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g');
    for (const m of text.matchAll(g)) {
      const segment = segmentsOf(text, clauseAround(text, m.index!, itemsStart)).find((s) => s.start <= m.index! && m.index! < s.end);
      // "if you are subject to US law, …", "except where the dispute is resolved by arbitration, …": named, not stated
      if (segment?.kind === 'condition' || (skipExceptions && segment?.kind === 'exception')) continue;
      if (!best || m.index! < best.index) best = m as RegExpExecArray;
      break;
    }
  }
  return best;
}

/** Whom an entry is for, named before a colon at its start: "U.S. Residents:", "Residents of Quebec:". */
const ENTRY_NAME = /^(?:[^:;.]|(?<=\b[A-Z])\.){1,60}:(?=\s)/;

/** The sentence of a text that holds `at`, as [start, end). */
function sentenceAt(text: string, at: number): [number, number] {
  for (const [start, end] of sentences(text)) if (at < end) return [start, end];
  return [0, text.length];
}

/** Dispute clauses of a provision: zero or more of governing law, venue, arbitration, class-action waiver. */
export function classifyDisputes(p: Provision, ctx: ClassifyContext): DisputeClause[] {
  const out: DisputeClause[] = [];
  const periods = findDurations(p.text).map(toDuration);
  const itemsStart = p.items.length ? Math.min(...p.items.map((i) => i.start)) : Infinity;
  const make = (type: DisputeClause['type'], at: number, value: string | undefined, negated: boolean): DisputeClause[] => {
    const clause = clauseAround(p.text, at, itemsStart);
    const segments = segmentsOf(p.text, clause);
    // the scope of the sentence that states it, and of the lead-in its list entry completes ("For users
    // outside the EEA, the following applies: * New York law … If you are a government entity, …": the
    // entity of a later sentence is no scope of the law before it)
    const [from, to] = sentenceAt(p.text, at);
    // ("U.S. Residents: Delaware law; venue exclusively in …": the name before the colon is for the whole entry)
    const named = ENTRY_NAME.exec(p.text);
    const lead = at >= itemsStart ? p.text.slice(0, itemsStart) : named && clause.start >= named[0].length ? named[0] : '';
    const operative = [lead, ...segments.filter((s) => (s.kind === 'main' || s.kind === 'condition') && s.end > from && s.start < to)
      .map((s) => p.text.slice(Math.max(s.start, from, lead.length), Math.min(s.end, to)))].join(' ');
    const own = readScope(operative);
    const scope: Scope | undefined = own ? toScope(own) : headingScope(p.headings);
    const base: DisputeClause = { ...common(p, ctx, 'either', 0.8, 0, p.text.length, negated), type, ...(value ? { value } : {}), periods, ...(scope ? { scope } : {}) };
    const clauses = [base];
    // "except where you are a US User …, in which case the laws of the State of New York apply": where the
    // exception's scope holds, its own value does; an exception with a scope and no value denies the clause
    for (const s of segments) {
      if (s.kind !== 'exception') continue;
      const words = p.text.slice(s.start, clause.end);
      const found = readScope(words);
      if (!found) continue;
      const theirs = type === 'governing-law' && OWN_VALUE.test(words) ? lawValue(words) : type === 'jurisdiction' && OWN_VALUE.test(words) ? venueValue(words) : undefined;
      const variant: DisputeClause = { ...base, id: ctx.nextId(), scope: toScope(found), variantOf: base.id, confidence: 0.7 };
      if (theirs && theirs !== value) variant.value = theirs;
      else if (type === 'arbitration' || type === 'class-action-waiver' || !theirs) variant.negated = !negated;
      else continue;
      clauses.push(variant);
    }
    return clauses;
  };
  const law = firstMatch(LAW, p.text, itemsStart);
  if (law && !CONFLICT_OF_LAWS.test(p.text.slice(0, 40))) {
    // the law of the main words, not of an exception ("English law …, except where …, the laws of New York")
    const clause = clauseAround(p.text, law.index, itemsStart);
    const main = segmentsOf(p.text, clause).filter((s) => s.kind !== 'exception').map((s) => p.text.slice(s.start, s.end)).join(' ');
    const value = lawValue(main) ?? lawValue(p.text);
    if (value && !/^(?:any|all|applicable|such|your|the|this|that)$/i.test(value)) out.push(...make('governing-law', law.index, value, deniedAt(p.text, law.index, clause.start)));
  }
  const venue = firstMatch(VENUE, p.text, itemsStart);
  if (venue) {
    const clause = clauseAround(p.text, venue.index, itemsStart);
    const main = segmentsOf(p.text, clause).filter((s) => s.kind !== 'exception').map((s) => p.text.slice(s.start, s.end)).join(' ');
    // "governed by the laws of England and Wales and the courts of the above jurisdiction will have non-exclusive
    // jurisdiction": the courts of the place the law names
    const sameAsLaw = SAME_JURISDICTION.test(main) ? lawValue(main) : undefined;
    const made = make('jurisdiction', venue.index, sameAsLaw ?? venueValue(main) ?? venueValue(p.text), deniedAt(p.text, venue.index, clause.start));
    if (NON_EXCLUSIVE.test(main)) made[0].exclusive = false;
    else if (EXCLUSIVE.test(main)) made[0].exclusive = true;
    out.push(...made);
  }
  // the procedure under an arbitration heading: "attempt to resolve a Claim through informal negotiation within sixty (60) days"
  // (under "Dispute resolution" alone, a period is no arbitration: "claims must be brought within one year")
  const procedure = p.headings.some((h) => /arbitrat/i.test(h)) && periods.length > 0 && /\b(?:arbitrat|negotiat|resolv|claim|dispute|opt[- ]out)\w*/i.test(p.text);
  const arbitration = firstMatch(ARBITRATION, p.text, itemsStart, true);
  if (arbitration || procedure) {
    const at = arbitration ? arbitration.index : 0;
    const clause = clauseAround(p.text, at, itemsStart);
    const refused = REFUSE_ARBITRATION.test(p.text.slice(clause.start, clause.end));
    const [made, ...variants] = make('arbitration', at, BODY.exec(p.text)?.[0], refused || (arbitration ? deniedAt(p.text, at, clause.start) : false));
    const optOut = /\bopt[- ]out\b/i.test(p.text) ? periods[0] : undefined;
    if (optOut) made.optOut = optOut;
    out.push(made, ...variants);
  }
  const waiver = firstMatch(CLASS_WAIVER, p.text, itemsStart);
  if (waiver) {
    // the waiver is written as a denial ("may not bring a class action"); only a denial of the waiver itself denies it
    const clause = clauseAround(p.text, waiver.index, itemsStart);
    const word = [...p.text.slice(clause.start, clause.end).matchAll(WAIVER_WORD)][0];
    const denied = word ? deniedAt(p.text, clause.start + word.index!, clause.start) : /\bthere (?:is|are|will be) no class\b/i.test(p.text);
    out.push(...make('class-action-waiver', waiver.index, undefined, denied));
  }
  return out;
}

const LAW_HEADER = re`\b(?:governing|applicable|choice of) law\b|^laws?$`;
const VENUE_HEADER = re`\b(?:courts?|venue|jurisdiction|forum|disputes? (?:resolved|heard))\b`;
const WHERE_HEADER = re`\b(?:location|country|countries|region|regions|residence|domicile|where you (?:live|are)|customer|customers|territory|you are in)\b`;
const ENTITY_HEADER = re`\b(?:entity|contracting|company|provider|party)\b`;
const REST = re`\b(?:everywhere else|anywhere else|rest of (?:the )?world|all other|any other|other countries|elsewhere|outside (?:of )?(?:the )?above|all remaining)\b`;

/** The cells of a table row provision: "Governing law: Ireland; Courts: Dublin". */
function cellsOf(text: string): Array<{ header: string; value: string }> {
  return text.split(/;\s{1,4}/).map((cell) => {
    const at = cell.indexOf(': ');
    return at > 0 ? { header: cell.slice(0, at).trim(), value: cell.slice(at + 2).trim() } : { header: '', value: cell.trim() };
  });
}

/**
 * A row of a table of contracting entities, laws and courts ("Customer location: United States;
 * Contracting entity: Acme Inc.; Governing law: State of Oregon; Courts: Portland, Oregon") is one
 * scoped clause per law and venue: for the customers the row's location (or entity) names. A row for
 * "everywhere else" holds outside the places of the other rows (filled in by {@link restOfWorld}).
 */
export function classifyTableRow(p: Provision, ctx: ClassifyContext): DisputeClause[] {
  if (!p.row) return [];
  const cells = cellsOf(p.text);
  const law = cells.find((c) => LAW_HEADER.test(c.header));
  const venue = cells.find((c) => VENUE_HEADER.test(c.header) && !LAW_HEADER.test(c.header));
  if (!law && !venue) return [];
  const where = cells.find((c) => WHERE_HEADER.test(c.header) && c !== law && c !== venue);
  const entity = cells.find((c) => ENTITY_HEADER.test(c.header) && c !== where && c !== law && c !== venue);
  const scope: Scope = {};
  if (where && REST.test(where.value)) { scope.regions = []; scope.outside = true; }
  else if (where) {
    const found = readScope(`customers located in ${where.value}`);
    if (found?.regions) scope.regions = found.regions;
  }
  if (entity) scope.entity = entity.value;
  if (scope.regions || scope.entity) scope.text = [where?.value, entity?.value].filter(Boolean).join(', ');
  const make = (type: DisputeClause['type'], value: string): DisputeClause => ({
    ...common(p, ctx, 'either', 0.8), type, value, periods: [], ...(scope.text ? { scope: { ...scope } } : {}),
  });
  const out: DisputeClause[] = [];
  if (law) out.push(make('governing-law', lawValue(`governed by the laws of ${law.value}`) ?? law.value));
  if (venue) out.push({ ...make('jurisdiction', venue.value), exclusive: true });
  return out;
}

/** A table row for "everywhere else" holds outside the places the other rows of its table name. */
export function restOfWorld(clauses: Clause[]): void {
  for (const c of clauses) {
    if (!c.scope?.outside || c.scope.regions?.length) continue;
    const places = clauses.filter((o) => o !== c && o.heading === c.heading && o.section === c.section && o.type === c.type && o.scope?.regions?.length && !o.scope.outside).flatMap((o) => o.scope!.regions!);
    if (places.length) c.scope = { ...c.scope, regions: [...new Set(places)] };
  }
}
