import type { Command } from './Command.ts';

const MAX_WIDTH = 36;

export function usage(commands: Readonly<Record<string, Command>>): string {
  const rows = Object.entries(commands).map(([name, command]) => [`${name} ${command.args}`.trim(), command.summary]);
  // A command with many options (add-spot) gets its summary on the next line rather than pushing every
  // other summary off the screen.
  const width = Math.min(MAX_WIDTH, Math.max(...rows.map(([left]) => left?.length ?? 0)));
  return [
    'usage: npm run hub -- <command> [arguments]',
    '',
    ...rows.map(([left = '', summary]) =>
      left.length > width ? `  ${left}\n  ${''.padEnd(width)}  ${summary}` : `  ${left.padEnd(width)}  ${summary}`,
    ),
    '',
    "The hub's data folder is BALCAO_DATA (default ./data).",
    '',
  ].join('\n');
}
