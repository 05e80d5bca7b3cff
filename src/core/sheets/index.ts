export { SHEET_ROLES, type SheetRole } from "./sheetRoles";
export { DEFAULT_SHEET_NAMES } from "./defaultSheetNames";
export { addinMarker, type DefinedNameEntry, type MarkedSheet, type SheetMarker } from "./addinMarker";
export type { ExistingSheetInfo } from "./existingSheetInfo";
export { planSheetNames } from "./planSheetNames";
export {
  CELL_IS_OPERATORS,
  HORIZONTAL_ALIGNMENTS,
  ICON_SETS,
  VERTICAL_ALIGNMENTS,
  type CellIsOperator,
  type CellRange,
  type CellStyle,
  type ColumnSpec,
  type ConditionalFormatSpec,
  type ConditionalRule,
  type ConditionalStyle,
  type HexColour,
  type HorizontalAlignment,
  type IconSetName,
  type LineChartSpec,
  type ListValidationSpec,
  type ModelCell,
  type ModelCellValue,
  type ScalePoint,
  type SheetModel,
  type TableSpec,
  type VerticalAlignment,
} from "./sheetModel";
export { TEXT_NUMBER_FORMAT } from "./modelCell";
export { modelCell } from "./modelCell";
export { rangeAddress } from "./rangeAddress";
export { parseRangeAddress } from "./parseRangeAddress";
export { CellGrid } from "./cellGrid";
export { SHEET_STYLES, STATUS_COLOURS, MDC_COLOURS } from "./sheetStyles";
export { mdcStyle } from "./mdcStyle";
export { periodColumns, type PeriodColumn } from "./periodColumns";
export { targetRules } from "./targetRules";
export { statusRules } from "./statusRules";
export { buildTeamComparisonTracker } from "./buildTeamComparisonTracker";
export { buildActionTrackerSheet } from "./buildActionTrackerSheet";
export { buildLocationDashboard } from "./buildLocationDashboard";
export { buildAssuranceSummary } from "./buildAssuranceSummary";
export { buildOutputSheets, type OutputSheetsOptions, type OutputSheets } from "./buildOutputSheets";
export { withRowHeights } from "./withRowHeights";
export { liveCompareFormula } from "./liveCompareFormula";
export { LIVE_COMPARE_SPARE_GROUPS, liveCompareRows } from "./liveCompareRows";
export { ownedBlocks } from "./ownership/ownedBlocks";
export { ownershipNames, type OwnershipRecord } from "./ownership/ownershipNames";
export { planSheetWrites, type ExistingOwnership } from "./ownership/planSheetWrites";
export type { CellWrite, SheetWritePlan } from "./ownership/sheetWritePlan";
export { createPlans } from "./ownership/createPlans";
