import type { GroupStatus } from "../compare/types";
import type { CellStyle, HexColour } from "./sheetModel";

/** The fills and fonts every sheet shares, so the four sheets look like one product. */
const headerFill: HexColour = "1F4E79";
const white: HexColour = "FFFFFF";

/**
 * Shared cell styles for the add-in's sheets. Status colours follow the usual RAG reading (green at
 * target, amber fragile, red below); Making Data Count colours are its own: improvement blue, concern
 * orange, common cause grey.
 *
 * @example
 * SHEET_STYLES.percent.numberFormat; // => "0%"
 */
export const SHEET_STYLES = {
  title: { bold: true, size: 16, fontColour: headerFill } as CellStyle,
  subtitle: { italic: true, fontColour: "595959" } as CellStyle,
  wrappedSubtitle: { italic: true, fontColour: "595959", wrap: true, vertical: "top" } as CellStyle,
  sectionHeading: { bold: true, size: 13, fontColour: headerFill, bottomBorder: true } as CellStyle,
  header: { bold: true, fill: headerFill, fontColour: white, wrap: true, vertical: "middle" } as CellStyle,
  text: { vertical: "top" } as CellStyle,
  wrapped: { wrap: true, vertical: "top" } as CellStyle,
  bold: { bold: true, vertical: "top" } as CellStyle,
  percent: { numberFormat: "0%", vertical: "top" } as CellStyle,
  boldPercent: { numberFormat: "0%", bold: true, vertical: "top" } as CellStyle,
  points: { numberFormat: "+0.0;-0.0;0.0", vertical: "top" } as CellStyle,
  weeks: { numberFormat: "0.0", vertical: "top" } as CellStyle,
  count: { numberFormat: "0", vertical: "top" } as CellStyle,
  date: { numberFormat: "dd/mm/yyyy", vertical: "top", horizontal: "left" } as CellStyle,
  warning: { bold: true, fill: "FCE4D6", fontColour: "833C0B", wrap: true } as CellStyle,
  reassurance: { fill: "E2EFDA", fontColour: "375623", wrap: true } as CellStyle,
};

/** Fill and font of each group status (used for cells and for conditional-format rules). */
export const STATUS_COLOURS: Readonly<Record<GroupStatus, { fill: HexColour; fontColour: HexColour }>> = {
  embedded: { fill: "C6EFCE", fontColour: "006100" },
  improving: { fill: "DDEBF7", fontColour: "1F4E78" },
  fragile: { fill: "FFEB9C", fontColour: "9C5700" },
  "below-target": { fill: "FFC7CE", fontColour: "9C0006" },
  deteriorating: { fill: "F8CBAD", fontColour: "833C0B" },
  "insufficient-evidence": { fill: "EDEDED", fontColour: "595959" },
};

/** Making Data Count's colours: improvement blue, concern orange, common cause grey. */
export const MDC_COLOURS = {
  improvement: { fill: "289DE0", fontColour: white },
  concern: { fill: "FAB428", fontColour: "000000" },
  commonCause: { fill: "D9D9D9", fontColour: "000000" },
  neither: { fill: "B4A7D6", fontColour: "000000" },
} as const;
