/** `tos-clauses report <inputs...>`: one self-contained HTML page per agreement. */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { TosClausesError } from '../errors.js';

/** Options of `report`. */
export interface ReportOptions { out?: string; format?: string; with?: string[]; quiet?: boolean }

/**
 * Write the report of each input into `--out` (`<name>.html`), or of a single file to stdout. A file
 * that fails is reported on stderr and passed over; the exit code is the first failure's.
 */
export async function runReport(inputs: string[], options: ReportOptions): Promise<void> {
  const { isBatch, expandInputs } = await import('../batch/inputs.js');
  const { readAgreement } = await import('../agreement.js');
  const { renderReport } = await import('../report/index.js');
  const many = await isBatch(inputs);
  if (many && !options.out) throw new TosClausesError('USAGE', 'report of several files needs --out <dir> (one HTML page per agreement)');
  if (options.out) await mkdir(options.out, { recursive: true });
  const names = new Set<string>();
  let written = 0;
  for await (const input of expandInputs(inputs)) {
    try {
      if (input.error) throw input.error;
      const agreement = await readAgreement([input.path, ...(options.with ?? [])], options.format ? { format: options.format as 'markdown' } : {});
      const html = renderReport(agreement, { path: input.path });
      if (!options.out) { process.stdout.write(html); return; }
      // two inputs of one name (a/terms.md, b/terms.md) get terms.html and terms-2.html
      const stem = basename(input.path, extname(input.path));
      let name = `${stem}.html`;
      for (let n = 2; names.has(name); n++) name = `${stem}-${n}.html`;
      names.add(name);
      await writeFile(join(options.out, name), html);
      written++;
    } catch (error) {
      if (!(error instanceof TosClausesError)) throw error;
      process.stderr.write(`tos-clauses: ${error.message}\n`);
      process.exitCode ||= error.exitCode;
    }
  }
  if (options.out && !options.quiet) process.stderr.write(`tos-clauses: ${written} report${written === 1 ? '' : 's'} written to ${options.out}\n`);
}
