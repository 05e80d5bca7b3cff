export { writeOutputPackage, createPlans, SHARED_PARTS, type OutputPackageOptions } from "./writeOutputPackage";
export { refreshWorksheetXml } from "./refreshWorksheetXml";
export { minimalPackage } from "./minimalPackage";
export { zipParts, type OutputPart } from "./zipParts";
export { StyleSheetAppender, MINIMAL_STYLES_XML } from "./styleSheetAppender";
export { renderWorksheetXml, renderTableXml } from "./renderWorksheetXml";
export { renderLineChartXml, renderDrawingXml } from "./renderLineChartXml";
export { xmlOutline, applyTextEdits } from "./xmlOutline";
