import { columnLetter } from "../../core/audit/columnLetter";
import type { CellRange, LineChartSpec, SheetModel } from "../../core/sheets/sheetModel";
import { mdcStyle } from "../../core/sheets/mdcStyle";
import { RELATIONSHIP_NAMESPACE } from "./renderWorksheetXml";
import { escapeXml } from "./xmlText";

const chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const drawingMainNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
const spreadsheetDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
// Line widths in EMU (12,700 to a point).
const seriesLineWidth = 28575;
const targetLineWidth = 19050;
/** The lines of a Making Data Count chart: data and common-cause points grey, mean solid, process limits
 * dashed grey, target dashed red; special-cause points take mdcStyle's colours. */
const MDC_CHART_COLOURS = { series: "7B7D7D", marker: "7B7D7D", target: "DE1B1B", mean: "000000", limit: "A6A6A6" } as const;
const categoryAxisId = 500001;
const valueAxisId = 500002;

function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function absoluteReference(sheet: string, range: CellRange): string {
  const start = `$${columnLetter(range.left)}$${range.top}`;
  const end = `$${columnLetter(range.right)}$${range.bottom}`;
  return `${quotedSheet(sheet)}!${start}${start === end ? "" : `:${end}`}`;
}

function cellsOf(model: Pick<SheetModel, "cells">, range: CellRange): unknown[] {
  const values: unknown[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) values.push(model.cells[row - 1]?.[column - 1]?.value ?? null);
  }
  return values;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && value !== null && "serialDate" in value) return String((value as { serialDate: number }).serialDate);
  return String(value);
}

function stringCache(model: Pick<SheetModel, "cells">, range: CellRange): string {
  const values = cellsOf(model, range).map(textOf);
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

function numberCache(model: Pick<SheetModel, "cells">, range: CellRange, format: string): string {
  const values = cellsOf(model, range);
  const points = values.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function line(colour: string, width: number, dash: string | null): string {
  return `<c:spPr><a:ln w="${width}" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>${dash === null ? "" : `<a:prstDash val="${dash}"/>`}<a:round/></a:ln></c:spPr>`;
}

interface SeriesLook {
  colour: string;
  width: number;
  dash: string | null;
  markers: boolean;
  /** One MDC label per category for the points' colours, or null. */
  pointLabels?: (string | null)[];
}

function markerXml(colour: string, size: number): string {
  return `<c:marker><c:symbol val="circle"/><c:size val="${size}"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr></c:marker>`;
}

/** Points of special cause in Making Data Count's colours (improvement blue, concern orange, neither purple). */
function pointColours(labels: readonly (string | null)[]): string {
  return labels
    .map((label, index) => {
      if (label === null || label.startsWith("Common Cause")) return "";
      const fill = mdcStyle(label).fill;
      // The line into the point keeps the series' look; only the marker takes the colour.
      // Excel reads the marker's own fill; LibreOffice the point's fill.
      const pointLook = `<c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill><a:ln w="${seriesLineWidth}" cap="rnd"><a:solidFill><a:srgbClr val="${MDC_CHART_COLOURS.series}"/></a:solidFill><a:round/></a:ln></c:spPr>`;
      return fill === undefined ? "" : `<c:dPt><c:idx val="${index}"/>${markerXml(fill, 7)}<c:bubble3D val="0"/>${pointLook}</c:dPt>`;
    })
    .join("");
}

function seriesXml(model: SheetModel, spec: LineChartSpec, index: number, name: string, values: CellRange, look: SeriesLook): string {
  const marker = look.markers ? markerXml(MDC_CHART_COLOURS.marker, 5) : '<c:marker><c:symbol val="none"/></c:marker>';
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(name)}</c:v></c:tx>${line(look.colour, look.width, look.dash)}${marker}${pointColours(look.pointLabels ?? [])}` +
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteReference(model.name, spec.categories))}</c:f>${stringCache(model, spec.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(absoluteReference(model.name, values))}</c:f>${numberCache(model, values, spec.valueFormat)}</c:numRef></c:val><c:smooth val="0"/></c:ser>`
  );
}

