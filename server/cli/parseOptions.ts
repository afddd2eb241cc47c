import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's `--name value` options and its positionals, or what is wrong with them as node:util says
 * it ("Unknown option '--spto'", "Option '--spot <value>' argument missing"), for the command to print
 * beside its usage. Positionals are refused unless the command expects some.
 */
export function parseOptions<T extends Options>(
  args: readonly string[],
  options: T,
  positionals = 0,
):
  | { values: ReturnType<typeof parseArgs<{ options: T; strict: true }>>['values']; positionals: string[] }
  | { problem: string } {
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: positionals > 0 });
    if (parsed.positionals.length > positionals) {
      return { problem: `unexpected argument "${parsed.positionals[positionals]}"` };
    }
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}
