import type { XlsxPackage } from "../package/xlsxPackage";
import { xmlStream } from "./xmlEvents";

/**
 * The shared strings table, streamed: each `<si>` as plain text, rich text runs joined and phonetic
 * guides (`<rPh>`, the furigana over Japanese text) left out, as Excel shows the cell.
 *
 * @example
 * // readSharedStrings(pkg, "xl/sharedStrings.xml") // => ["Audit date", "Team", "Team A", ...]
 */
export function readSharedStrings(pkg: XlsxPackage, part: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phoneticDepth = 0;
  const stream = xmlStream(
    {
      open: ({ name }) => {
        if (name === "si") current = "";
        else if (name === "rPh") phoneticDepth += 1;
        else if (name === "t" && phoneticDepth === 0) inText = true;
      },
      text: (text) => {
        if (inText && current !== null) current += text;
      },
      close: (name) => {
        if (name === "t") inText = false;
        else if (name === "rPh") phoneticDepth -= 1;
        else if (name === "si") {
          strings.push(current ?? "");
          current = null;
        }
      },
    },
    pkg.file,
    part,
  );
  for (const text of pkg.textPieces(part)) stream.write(text);
  stream.close();
  return strings;
}
