/**
 * The shape of the command line as data (commands, arguments, options, choices and each command's help
 * text), generated from the commander program of src/cli/index.ts into src/cli/spec.json (the CLI test
 * fails when they differ; `UPDATE=1 npx vitest run test/cli-startup.test.ts` rewrites it). With it
 * src/cli/bin.ts answers `--help`, `--version` and argument errors without loading the pipeline: help
 * is printed from the text commander wrote, and errors come from commander itself, run on a program
 * rebuilt from this data with actions that do nothing.
 */
import type { Command } from 'commander';

/** An option of a command. */
export interface OptionSpec {
  flags: string;
  description: string;
  choices?: string[];
  mandatory?: boolean;
}

/** An argument of a command. */
export interface ArgumentSpec {
  name: string;
  description: string;
  required: boolean;
  variadic: boolean;
  choices?: string[];
}

/** A command: its arguments, options, subcommands and the help commander prints for it. */
export interface CommandSpec {
  name: string;
  description: string;
  arguments: ArgumentSpec[];
  options: OptionSpec[];
  commands: CommandSpec[];
  /** What `--help` prints for this command (commander's text at 80 columns). */
  help: string;
}

/** The whole command line. */
export interface CliSpec {
  /** The message commander prints after an argument error. */
  afterError: string;
  root: CommandSpec;
}

const VERSION_FLAGS = '-V, --version';

/** The help commander prints for a command, as written to a pipe (80 columns). */
function helpOf(cmd: Command): string {
  let text = '';
  const saved = { ...cmd.configureOutput() };
  cmd.configureOutput({ writeOut: (s: string) => { text += s; }, getOutHelpWidth: () => 80, getOutHasColors: () => false });
  cmd.outputHelp();
  cmd.configureOutput(saved);
  return text;
}

/** Describe a commander program as data (its help text is captured at 80 columns). */
export function describeProgram(cmd: Command): CliSpec {
  const after = (cmd as unknown as { _showHelpAfterError: string | boolean })._showHelpAfterError;
  const afterError = typeof after === 'string' ? after : '';
  const walk = (c: Command): CommandSpec => ({
    name: c.name(),
    description: c.description(),
    arguments: c.registeredArguments.map((a) => ({ name: a.name(), description: a.description, required: a.required, variadic: a.variadic, ...(a.argChoices ? { choices: [...a.argChoices] } : {}) })),
    options: c.options.filter((o) => o.flags !== VERSION_FLAGS).map((o) => ({ flags: o.flags, description: o.description, ...(o.argChoices ? { choices: [...o.argChoices] } : {}), ...(o.mandatory ? { mandatory: true } : {}) })),
    commands: c.commands.map(walk),
    help: helpOf(c),
  });
  return { afterError, root: walk(cmd) };
}

/**
 * Rebuild the program from its description, with actions that only record that they ran. Options
 * that take a value accept any value here (their parsers are not data), so a bad value is left to the
 * real program.
 */
export function shadowProgram(spec: CliSpec, make: (name: string) => Command, version: string, action: () => void): Command {
  const build = (s: CommandSpec, c: Command): Command => {
    c.description(s.description);
    for (const a of s.arguments) {
      const arg = c.createArgument(`${a.required ? '<' : '['}${a.name}${a.variadic ? '...' : ''}${a.required ? '>' : ']'}`, a.description);
      if (a.choices) arg.choices(a.choices);
      c.addArgument(arg);
    }
    for (const o of s.options) {
      const option = c.createOption(o.flags, o.description);
      if (o.choices) option.choices(o.choices);
      if (o.mandatory) option.makeOptionMandatory();
      c.addOption(option);
    }
    c.helpInformation = () => s.help;
    for (const sub of s.commands) build(sub, c.command(sub.name));
    if (!s.commands.length) c.action(action);
    return c;
  };
  // as in src/cli/index.ts, the root's settings come first, so that its subcommands inherit them
  return build(spec.root, make(spec.root.name).version(version).showHelpAfterError(spec.afterError).exitOverride());
}
