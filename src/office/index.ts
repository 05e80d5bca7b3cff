export type { ExcelContextApi, ExcelRunner } from "./excelApi";
export { EXCEL_LIMITS } from "./excelLimits";
export type { GridSource } from "./gridSource";
export { officeExcelRunner } from "./officeExcelRunner";
export { OfficeWorkbook } from "./officeWorkbook";
export { documentSettingsStore, settingsKey, type DocumentSettingsApi, type SettingsStore } from "./documentSettingsStore";
export { WorkbookAccessError, WORKBOOK_ACCESS_ERROR_CODES, type WorkbookAccessErrorCode } from "./workbookAccessError";
export type { SheetSource, TableSource, WorkbookSources } from "./workbookSources";
export type { WriteOptions, WriteProgress, WrittenSheet } from "./writeSheetModels";
