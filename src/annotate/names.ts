/**
 * The names an agreement gives itself: "this Terms of Use Notice ("NOTICE")", "these conditions (the
 * "Rules")". A change of "this NOTICE" is a change of the terms as much as a change of "these Terms"; the
 * names are read from the definitions near the start and matched with their case ("NOTICE" is the
 * agreement, "notice" the ordinary word).
 */
import { lexicon, re, withFlags } from '../lexicon/compose.js';

/** Words that say the thing defined is the agreement itself. */
const SELF_NOUN = lexicon('self-noun', ['terms', 'agreement', 'notice', 'conditions', 'policy', 'contract', 'eula', 'rules', 'guidelines']);
const SELF_BEFORE = re`\b${SELF_NOUN}\s{0,4}$`;
/** A quoted name in brackets: ("NOTICE"), (the "Rules"), (“Agreement”). */
const DEFINED = withFlags('g')`\(\s{0,2}(?:[Tt]he\s{1,4}|[Tt]his\s{1,4})?["“]([A-Z][A-Za-z]{1,30}(?:\s[A-Za-z]{1,30}){0,3})["”]\s{0,2}\)`;

/** A definitional sentence and the term it defines: "“Suspension Event” means …", "“Fixed Rate Tariff” refers to …". */
export const DEFINITION = /^[^a-z]{0,40}?["“]\s*([A-Z][\w-]*(?: [A-Z][\w-]*){0,4})\s*["”]\s*(?:means|shall mean|refers to|is defined as|has the meaning)\b/;

/** The names the agreement defines for itself in its first provisions (at most a few). */
export function findAgreementNames(texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts.slice(0, 60)) {
    for (const m of text.matchAll(DEFINED)) {
      if (SELF_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) names.add(m[1]);
      if (names.size >= 4) return [...names];
    }
  }
  return [...names];
}

/** Does `text` name the agreement by one of its own names, with their case and at word edges? */
export function namesAgreement(text: string, names: readonly string[]): boolean {
  return standsIn(text, names);
}

/** Does one of `names` stand in `text`, with its case and at word edges ("Publisher" in "The Publisher represents")? */
export function standsIn(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = at > 0 ? text[at - 1] : ' ';
      const after = text[at + name.length] ?? ' ';
      if (!/\w/.test(before) && !/\w/.test(after)) return true;
    }
  }
  return false;
}
