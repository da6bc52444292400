#!/usr/bin/env node
/**
 * What the learned model could do as a recall aid for clause extraction, measured on a gold set.
 * Usage: node scripts/recall-aid.mjs <gold.json> --docs <dir>   (after npm run build)
 *
 * For every gold question that `ask` answers not-stated although the gold has an answer (a
 * not-stated miss) on one of the model's eight topics, it looks for provisions of the document that
 * the model gives that topic's label and that no extracted clause covers (the clause readers typed
 * them as nothing). The miss counts as reachable when such a provision lies in a gold section or
 * holds the gold quote: reading it again could turn the miss into a right answer. The same search
 * on questions answered not-stated rightly counts the provisions a re-read might wrongly answer from
 * (the risk), and the total of flagged untyped provisions is the re-read load. Nothing is re-read
 * here: the clause readers are being rewritten, so this bounds the gain and the risk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAgreement, readLabelledProvisions, TOPIC_OF_LABEL } from '../dist/index.js';
import { GoldSchema, evaluate, sectionMatches } from '../dist/eval.js';

const args = process.argv.slice(2);
const gold = args[0];
const docs = args[args.indexOf('--docs') + 1];
if (!gold || !args.includes('--docs') || !docs) { console.error('usage: node scripts/recall-aid.mjs <gold.json> --docs <dir>'); process.exit(2); }

// the gold intent actions each topic answers
const TOPIC_OF_ACTION = {
  terminate: 'termination', suspend: 'termination', 'modify-terms': 'change', 'remove-content': 'removal',
  'governing-law': 'law', jurisdiction: 'venue', arbitration: 'arbitration', 'class-action-waiver': 'arbitration',
  'liability-cap': 'liability', 'acceptance-by-use': 'acceptance',
};

const set = GoldSchema.parse(JSON.parse(readFileSync(gold, 'utf8')));
const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const totals = { items: 0, misses: 0, onTopic: 0, reachable: 0, rightNotStated: 0, risky: 0, flagged: 0, provisions: 0 };
const lines = [];
for (const doc of set) {
  const path = join(docs, doc.doc);
  const agreement = await readAgreement(path);
  const provisions = await readLabelledProvisions(path);
  const covered = (p) => agreement.clauses.some((c) => !c.source && c.span.start.offset < p.span.end.offset && c.span.end.offset > p.span.start.offset);
  const untyped = provisions.filter((p) => p.labels.length && !covered(p));
  totals.provisions += provisions.length;
  totals.flagged += untyped.length;
  const scores = await evaluate([doc], async () => agreement);
  for (const s of scores) {
    totals.items++;
    const item = doc.items.find((it) => it.id === s.id);
    const topic = TOPIC_OF_ACTION[s.action];
    const leads = topic ? untyped.filter((p) => p.labels.some((l) => TOPIC_OF_LABEL[l] === topic)) : [];
    if (s.expected === 'not-stated') {
      if (s.got.answer === 'not-stated' && topic) { totals.rightNotStated++; if (leads.length) { totals.risky++; lines.push(`risk      ${s.id}  ${leads.length} flagged: ${leads.map((p) => p.section || p.heading || `line ${p.span.start.line}`).join(' | ')}`); } }
      continue;
    }
    if (s.got.answer !== 'not-stated') continue;
    totals.misses++;
    if (!topic) continue;
    totals.onTopic++;
    const hit = leads.find((p) => item.sections.some((g) => sectionMatches(g, p.section, p.heading)) || (item.quote && norm(p.text).includes(norm(item.quote).slice(0, 60))));
    if (hit) totals.reachable++;
    lines.push(`${hit ? 'reachable' : 'miss     '} ${s.id}  ${s.action}; ${leads.length} flagged untyped provisions${hit ? `, one in the gold section: ${hit.section || hit.heading}` : ''}`);
  }
}
for (const l of lines) console.log(l);
console.log(`${gold}: ${totals.items} questions; not-stated misses ${totals.misses}, on the model's topics ${totals.onTopic}, reachable by a re-read ${totals.reachable}; right not-stated answers on those topics ${totals.rightNotStated}, with a flagged untyped provision ${totals.risky} (risk); flagged untyped provisions ${totals.flagged} of ${totals.provisions}`);
