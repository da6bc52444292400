/**
 * Places and kinds of customer, the words of scope: a clause "for consumers in the EEA", a law "of
 * the State of Washington", "Swiss law". Names are canonical ("United Kingdom" for "UK", "the U.K.",
 * "Great Britain"); regions know their members, so a question from France matches a clause for the EU.
 */
import { lexicon } from './compose.js';

/** One place: its canonical name, the other ways it is written, and its adjective ("Swiss"). */
interface Place { name: string; aliases: string[]; adjective?: string[]; kind: 'region' | 'country' | 'state' | 'province' }

const EU_MEMBERS = [
  'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czech Republic', 'Denmark', 'Estonia', 'Finland', 'France',
  'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Netherlands',
  'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
];
const EEA_ONLY = ['Iceland', 'Liechtenstein', 'Norway'];

const ADJECTIVES: Record<string, string[]> = {
  Austria: ['Austrian'], Belgium: ['Belgian'], Bulgaria: ['Bulgarian'], Croatia: ['Croatian'], Cyprus: ['Cypriot'],
  'Czech Republic': ['Czech'], Denmark: ['Danish'], Estonia: ['Estonian'], Finland: ['Finnish'], France: ['French'],
  Germany: ['German'], Greece: ['Greek'], Hungary: ['Hungarian'], Ireland: ['Irish'], Italy: ['Italian'],
  Latvia: ['Latvian'], Lithuania: ['Lithuanian'], Luxembourg: ['Luxembourgish'], Malta: ['Maltese'],
  Netherlands: ['Dutch'], Poland: ['Polish'], Portugal: ['Portuguese'], Romania: ['Romanian'], Slovakia: ['Slovak'],
  Slovenia: ['Slovenian'], Spain: ['Spanish'], Sweden: ['Swedish'], Iceland: ['Icelandic'], Norway: ['Norwegian'],
  Switzerland: ['Swiss'], 'United Kingdom': ['British'], England: ['English'], Scotland: ['Scottish', 'Scots'],
  'United States': ['American', 'US federal', 'U.S. federal', 'United States federal'], Canada: ['Canadian'],
  Australia: ['Australian'], 'New Zealand': [], Japan: ['Japanese'], China: ['Chinese'], Singapore: ['Singaporean'],
  India: ['Indian'], Brazil: ['Brazilian'], Mexico: ['Mexican'], Israel: ['Israeli'], 'South Korea': ['Korean'],
  Turkey: ['Turkish'], Russia: ['Russian'], Ukraine: ['Ukrainian'], 'Hong Kong': [], Argentina: ['Argentine', 'Argentinian'],
  'South Africa': ['South African'], 'United Arab Emirates': ['Emirati'], Taiwan: ['Taiwanese'], Chile: ['Chilean'],
  Colombia: ['Colombian'], Indonesia: ['Indonesian'], Philippines: ['Philippine'], Thailand: ['Thai'], Vietnam: ['Vietnamese'],
  Malaysia: ['Malaysian'], 'Northern Ireland': ['Northern Irish'], Wales: ['Welsh'],
};

const COUNTRY_ALIASES: Record<string, string[]> = {
  'United Kingdom': ['UK', 'U.K.', 'the UK', 'the U.K.', 'Great Britain', 'Britain', 'the United Kingdom'],
  'United States': ['US', 'U.S.', 'USA', 'U.S.A.', 'the US', 'the U.S.', 'the USA', 'United States of America', 'the United States', 'the United States of America', 'America'],
  Netherlands: ['the Netherlands', 'Holland'],
  'Czech Republic': ['Czechia'],
  'South Korea': ['Korea', 'Republic of Korea'],
  'United Arab Emirates': ['UAE'],
  'Hong Kong': ['Hong Kong SAR'],
};

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
];

/** Provinces and states of other federations, named in laws and venues ("the Province of Ontario"). */
const PROVINCES: Record<string, string[]> = {
  Canada: ['Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland and Labrador', 'Prince Edward Island'],
  Australia: ['New South Wales', 'Victoria', 'Queensland', 'Western Australia', 'South Australia', 'Tasmania', 'Australian Capital Territory'],
};

