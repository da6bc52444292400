/**
 * Linear scans for what a pattern anchored at the end (`/[.\s]+$/`) does in quadratic time: such a
 * pattern is tried, and fails, at every start position of a long run.
 */

/** Where the run of characters at the end of `text` that `char` matches (one character at a time) starts. */
export function runStart(text: string, char: RegExp, end = text.length): number {
  let at = end;
  while (at > 0 && char.test(text[at - 1])) at--;
  return at;
}

/** `text` without the run of characters at its end that `char` matches. */
export function dropEnd(text: string, char: RegExp): string {
  return text.slice(0, runStart(text, char));
}