/** Proportions plotted from a tenth below the lowest line to a tenth above the highest (within 0 to 100%), so the lines are not squeezed flat. */
function valueScaling(model: SheetModel, spec: LineChartSpec): string {
  if (!spec.valueFormat.includes("%")) return "";
  const ranges = [...spec.series.map((s) => s.values), ...(spec.target === null ? [] : [spec.target.values]), ...(spec.spc === undefined ? [] : [spec.spc.mean, spec.spc.upperLimit, spec.spc.lowerLimit])];
  const values = ranges.flatMap((range) => cellsOf(model, range)).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (values.length === 0) return "";
  const tenth = 10;
  const low = Math.max(0, Math.floor(Math.min(...values) * tenth - 0.5) / tenth);
  const high = Math.min(1, Math.ceil(Math.max(...values) * tenth + 0.5) / tenth);
  return `<c:max val="${high}"/><c:min val="${low}"/>`;
}

/**
 * A chart part (DrawingML) for a line chart of a sheet model, in Making Data Count's style: each series
 * a grey line with grey markers, special-cause points in their colours (improvement blue, concern
 * orange), the mean a solid black line, the process limits dashed grey lines, the target a dashed
 * red line, a category axis of period labels and a
 * value axis in the spec's number format. The series refer to the sheet's cells (so Excel redraws them
 * when values change) and carry a cache of the values, so a reader that does not recalculate still
 * draws them.
 *
 * @example
 * // renderLineChartXml(model, model.charts[0]).includes("<c:lineChart>") // => true
 */
export function renderLineChartXml(model: SheetModel, spec: LineChartSpec): string {
  const series = spec.series.map((s, i) =>
    seriesXml(model, spec, i, s.name, s.values, { colour: MDC_CHART_COLOURS.series, width: seriesLineWidth, dash: null, markers: true, pointLabels: i === 0 ? spec.spc?.pointLabels : undefined }),
  );
  if (spec.spc !== undefined) {
    const flat = { width: targetLineWidth, markers: false };
    series.push(seriesXml(model, spec, series.length, "Mean", spec.spc.mean, { ...flat, colour: MDC_CHART_COLOURS.mean, dash: null }));
    series.push(seriesXml(model, spec, series.length, "Upper process limit", spec.spc.upperLimit, { ...flat, colour: MDC_CHART_COLOURS.limit, dash: "sysDash" }));
    series.push(seriesXml(model, spec, series.length, "Lower process limit", spec.spc.lowerLimit, { ...flat, colour: MDC_CHART_COLOURS.limit, dash: "sysDash" }));
  }
  if (spec.target !== null) series.push(seriesXml(model, spec, series.length, spec.target.name, spec.target.values, { colour: MDC_CHART_COLOURS.target, width: targetLineWidth, dash: "dash", markers: false }));
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>';
  const scaling = valueScaling(model, spec);
  const axes =
    `<c:catAx><c:axId val="${categoryAxisId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="${valueAxisId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valueAxisId}"/><c:scaling><c:orientation val="minMax"/>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(spec.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${categoryAxisId}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${chartNamespace}" xmlns:a="${drawingMainNamespace}" xmlns:r="${RELATIONSHIP_NAMESPACE}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join("")}` +
    `<c:marker val="1"/><c:axId val="${categoryAxisId}"/><c:axId val="${valueAxisId}"/></c:lineChart>${axes}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/**
 * A drawing part placing one chart per spec at its anchor (the anchor's cells, 1-based and inclusive),
 * each chart referred to by the relationship id given.
 *
 * @example
 * // renderDrawingXml(model.charts, ["rId1"]).includes("<xdr:twoCellAnchor") // => true
 */
export function renderDrawingXml(charts: readonly LineChartSpec[], relationshipIds: readonly string[]): string {
  const anchors = charts.map((chart, index) => {
    const { top, left, bottom, right } = chart.anchor;
    const marker = (column: number, row: number) => `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(left - 1, top - 1)}</xdr:from><xdr:to>${marker(right, bottom)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${escapeXml(`Line chart: ${chart.title}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${chartNamespace}"><c:chart xmlns:c="${chartNamespace}" xmlns:r="${RELATIONSHIP_NAMESPACE}" r:id="${relationshipIds[index]}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${spreadsheetDrawingNamespace}" xmlns:a="${drawingMainNamespace}">${anchors.join("")}</xdr:wsDr>`;
}
