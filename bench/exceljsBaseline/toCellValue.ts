import type { CellValue } from "../../src/core/values";

interface RichTextRun {
  text: string;
}

function textOfRich(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object" && Array.isArray((value as { richText?: unknown }).richText)) {
    return ((value as { richText: RichTextRun[] }).richText ?? []).map((run) => run.text ?? "").join("");
  }
  return null;
}

/**
 * A cell value as ExcelJS gives it, as the core's CellValue: numbers, text, booleans, dates and error
 * values as they are; a formula (plain, shared or array) by its last calculated result; rich text and
 * hyperlinks by their text; anything else (checkboxes, images in cells) as blank. Never throws.
 *
 * @example
 * toCellValue({ formula: "AVERAGE(B2:B9)", result: 0.87 }); // => 0.87
 * toCellValue({ richText: [{ text: "Team " }, { text: "B" }] }); // => "Team B"
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  const record = value as Record<string, unknown>;
  if (typeof record.error === "string") return { error: record.error };
  if ("formula" in record || "sharedFormula" in record) return toCellValue(record.result);
  const rich = textOfRich(value);
  if (rich !== null) return rich;
  if ("hyperlink" in record) return textOfRich(record.text) ?? "";
  return null;
}
