export { WORKBOOK_FILE_PROBLEMS, WorkbookFileError, type WorkbookFileProblem } from "./workbookFileError";
export { openPackage, PACKAGE_LIMITS, ZIP_METHODS, type PackageLimits, type PackageEntry, type XlsxPackage } from "./package";
export { XlsxReader, type ReadProgress, type XlsxReaderOptions } from "./read";
export type { XlsxTable } from "./xlsxTable";
export { tableGrid } from "./tableGrid";
export { XlsxWorkbook } from "./XlsxWorkbook";
export { openWorkbookFile, type OpenedWorkbook } from "./openWorkbookFile";
export { planOutputs, OUTPUT_MODES, type OutputMode, type OutputOptions, type OutputPlan } from "./planOutputs";
export { writeOutputs, type WriteReport } from "./writeOutputs";
