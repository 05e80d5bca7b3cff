export { writeOutputPackage, SHARED_PARTS, type OutputPackagePlan } from "./writeOutputPackage";
export { minimalPackage } from "./minimalPackage";
export { zipParts, type OutputPart } from "./zipParts";
export { StyleSheetAppender, MINIMAL_STYLES_XML } from "./styleSheetAppender";
export { renderWorksheetXml, renderTableXml } from "./renderWorksheetXml";
export { renderLineChartXml, renderDrawingXml } from "./renderLineChartXml";
export { xmlOutline, applyTextEdits } from "./xmlOutline";
