import { rangeAddress } from "../core/sheets/rangeAddress";
import type { CellIsOperator, ConditionalFormatSpec, ConditionalRule, ConditionalStyle, HexColour, IconSetName, ScalePoint } from "../core/sheets/sheetModel";
import type { CellValueRuleApi, ColorCriterionApi, ConditionalFormatApi, ConditionalRangeFormatApi, DataBarRuleApi, IconCriterionApi, WorksheetApi } from "./excelApi";

/**
 * A model colour ("RRGGBB") as Office.js takes it ("#RRGGBB").
 *
 * @example
 * officeColour("289DE0"); // => "#289DE0"
 */
export function officeColour(colour: HexColour): string {
  return colour.startsWith("#") ? colour : `#${colour}`;
}

const operators: Record<CellIsOperator, CellValueRuleApi["operator"]> = {
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  between: "Between",
};

const iconStyles: Record<IconSetName, ConditionalFormatApi["iconSet"]["style"]> = {
  "3Arrows": "ThreeArrows",
  "3TrafficLights1": "ThreeTrafficLights1",
  "3Symbols": "ThreeSymbols",
  "3Flags": "ThreeFlags",
};

function withEquals(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

function applyStyle(format: ConditionalRangeFormatApi, style: ConditionalStyle): void {
  if (style.fill !== undefined) format.fill.color = officeColour(style.fill);
  if (style.fontColour !== undefined) format.font.color = officeColour(style.fontColour);
  if (style.bold !== undefined) format.font.bold = style.bold;
}

function colourCriterion(point: ScalePoint, colour: string): ColorCriterionApi {
  const color = officeColour(colour);
  switch (point.type) {
    case "min":
      return { type: "LowestValue", color };
    case "max":
      return { type: "HighestValue", color };
    case "number":
      return { type: "Number", formula: String(point.value ?? 0), color };
    case "percentile":
      return { type: "Percentile", formula: String(point.value ?? 50), color };
  }
}

function barBound(point: ScalePoint): DataBarRuleApi {
  switch (point.type) {
    case "min":
      return { type: "LowestValue" };
    case "max":
      return { type: "HighestValue" };
    case "number":
      return { type: "Number", formula: String(point.value ?? 0) };
    case "percentile":
      return { type: "Percentile", formula: String(point.value ?? 50) };
  }
}

function iconThreshold(point: ScalePoint): IconCriterionApi {
  // Icon sets have no "lowest value" criterion: min and max become 0% and 100% of the range.
  if (point.type === "min") return { type: "Percent", operator: "GreaterThanOrEqual", formula: "=0" };
  if (point.type === "max") return { type: "Percent", operator: "GreaterThanOrEqual", formula: "=100" };
  return { type: point.type === "number" ? "Number" : "Percentile", operator: "GreaterThanOrEqual", formula: `=${point.value ?? 0}` };
}

function queueRule(sheet: WorksheetApi, address: string, rule: ConditionalRule): void {
  const formats = sheet.getRange(address).conditionalFormats;
  switch (rule.kind) {
    case "cell-is": {
      const format = formats.add("CellValue");
      applyStyle(format.cellValue.format, rule.style);
      format.cellValue.rule = {
        formula1: withEquals(rule.formulae[0] ?? "0"),
        ...(rule.formulae[1] === undefined ? {} : { formula2: withEquals(rule.formulae[1]) }),
        operator: operators[rule.operator],
      };
      return;
    }
    case "expression": {
      const format = formats.add("Custom");
      format.custom.rule.formula = withEquals(rule.formula);
      applyStyle(format.custom.format, rule.style);
      return;
    }
    case "colour-scale": {
      const format = formats.add("ColorScale");
      const [first, ...rest] = rule.points;
      const last = rest.pop();
      if (first === undefined || last === undefined) return;
      format.colorScale.criteria = {
        minimum: colourCriterion(first.at, first.colour),
        ...(rest[0] === undefined ? {} : { midpoint: colourCriterion(rest[0].at, rest[0].colour) }),
        maximum: colourCriterion(last.at, last.colour),
      };
      return;
    }
    case "data-bar": {
      const format = formats.add("DataBar");
      format.dataBar.positiveFormat.fillColor = officeColour(rule.colour);
      format.dataBar.lowerBoundRule = barBound(rule.min);
      format.dataBar.upperBoundRule = barBound(rule.max);
      return;
    }
    case "icon-set": {
      const format = formats.add("IconSet");
      format.iconSet.style = iconStyles[rule.iconSet];
      format.iconSet.reverseIconOrder = rule.reverse;
      format.iconSet.showIconOnly = !rule.showValue;
      format.iconSet.criteria = [{}, iconThreshold(rule.thresholds[0]), iconThreshold(rule.thresholds[1])];
      return;
    }
  }
}

/** Queues every rule of a conditional-format spec on its range (ExcelApi 1.6). */
export function queueConditionalFormat(sheet: WorksheetApi, spec: ConditionalFormatSpec): void {
  const address = rangeAddress(spec.range);
  for (const rule of spec.rules) queueRule(sheet, address, rule);
}
