export {
  COLUMN_ROLES,
  GROUPING_ROLES,
  GRID_LAYOUTS,
  SCORE_UNITS,
  type AuditRecord,
  type ColumnMapping,
  type ColumnMappingEntry,
  type ColumnRole,
  type GridLayout,
  type GridReadResult,
  type GroupingRole,
  type ReadProblem,
  type RecordGroups,
  type ScoreUnit,
  type SkippedRow,
} from "./types";
export { COLUMN_VOCABULARY, type ColumnVocabulary } from "./columnVocabulary";
export { COLUMN_ROLE_WORDS } from "./columnRoleWords";
export { SKIPPED_ROW_REASONS } from "./skippedRowReasons";
export { PLAUSIBLE_AUDIT_DATES } from "./plausibleAuditDates";
export { findHeaderRow } from "./findHeaderRow";
export { proposeColumnRoles, type ProposeColumnRolesOptions } from "./proposeColumnRoles";
export { chooseLayout } from "./chooseLayout";
export { readAuditGrid, type ReadAuditGridOptions } from "./readAuditGrid";
export { parsePeriodHeader, type PeriodHeading } from "./parsePeriodHeader";
export { isTotalsLabel } from "./isTotalsLabel";
export { columnLetter } from "./columnLetter";
export { looksLikeAuditData, type AuditDataLikelihood, type LooksLikeAuditDataOptions } from "./looksLikeAuditData";
export { readWorkbookGrids, type ReadWorkbookGridsOptions, type WorkbookGrid, type WorkbookGridRead } from "./readWorkbookGrids";
