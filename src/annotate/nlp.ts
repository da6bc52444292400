/**
 * The compromise NLP layer, loaded lazily and synchronously on first use: its import costs ~0.7 s,
 * so nothing loads it until a candidate provision needs reading (and `--help` never does).
 */
import { createRequire } from 'node:module';

type Nlp = (text: string) => any;
let nlp: Nlp | undefined;

function load(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const mod = require('compromise');
    nlp = (mod.default ?? mod) as Nlp;
  }
  return nlp;
}

/** What compromise reads of the verb phrase that holds a word. */
export interface VerbReading {
  /** The verb phrase ("may not terminate"). */
  text: string;
  negative: boolean;
  /** The subject compromise found for it, if any. */
  subject: string;
}

/** Read the verb phrases of a sentence that contain `word` (case aside). */
export function readVerbs(sentence: string, word: string): VerbReading[] {
  const wanted = word.toLowerCase();
  if (!wanted) return [];
  const doc = load()(sentence);
  const verbs = doc.verbs();
  const out: VerbReading[] = [];
  const json = verbs.json() as Array<{ text: string; verb?: { negative?: boolean } }>;
  json.forEach((v, i) => {
    if (!v.text.toLowerCase().includes(wanted)) return;
    let subject = '';
    try {
      subject = (verbs.eq(i).subjects().out('array') as string[])[0] ?? '';
    } catch {
      subject = '';
    }
    out.push({ text: v.text, negative: Boolean(v.verb?.negative) || /\bnot\b|n['’]t\b|\bnever\b/i.test(v.text), subject: subject.replace(/[,;:]{1,40}$/, '') });
  });
  return out;
}
