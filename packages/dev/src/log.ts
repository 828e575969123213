/** Coloured, tagged console output for the launcher and the processes it runs. */

const useColour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

const codes = {
  bold: 1,
  dim: 2,
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  gray: 90,
} as const;

export type Colour = keyof typeof codes;

export function paint(colour: Colour, text: string): string {
  return useColour ? `\u001b[${codes[colour]}m${text}\u001b[0m` : text;
}

/** A fixed-width tag, so output from different processes lines up. */
export function tag(name: string, colour: Colour): string {
  return paint(colour, `[${name}]`.padEnd(11));
}

const devTag = tag('dev', 'bold');

export const log = {
  info: (message: string) => console.log(`${devTag}${message}`),
  warn: (message: string) => console.warn(`${devTag}${paint('yellow', message)}`),
  error: (message: string) => console.error(`${devTag}${paint('red', message)}`),
};

/** Writes each line of a stream with a tag in front. */
export function prefixLines(stream: NodeJS.ReadableStream, prefix: string, out: NodeJS.WritableStream): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (pending + chunk).split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) out.write(`${prefix}${line}\n`);
  });
  stream.on('end', () => {
    if (pending) out.write(`${prefix}${pending}\n`);
  });
}

/** Colours the children may use: our stdout is not theirs, so tell them when it is a terminal. */
export function colourEnv(): Record<string, string> {
  return useColour ? { FORCE_COLOR: '1' } : {};
}