/** Regions and the places they hold. */
export const REGION_MEMBERS: Record<string, readonly string[]> = {
  EU: EU_MEMBERS,
  EEA: [...EU_MEMBERS, ...EEA_ONLY, 'EU'],
  Europe: [...EU_MEMBERS, ...EEA_ONLY, 'EU', 'EEA', 'United Kingdom', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Switzerland'],
  'United Kingdom': ['England', 'Scotland', 'Wales', 'Northern Ireland'],
  'United States': US_STATES,
  Canada: PROVINCES.Canada,
  Australia: PROVINCES.Australia,
  'North America': ['United States', 'Canada', 'Mexico', ...US_STATES],
  Americas: ['United States', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Colombia', ...US_STATES],
  APAC: ['Japan', 'China', 'Singapore', 'India', 'Australia', 'New Zealand', 'South Korea', 'Hong Kong', 'Taiwan', 'Indonesia', 'Philippines', 'Thailand', 'Vietnam', 'Malaysia'],
};

const REGIONS: Place[] = [
  { name: 'EEA', aliases: ['EEA', 'E.E.A.', 'European Economic Area', 'the EEA', 'the European Economic Area'], kind: 'region' },
  { name: 'EU', aliases: ['EU', 'E.U.', 'European Union', 'the EU', 'the European Union', 'EU member state', 'EU member states', 'a member state of the European Union', 'member state of the European Union', 'Member States of the European Union'], adjective: ['European Union'], kind: 'region' },
  { name: 'Europe', aliases: ['Europe', 'European'], kind: 'region' },
  { name: 'North America', aliases: ['North America'], kind: 'region' },
  { name: 'Americas', aliases: ['the Americas', 'Americas', 'Latin America', 'South America'], kind: 'region' },
  { name: 'APAC', aliases: ['APAC', 'Asia Pacific', 'Asia-Pacific', 'Asia'], kind: 'region' },
];

/** Every place the lexicon knows, by canonical name. */
export const PLACES: ReadonlyMap<string, Place> = new Map<string, Place>([
  ...REGIONS.map((r): [string, Place] => [r.name, r]),
  ...Object.keys(ADJECTIVES).map((name): [string, Place] => [name, { name, aliases: [name, ...(COUNTRY_ALIASES[name] ?? [])], adjective: ADJECTIVES[name], kind: 'country' }]),
  ...US_STATES.map((name): [string, Place] => [name, { name, aliases: [name, `State of ${name}`, ...(name === 'District of Columbia' ? ['D.C.', 'Washington, D.C.'] : [])], kind: 'state' }]),
  ...Object.values(PROVINCES).flat().map((name): [string, Place] => [name, { name, aliases: [name, `Province of ${name}`, `State of ${name}`], kind: 'province' }]),
]);

const byAlias = new Map<string, string>();
for (const p of PLACES.values()) {
  for (const a of p.aliases) byAlias.set(a.toLowerCase().replace(/^the /, ''), p.name);
  for (const a of p.adjective ?? []) byAlias.set(a.toLowerCase(), p.name);
}

/** Every way a place is written (names, aliases, adjectives), as a lexicon; case matters for the short ones. */
export const PLACE_NAMES = lexicon('place', [...new Set([...PLACES.values()].flatMap((p) => [...p.aliases, ...(p.adjective ?? [])]))].filter((a) => !/^the /i.test(a)));

/** The canonical name of a place as written ("the U.K." → "United Kingdom", "Swiss" → "Switzerland"), or undefined. */
export function canonicalPlace(text: string): string | undefined {
  const key = text.trim().replace(/\s+/g, ' ').replace(/^the /i, '').replace(/[.,;:]{1,40}$/, (m) => (/\.\w\.$/.test(text) ? m : '')).toLowerCase();
  return byAlias.get(key) ?? byAlias.get(key.replace(/\.$/, '')) ?? byAlias.get(key + '.');
}

/** Does place `inner` lie within place `outer` (or equal it)? "France" lies within "EU" and "EEA". */
export function within(inner: string, outer: string): boolean {
  if (inner === outer) return true;
  const members = REGION_MEMBERS[outer];
  if (!members) return false;
  return members.includes(inner) || members.some((m) => REGION_MEMBERS[m] !== undefined && m !== outer && within(inner, m));
}

/** Words for consumers (natural persons acting outside a trade). */
export const CONSUMER = lexicon('consumer', [
  'consumer', 'consumers', 'individual consumer', 'private individual', 'private individuals', 'private customer',
  'private customers', 'natural person', 'natural persons', 'personal use', 'personal account', 'personal accounts',
  'individual account', 'individual accounts', 'individual users', 'individual customers', 'non-business', 'private use',
]);

/** Words for business customers. */
export const BUSINESS = lexicon('business', [
  'business', 'businesses', 'business customer', 'business customers', 'business user', 'business users',
  'business account', 'business accounts', 'commercial customer', 'commercial customers', 'enterprise customer',
  'enterprise customers', 'professional', 'professionals', 'trader', 'traders', 'merchant', 'merchants', 'company',
  'companies', 'organization', 'organisation', 'legal entity', 'legal entities', 'entity', 'entities', 'corporate customers',
  'government', 'governmental entity', 'governmental entities', 'government entity', 'federal agency', 'public sector',
]);
