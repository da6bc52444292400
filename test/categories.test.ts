/** Table-driven tests of content categories: the words that name each kind of prohibited content. */
import { describe, expect, it } from 'vitest';
import { categoriesOf, type ContentCategory } from '../src/index.js';

const cases: Array<[string, ContentCategory[]]> = [
  ['content that is unlawful or promotes unlawful activities', ['illegal']],
  ['material that infringes a copyright or trademark', ['infringing']],
  ['statements that are defamatory or libelous', ['defamatory']],
  ['messages that harass, bully or intimidate a person', ['harassment']],
  ['hateful content that attacks a protected group', ['hate']],
  ['threats of violence or content that glorifies terrorism', ['violence']],
  ['pornographic or sexually explicit images', ['sexual']],
  ['anything that sexualises minors', ['sexual', 'child-safety']],
  ['unsolicited bulk messages', ['spam']],
  ['viruses, worms or other malicious code', ['malware']],
  ['using our servers to mine cryptocurrency', ['malware']],
  ['posting sexual content involving anyone under 18', ['sexual', 'child-safety']],
  ['tricking people into handing over passwords', ['fraud']],
  ['trying to get into accounts you are not authorised to use', ['security']],
  ['probing our systems for vulnerabilities', ['security']],
  ["publishing another person's personal information", ['privacy']],
  ['phishing schemes or impersonating someone else', ['fraud']],
  ['content that encourages self-harm', ['self-harm']],
  ['disinformation about elections', ['misinformation']],
  ['anything harmful', ['harmful']],
  ['offensive or objectionable material', ['offensive']],
  ['a photo of a sunset', []],
];

describe('categoriesOf', () => {
  for (const [text, want] of cases) it(`reads "${text}"`, () => expect(categoriesOf(text)).toEqual(want));
});
