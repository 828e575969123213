import { paint } from './log';

export interface ReadyInfo {
  urls: { label: string; url: string }[];
  signIns: { role: string; email: string; password: string }[];
  seeded: boolean;
  notAnswering: string[];
  /** Extra lines, e.g. where the data lives. */
  notes: string[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the ANSI colour codes we add
const ansi = /\u001b\[\d+m/g;
const visibleLength = (text: string) => text.replace(ansi, '').length;

/** The "you are ready" box: where everything is and how to sign in. */
export function printReadyBox(info: ReadyInfo): void {
  const urlWidth = Math.max(...info.urls.map((u) => u.label.length));
  const roleWidth = Math.max(...info.signIns.map((s) => s.role.length));
  const seeded = info.seeded ? ' (demo organization just seeded)' : '';
  const lines = [
    paint('bold', 'Portico is running'),
    '',
    ...info.urls.map((u) => `${u.label.padEnd(urlWidth)}  ${paint('cyan', u.url)}`),
    '',
    paint('bold', `Demo sign-ins${seeded}, also in README.md:`),
    ...info.signIns.map((s) => `${s.role.padEnd(roleWidth)}  ${s.email} / ${s.password}`),
    '',
    ...info.notAnswering.map((name) =>
      paint('yellow', `${name} is not answering yet; see its log lines above.`),
    ),
    ...info.notes,
    'Ctrl-C stops everything.',
  ];
  const width = Math.max(...lines.map(visibleLength));
  const out = [
    `╭${'─'.repeat(width + 2)}╮`,
    ...lines.map((line) => `│ ${line}${' '.repeat(width - visibleLength(line))} │`),
    `╰${'─'.repeat(width + 2)}╯`,
  ];
  console.log(`\n${out.join('\n')}\n`);
}
