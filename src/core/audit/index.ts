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
  type RowsLeftOut,
} from "./types";
export { PARTIAL_ANSWER_RULES, DEFAULT_PARTIAL_ANSWER_RULE, PARTIAL_ANSWER_RULE_WORDS, type PartialAnswerRule } from "./partialAnswerRules";
export { summariseRowsLeftOut } from "./summariseRowsLeftOut";
export { parseGroupHeading, type GroupHeading } from "./parseGroupHeading";
export { findGroupColumns, type GroupColumns } from "./findGroupColumns";
export { readItemAnswer, ITEM_ANSWER_KINDS, type ItemAnswerKind } from "./readItemAnswer";
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
export { findSameShapeGrids, type SameShapeGrids } from "./findSameShapeGrids";
export { describeRowsAccounted, readProblemsHeading, type RowsAccountedFor } from "./describeRowsAccounted";
export { chooseMeasureColumn } from "./chooseMeasureColumn";
