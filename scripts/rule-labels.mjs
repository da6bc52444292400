#!/usr/bin/env node
/**
 * The rule outputs the model reads (gatedRules of the built library: classifyUnfair behind word gates) of texts read from stdin, one JSON string a
 * line; one JSON array of labels a line out. scripts/train-unfair.py uses them as features.
 */
import { createInterface } from 'node:readline';
import { gatedRules } from '../dist/index.js';

const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line === '') continue;
  out.push(JSON.stringify(gatedRules(JSON.parse(line))));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
