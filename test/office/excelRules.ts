// Rules Excel enforces that the recording fake (fakeExcel.ts) applies, each with the page it comes
// from. A rule broken here is a command Excel would refuse (or worse, carry out somewhere else).

/** Excel's limits on text (support.microsoft.com, "Excel specifications and limits"). */
export const EXCEL_TEXT_LIMITS = {
  /** "Total number of characters that a cell can contain: 32,767 characters." */
  cellCharacters: 32_767,
  /** "Length of formula contents: 8,192 characters." */
  formulaCharacters: 8_192,
  /** A sheet name: "can't contain more than 31 characters" ("Rename a worksheet"). */
  sheetNameCharacters: 31,
  /** A defined or table name: "up to 255 characters" ("Names in formulas", syntax rules). */
  nameCharacters: 255,
} as const;

/** Excel's sheet grid (support.microsoft.com, "Excel specifications and limits"). */
export const EXCEL_GRID = { rows: 1_048_576, columns: 16_384 } as const;

/**
 * Why Excel refuses a sheet name, or null. support.microsoft.com, "Rename a worksheet": not blank, at
 * most 31 characters, none of / \ ? * : [ ], not beginning or ending with an apostrophe, and not
 * "History" (reserved by Excel).
 */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "a sheet name can't be blank";
  if (name.length > EXCEL_TEXT_LIMITS.sheetNameCharacters) return `"${name}" is longer than ${EXCEL_TEXT_LIMITS.sheetNameCharacters} characters`;
  if (/[/\\?*:[\]]/.test(name)) return `"${name}" contains one of / \\ ? * : [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" begins or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return `"History" is reserved by Excel`;
  return null;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

/**
 * Why Excel refuses a defined name or a table name, or null. support.microsoft.com, "Names in
 * formulas" (syntax rules for names) and "Rename an Excel table": the first character a letter, an
 * underscore or a backslash; then letters, numbers, periods and underscores; no spaces; not "C", "c",
 * "R" or "r"; not a cell reference (A1, $B$2, R1C1); at most 255 characters.
 */
export function definedNameProblem(name: string): string | null {
  if (name.length === 0) return "a name can't be blank";
  if (name.length > EXCEL_TEXT_LIMITS.nameCharacters) return `"${name.slice(0, 20)}…" is longer than ${EXCEL_TEXT_LIMITS.nameCharacters} characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return `"${name}" must start with a letter, underscore or backslash and hold only letters, numbers, periods and underscores`;
  if (/^[CR]$/i.test(name)) return `"${name}" is reserved (row and column shortcuts)`;
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1 && columnNumber(a1[1]) <= EXCEL_GRID.columns && Number(a1[2]) >= 1 && Number(a1[2]) <= EXCEL_GRID.rows) return `"${name}" is a cell reference`;
  if (/^R\d*C\d*$/i.test(name)) return `"${name}" is an R1C1 cell reference`;
  return null;
}

/** A rectangle, 0-based. */
export interface Rectangle {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export function overlaps(a: Rectangle, b: Rectangle): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}
