import type { Command } from './Command.ts';

export function usage(commands: Readonly<Record<string, Command>>): string {
  const rows = Object.entries(commands).map(([name, command]) => [`${name} ${command.args}`.trim(), command.summary]);
  const width = Math.max(...rows.map(([left]) => left?.length ?? 0));
  return [
    'usage: npm run hub -- <command> [arguments]',
    '',
    ...rows.map(([left, summary]) => `  ${left?.padEnd(width)}  ${summary}`),
    '',
    "The hub's data folder is BALCAO_DATA (default ./data).",
    '',
  ].join('\n');
}
