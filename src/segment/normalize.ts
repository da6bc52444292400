/**
 * Normalisation of provision text before any pattern reads it: every run of white space becomes one
 * space, and a token (a run of characters that are not white space) longer than {@link MAX_TOKEN} keeps
 * only its head and its tail. Each kept character keeps its offset in the original file, so spans and
 * quotes still point into the document. No later stage then sees 40,000 spaces or a 40,000-letter
 * word, which is what made patterns that rescan a window quadratic on hostile text.
 */
import type { Run } from '../structure/index.js';

/** Longest token kept whole, in UTF-16 units; a real word, number, e-mail address or short URL is shorter. */
export const MAX_TOKEN = 64;
/** How much of the end of an over-long token is kept (its last punctuation may end a sentence). */
const TAIL = 16;

/** The characters `\s` matches in a JavaScript regular expression. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Move `at` off the low half of a surrogate pair, so that a cut never splits a character. */
function boundary(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}

/** True when `text` has a run of two or more white-space characters, a white-space character other than a space, or an over-long token. */
function needsWork(text: string, maxToken: number): boolean {
  let token = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (space || code !== 32) return true;
      space = true;
      token = 0;
    } else {
      space = false;
      if (++token > maxToken) return true;
    }
  }
  return false;
}

/**
 * Collapse white space and cap over-long tokens in a run (a provision's text and the original offset
 * of each of its characters), keeping each kept character's offset. Linear in the length of the run.
 */
export function normalize<T extends Run>(run: T, maxToken = MAX_TOKEN): T {
  const { text, offs } = run;
  if (!needsWork(text, maxToken)) return run;
  const parts: string[] = [];
  const kept: number[] = [];
  const keep = (from: number, to: number) => {
    parts.push(text.slice(from, to));
    for (let k = from; k < to; k++) kept.push(offs[k]);
  };
  for (let i = 0; i < text.length;) {
    let j = i + 1;
    if (isSpace(text.charCodeAt(i))) {
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      parts.push(' ');
      kept.push(offs[i]);
    } else {
      while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
      if (j - i <= maxToken) keep(i, j);
      else {
        keep(i, boundary(text, i + maxToken - TAIL));
        keep(boundary(text, j - TAIL), j);
      }
    }
    i = j;
  }
  return { ...run, text: parts.join(''), offs: kept };
}
