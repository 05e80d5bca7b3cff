import { isBlank, type CellValue } from "../values";
import { cellText } from "./cellText";
import { isHeaderLabel } from "./isHeaderLabel";

/**
 * The label over each column of a two-row header, read as merged cells read: a label filled at the
 * first column of its run and blank after it ("Care plan" over "Signed" and "Reviewed"), or standing
 * over a blank lower cell (a label merged down over both rows, such as "Date"). Gives one label per
 * column of `lower` ("" where none stands), or null when `upper` is not such a row: it must hold only
 * short labels, at least one of them over two or more filled columns of `lower`, and `lower` must
 * need it (a text repeated across it, or a blank cell under a label); a title or a note over an
 * ordinary header is not a row of labels. Never throws.
 *
 * @example
 * groupLabelsAbove(["Date", "Care plan", "", "MAR chart", ""], ["", "Signed", "Reviewed", "Signed", "Reviewed"]);
 * // => ["Date", "Care plan", "Care plan", "MAR chart", "MAR chart"]
 */
export function groupLabelsAbove(upper: ReadonlyArray<CellValue> | undefined, lower: ReadonlyArray<CellValue>): string[] | null {
  if (!Array.isArray(upper) || !Array.isArray(lower)) return null;
  const width = Math.max(upper.length, lower.length);
  const labels: string[] = new Array<string>(width).fill("");
  let current = "";
  let spans = 0;
  let runLength = 0;
  let needed = false;
  const lowerTexts = new Set<string>();
  for (let c = 0; c < width; c++) {
    const above = upper[c] ?? null;
    const below = lower[c] ?? null;
    const belowText = cellText(below);
    if (belowText !== "") {
      if (lowerTexts.has(belowText.toLowerCase())) needed = true;
      lowerTexts.add(belowText.toLowerCase());
    }
    if (!isBlank(above)) {
      if (!isHeaderLabel(above)) return null;
      labels[c] = cellText(above);
      if (belowText === "") {
        // Merged down over both rows: it names its own column and runs no further.
        needed = true;
        current = "";
      } else current = labels[c];
      runLength = 1;
      continue;
    }
    if (belowText === "" || current === "") {
      current = "";
      continue;
    }
    labels[c] = current;
    runLength++;
    if (runLength === 2) spans++;
  }
  return spans > 0 && needed ? labels : null;
}
