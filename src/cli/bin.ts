/**
 * The `tos-clauses` executable. `--help`, `--version` and argument errors are answered here, from
 * the description of the command line in spec.json (generated from the commander program, see
 * spec.ts), before anything heavy loads: the pipeline (zod schemas, remark, compromise) is imported
 * only for a command that will run.
 */
import spec from './spec.json';
import { shadowProgram, type CliSpec } from './spec.js';

declare const PKG_VERSION: string;
const version = typeof PKG_VERSION === 'string' ? PKG_VERSION : '0.0.0';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // a closed pipe (`tos-clauses extract x.md | head`) is not an error
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** Exit code of an argument error, as src/cli/index.ts gives it (EXIT_CODES.USAGE). */
const USAGE = 2;

/** Answer help, version and argument errors; undefined when the command is to run. */
async function quick(cli: CliSpec, args: string[]): Promise<number | undefined> {
  const help = (name?: string) => (name === undefined ? cli.root : cli.root.commands.find((c) => c.name === name))?.help;
  const [first, second] = args;
  const text = args.length === 1 && (first === '--help' || first === '-h' || first === 'help') ? help()
    : args.length === 2 && (second === '--help' || second === '-h') ? help(first)
      : args.length === 2 && first === 'help' ? help(second) : undefined;
  if (text !== undefined) { process.stdout.write(text); return 0; }
  if (args.length === 1 && (first === '--version' || first === '-V')) { process.stdout.write(version + '\n'); return 0; }
  // anything else: commander itself (light) checks the arguments against the same description
  const { Command, CommanderError } = await import('commander');
  try {
    await shadowProgram(cli, (name) => new Command(name), version, () => {}).parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE;
    throw error;
  }
  // the arguments are well formed: the real program runs (and checks what this cannot, such as values)
  return undefined;
}

const code = await quick(spec as CliSpec, process.argv.slice(2));
if (code === undefined) await (await import('./index.js')).main();
else process.exitCode = code;
