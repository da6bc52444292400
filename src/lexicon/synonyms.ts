/**
 * Words that name one thing in a question and in a clause: "a bot" asked about, "automated agents,
 * crawlers or spiders" written. Each group is a lexicon whose words rank as one: the ranking of every
 * clause type reads a word through its group, so a question need not use the drafter's word.
 * Single words only; a group holds words a careful reader takes for the same thing in an agreement.
 */
import { lexicon, type Lexicon } from './compose.js';

/** Groups of words that rank as one, each named `syn-` and the word the group reads as. */
export const SYNONYM_GROUPS: readonly Lexicon[] = [
  lexicon('syn-bot', ['bot', 'bots', 'robot', 'robots', 'spider', 'spiders', 'crawler', 'crawlers', 'crawl', 'crawling', 'scraper', 'scrapers', 'scrape', 'scraping']),
  lexicon('syn-porn', ['porn', 'pornography', 'pornographic', 'obscene', 'obscenity', 'nudity', 'nude']),
  lexicon('syn-spam', ['spam', 'spamming', 'unsolicited']),
  lexicon('syn-malware', ['malware', 'virus', 'viruses', 'trojan', 'trojans', 'worm', 'worms', 'ransomware', 'spyware']),
  lexicon('syn-crypto', ['cryptocurrency', 'cryptocurrencies', 'crypto', 'bitcoin']),
  lexicon('syn-harass', ['harass', 'harassment', 'harassing', 'bully', 'bullying', 'stalk', 'stalking', 'intimidate', 'intimidating']),
  lexicon('syn-misinformation', ['misinformation', 'disinformation']),
  lexicon('syn-unlawful', ['unlawful', 'illegal', 'illicit']),
  lexicon('syn-infringe', ['infringe', 'infringes', 'infringing', 'infringement', 'pirated', 'piracy']),
  lexicon('syn-impersonate', ['impersonate', 'impersonating', 'impersonation']),
  lexicon('syn-mine', ['mine', 'mining', 'miner', 'miners']),
  lexicon('syn-reverse', ['decompile', 'disassemble', 'decompiling', 'disassembling']),
  lexicon('syn-attempt', ['attempt', 'attempts', 'attempting', 'try', 'tries', 'trying']),
  lexicon('syn-remove', ['remove', 'removes', 'removed', 'removing', 'removal', 'removals', 'delete', 'deletes', 'deleted', 'deleting', 'deletion']),
  lexicon('syn-bypass', ['bypass', 'bypassing', 'circumvent', 'circumventing', 'evade', 'evading']),
];
