import type { SheetModel } from "../../core/sheets/sheetModel";
import { formatUkDate } from "../../core/values";

function cellText(value: SheetModel["cells"][number][number]): string {
  if (value === null) return "";
  const content = value.value;
  if (content === null) return "";
  if (typeof content === "object") return "serialDate" in content ? formatUkDate(content.serialDate) : String(content.result ?? "");
  return String(content);
}

/**
 * The Assurance Summary sheet as plain text, a line per row, ready to paste into an email or report.
 *
 * @example
 * summaryText({ cells: [[{ value: "Assurance Summary" }], [], [{ value: "Overall" }]] } as SheetModel); // => "Assurance Summary\n\nOverall"
 */
export function summaryText(model: Pick<SheetModel, "cells">): string {
  return model.cells
    .map((row) =>
      row
        .map(cellText)
        .filter((text) => text !== "")
        .join("  "),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
