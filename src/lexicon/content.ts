/**
 * The categories of prohibited content and conduct, one lexicon per category: the words a policy uses
 * for it ("phishing" is fraud, "gore" is violence, "scraping" is privacy, "mining cryptocurrency" is
 * malware). Table-driven: one row per category, in the order of the schema.
 */
import type { ContentCategory } from '../schema/index.js';
import { lexicon, re, type Lexicon } from './compose.js';

const LAWS = '(?:(?:applicable|local|state|national|international|any)\\s+){0,3}(?:laws?|regulations?|statutes?)';

/** Each category: a lexicon of its words, and the few patterns that need more than a word list. */
export const CATEGORY_WORDS: ReadonlyArray<readonly [ContentCategory, Lexicon, ...RegExp[]]> = [
  ['illegal', lexicon('illegal', ['illegal', 'unlawful', 'against the law', 'criminal*', 'breaks the law', 'break the law', 'breaking the law']),
    re`\bviolat\w{0,40} (?:of )?${LAWS}|\bbreak\w{0,40} (?:any |the )?(?:applicable |local )?laws?\b|\bin breach of (?:any )?(?:applicable )?law|\bcomply with (?:all )?(?:applicable )?laws`],
  ['infringing', lexicon('infringing', [
    'infring*', 'intellectual property', 'copyright*', 'trademark*', 'patent*', 'trade secret*', 'piracy', 'pirated',
    'proprietary rights', 'unless you hold the rights', 'unless you have the rights', 'unless you own the rights',
  ]), re`\bunless you (?:hold|have|own) (?:all )?the (?:necessary |required )?rights|\brights? (?:needed|necessary|required) to (?:share|post|upload|publish|use)`],
  ['defamatory', lexicon('defamatory', ['defam*', 'libel*', 'slander*', 'disparag*'])],
  ['harassment', lexicon('harassment', [
    // (with its common misspelling, "harrass")
    'harass*', 'harrass*', 'bully*', 'bullied', 'bullies', 'stalk*', 'intimidat*', 'abusive', 'doxx*', 'targeted abuse', 'targeting individuals',
    'target individuals', 'targeted harassment', 'brigad*',
  ])],
  ['hate', lexicon('hate', [
    'hate*', 'hateful', 'hatred', 'discriminat*', 'racis*', 'bigot*', 'protected class', 'protected classes',
    'protected characteristic*', 'protected group*',
  ]), re`\bbecause of (?:their|his|her|someone[’']s) (?:race|religion|ethnicity|gender|sexual orientation|disability|nationality)|\bon the basis of (?:race|religion|gender|ethnicity)`],
  ['violence', lexicon('violence', [
    'violen*', 'threat', 'threats', 'threaten*', 'terroris*', 'extremis*', 'incit*', 'gore', 'graphic content', 'graphic images',
    'weapon', 'weapons',
  ])],
  ['sexual', lexicon('sexual', ['sexual*', 'obscen*', 'pornograph*', 'porn', 'nudity', 'nude', 'sexually explicit', 'adult content'])],
  ['child-safety', lexicon('child-safety', ['child*', 'minor', 'minors', 'underage', 'CSAM', 'CSEA']), re`\bunder (?:the age of )?1[3-8]\b`],
  ['spam', lexicon('spam', [
    'spam*', 'unsolicited', 'bulk email', 'bulk e-mail', 'bulk messag*', 'bulk communicat*', 'chain letter', 'chain letters',
    'pyramid*', 'junk mail', 'inauthentic', 'fake accounts', 'fake account', 'fake engagement', 'fake followers', 'fake reviews',
    'artificially inflat*', 'artificially boost*', 'mass mail*', 'mass-mail*', 'mass messag*', 'search engine optimi*', 'link farm*',
    'over and over',
  ]), re`\b(?:people|recipients|users|anyone) who (?:did not|didn[’']t|have not|haven[’']t|never) (?:ask|consent|opt|sign)\w{0,40}|\badvertis\w{0,40} (?:\w{1,40} ){0,3}repeatedly`],
  ['malware', lexicon('malware', [
    'malware', 'virus*', 'worm', 'worms', 'trojan*', 'malicious code', 'malicious software', 'malicious content', 'malicious file',
    'malicious files', 'malicious executable*', 'ransomware', 'spyware', 'cryptocurrency mining', 'crypto-mining', 'cryptomining',
    'command and control', 'command-and-control', 'botnet*', 'exploit code', 'exploit kit', 'exploit kits', 'software exploits',
    'zero-day exploits', 'harmful code', 'backdoor*',
  ]), re`\bmin(?:e|ing) (?:for )?(?:crypto\w{0,40}|bitcoin|coins)\b`],
  ['security', lexicon('security', [
    'hack*', 'unauthorized access', 'unauthorised access', 'unauthorized use', 'unauthorised use', 'not authorized to access',
    'not authorised to access', 'probe', 'probing', 'scan', 'scanning',
    'penetrat*', 'circumvent*', 'bypass*', 'security', 'denial of service', 'denial-of-service', 'DDoS', 'disrupt*', 'interfer*',
    'overburden*', 'vulnerab*', 'gain access', 'crack*', 'reverse engineer*', 'reverse-engineer*', 'excessive load',
    'excessive bandwidth', 'excessive requests', 'excessive automated',
  ]), re`\b(?:get|break|hack) into (?:\w{1,40} )?(?:accounts?|systems?|networks?)|\baccess (?:\w{1,40} )?without (?:authori[sz]ation|permission)`,
  // "any account that you are not authorized to use" (not "Customer is not authorized to use the service for …", a ban)
  re`\b(?:that|which|you|they)\s{1,4}(?:are|is)\s{1,4}not\s{1,4}authori[sz]ed\s{1,4}to\s{1,4}use\b`],
  ['privacy', lexicon('privacy', [
    'privacy', 'personal data', 'personal information', 'private information', 'private data', 'private details', 'home address',
    'personal and confidential information', 'personal or confidential information', 'personally identifiable', 'dox*', 'tracking pixel*', 'tracking technolog*', 'web bug*', 'scrape', 'scraping', 'harvest*',
    'surveil*',
  ]), re`\bcollect (?:\w{1,40} )?(?:information|data|email addresses)`],
  ['fraud', lexicon('fraud', [
    'fraud*', 'decept*', 'mislead*', 'phish*', 'impersonat*', 'scam', 'scams', 'misrepresent*', 'counterfeit*', 'false identity',
    'pretend to be', 'pretending to be', 'pose as', 'posing as', 'passing yourself off',
    'false information', 'false affiliation', 'ponzi', 'get-rich*', 'spoof*',
  ]), re`\btrick(?:s|ing)? (?:people|users|someone|others|anyone)|\bhand(?:ing)? over (?:their |your )?(?:passwords?|credentials|payment)`],
  ['self-harm', lexicon('self-harm', ['self-harm', 'self harm', 'suicid*', 'eating disorder*'])],
  ['misinformation', lexicon('misinformation', [
    'misinformation', 'disinformation', 'false claims', 'false news', 'mislead voters', 'misleading voters', 'false or misleading information',
    'false or misleading claims', 'false or misleading content', 'conspiracy', 'conspiracies', 'manipulated media', 'synthetic media',
  ]), re`\belections?\b[^.;]{0,40}\bmislead`],
  ['harmful', lexicon('harmful', ['harmful', 'harm to others', 'harm others', 'harm to minors', 'harm minors', 'harm to anyone', 'harm anyone', 'harm to people', 'harm people', 'harm to users', 'harm users', 'cause harm', 'cause any harm'])],
  ['offensive', lexicon('offensive', ['offensive', 'objectionable', 'vulgar', 'profan*', 'indecent', 'gratuitous', 'rude words', 'rude language', 'crude language'])],
];

const MATCHERS = CATEGORY_WORDS.map(([category, lex, ...more]) => [category, [re`${lex}`, ...more]] as const);

/** The categories a text names, in the order of the table. */
export function categoriesOf(text: string): ContentCategory[] {
  return MATCHERS.filter(([, patterns]) => patterns.some((p) => p.test(text))).map(([c]) => c);
}
