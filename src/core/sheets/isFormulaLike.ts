// Characters that make Excel, LibreOffice or a CSV import treat typed text as a formula (OWASP "CSV
// injection"): =, +, -, @, and a leading tab or carriage return.
const formulaTriggers = /^[=+\-@\t\r]/;

/**
 * True when text would be taken for a formula if typed into a cell, so it must be written as text.
 *
 * @example
 * isFormulaLike("=SUM(A1)"); // => true
 * isFormulaLike("Team B"); // => false
 */
export function isFormulaLike(text: string): boolean {
  return formulaTriggers.test(text);
}
