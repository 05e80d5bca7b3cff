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
  let found = false;
  let tail = "";
  pkg.streamText(part, (text) => {
    if (found) return;
    const window = tail + text;
    found = protectionTag.test(window);
    tail = window.slice(-overlap);
  });
  return found;
}
