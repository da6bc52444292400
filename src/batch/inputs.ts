/**
 * The inputs of a batch: files, directories (walked in sorted order, only the formats tos-clauses
 * reads) and globs (matched by picomatch while walking from their fixed base). Lazy: a directory of
 * a million files is never listed whole, only one directory level at a time.
 */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { TosClausesError } from '../errors.js';
import { formatFromPath } from '../read/index.js';

/** One input of a batch: a path to read, or one that could not be found (an error record). */
export type Input = { path: string; error?: undefined } | { path: string; error: TosClausesError };

/** True for a path in a format tos-clauses reads (by its extension). */
function readable(path: string): boolean {
  try {
    formatFromPath(path);
    return true;
  } catch {
    return false;
  }
}

/** The entries of one directory, sorted by name (code unit order, the same on every machine). */
async function entries(dir: string): Promise<Array<{ name: string; dir: boolean }>> {
  const out: Array<{ name: string; dir: boolean }> = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    let isDir = e.isDirectory();
    // a symbolic link is followed to a file, never into a directory (no cycles)
    if (e.isSymbolicLink()) isDir = false;
    out.push({ name: e.name, dir: isDir });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every file under `dir`, depth first in sorted order, that `keep` accepts. */
async function* walk(dir: string, keep: (path: string) => boolean): AsyncGenerator<string> {
  for (const e of await entries(dir)) {
    const path = join(dir, e.name);
    if (e.dir) yield* walk(path, keep);
    else if (keep(path)) yield path;
  }
}

/**
 * Expand the command line's inputs into files, in a stable order: each input in turn, a directory's
 * files sorted by path. An input that matches nothing becomes an error (NOT_FOUND) in its place.
 */
export async function* expandInputs(inputs: string[]): AsyncGenerator<Input> {
  for (const input of inputs) {
    const scan = picomatch.scan(input);
    // a file that exists is itself, even when its name looks like a glob ("terms (1).md")
    if (scan.isGlob && !(await exists(input))) {
      const match = picomatch(input.replace(/^\.\//, ''), { dot: false });
      const base = scan.base || '.';
      let found = false;
      try {
        for await (const path of walk(base, (p) => match(p.replace(/^\.\//, '')))) {
          found = true;
          yield { path };
        }
      } catch {
        // the base directory does not exist: reported below as no match
      }
      if (!found) yield { path: input, error: new TosClausesError('NOT_FOUND', `${input}: no file matches`) };
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      // a missing file is reported when it is read, with the reader's own message
    }
    if (!isDir) { yield { path: input }; continue; }
    let found = false;
    for await (const path of walk(input, readable)) {
      found = true;
      yield { path };
    }
    if (!found) yield { path: input, error: new TosClausesError('NOT_FOUND', `${input}: no agreement in this directory (.md, .markdown, .txt, .html, .pdf, .docx)`) };
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** True when the inputs name more than one file: several inputs, a directory or a glob. */
export async function isBatch(inputs: string[]): Promise<boolean> {
  if (inputs.length !== 1) return true;
  const [input] = inputs;
  if (input === '-') return false;
  try {
    return (await stat(input)).isDirectory();
  } catch {
    return picomatch.scan(input).isGlob;
  }
}
