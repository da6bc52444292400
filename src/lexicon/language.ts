/**
 * The language a text is written in, told by its commonest function words: tos-clauses reads English
 * only, and says so of a document in another language rather than answering "not stated" to every
 * question about it. One table per language; a word listed for two languages counts for neither.
 */

/** Function words of each language: articles, prepositions, pronouns, conjunctions, common verbs. */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'you', 'your', 'is', 'are', 'that', 'for', 'with', 'we', 'our', 'or', 'by', 'this', 'will', 'any', 'may', 'not', 'be', 'it', 'as', 'on'],
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'vous', 'votre', 'vos', 'nous', 'est', 'sont', 'pour', 'avec', 'dans', 'sur', 'une', 'aux', 'qui', 'que', 'ou', 'ne', 'pas', 'ces'],
  de: ['der', 'die', 'das', 'und', 'sie', 'ihr', 'ihre', 'wir', 'ist', 'sind', 'mit', 'für', 'von', 'auf', 'den', 'dem', 'des', 'ein', 'eine', 'nicht', 'oder', 'zu', 'im', 'werden'],
  es: ['el', 'los', 'las', 'y', 'usted', 'su', 'sus', 'nosotros', 'es', 'son', 'para', 'con', 'por', 'una', 'que', 'o', 'del', 'al', 'se', 'lo', 'como', 'este', 'esta', 'no'],
  it: ['il', 'lo', 'gli', 'e', 'di', 'che', 'per', 'con', 'una', 'sono', 'della', 'delle', 'dei', 'al', 'alla', 'nel', 'non', 'si', 'suo', 'tuo', 'questo', 'questi', 'ed', 'essere'],
  nl: ['de', 'het', 'een', 'en', 'van', 'u', 'uw', 'wij', 'ons', 'is', 'zijn', 'voor', 'met', 'op', 'aan', 'niet', 'dat', 'die', 'te', 'worden', 'wordt', 'bij', 'naar', 'deze'],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'dos', 'das', 'você', 'seu', 'sua', 'nós', 'é', 'são', 'para', 'com', 'por', 'uma', 'que', 'não', 'em', 'ao', 'na', 'no'],
};

/** The names of the languages, for messages. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', nl: 'Dutch', pt: 'Portuguese',
};

const OWNER = (() => {
  const seen = new Map<string, string | null>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) seen.set(w, seen.has(w) && seen.get(w) !== lang ? null : lang);
  return seen;
})();

/**
 * The language of a text, as an ISO 639-1 code, when its function words say so clearly: the
 * language whose words are at least twice as frequent as any other's, over the first 200,000
 * characters; undefined when the text is too short or mixed to tell.
 */
export function detectLanguage(text: string): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of text.slice(0, 200_000).toLowerCase().matchAll(/[\p{L}]{1,20}/gu)) {
    const lang = OWNER.get(m[0]);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    total++;
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 15 || first[1] < total * 0.1) return undefined;
  return !second || first[1] >= 2 * second[1] ? first[0] : undefined;
}
