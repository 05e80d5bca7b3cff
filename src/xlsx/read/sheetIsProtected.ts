import type { XlsxPackage } from "../package/xlsxPackage";

// <sheetProtection sheet="1" .../> (ECMA-376 Part 1, 18.3.1.85), with any namespace prefix. Its
// attributes (password hashes, salts) stay well under the overlap kept between pieces.
const protectionTag = /<(?:[\w.-]+:)?sheetProtection\b[^>]*?\bsheet="(?:1|true)"/;
const overlap = 4096;

/**
 * Whether a worksheet part turns sheet protection on, found by searching its text as it streams,
 * without reading its cells.
 *
 * @example
 * // sheetIsProtected(pkg, "xl/worksheets/sheet4.xml") // => true
 */
export function sheetIsProtected(pkg: XlsxPackage, part: string): boolean {
  let tail = "";
  // Unpacked only as far as the tag: the rest of the sheet is never inflated.
  for (const text of pkg.textPieces(part)) {
    const window = tail + text;
    if (protectionTag.test(window)) return true;
    tail = window.slice(-overlap);
  }
  return false;
}
