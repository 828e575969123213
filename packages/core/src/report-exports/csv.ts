/** A cell as every format receives it; formats decide how each kind is written. */
export type Cell = string | number | Date | null;

/**
 * Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection):
 * a customer or contact name like `=HYPERLINK(…)` would execute on the office's machine. Such a
 * text cell gets a leading `'`, which spreadsheets show as text. Numbers are written as numbers,
 * so a negative amount keeps its sign.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = value instanceof Date ? value.toISOString() : value;
  const guarded = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim()
    ? `"${guarded.replace(/"/g, '""')}"`
    : guarded;
}

/** One record, RFC 4180: comma separated, CRLF terminated. */
export const csvLine = (cells: readonly Cell[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** Lets Excel read the file as UTF-8 (accents in names); other readers skip it. */
export const UTF8_BOM = '\uFEFF';
