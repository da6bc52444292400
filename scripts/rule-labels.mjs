#!/usr/bin/env node
/**
 * The rule outputs (classifyUnfair of the built library) of texts read from stdin, one JSON string a
 * line; one JSON array of labels a line out. scripts/train-unfair.py uses them as features.
 */
import { createInterface } from 'node:readline';
import { classifyUnfair } from '../dist/index.js';

const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line === '') continue;
  out.push(JSON.stringify(classifyUnfair(JSON.parse(line))));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
