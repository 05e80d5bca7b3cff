import { GROUP_STATUSES, GROUP_STATUS_LABELS } from "../compare/types";
import type { ConditionalRule } from "./sheetModel";
import { STATUS_COLOURS } from "./sheetStyles";

/**
 * One conditional-format rule per group status, colouring a cell by the status label it holds
 * ("Below target" red, "Embedded" green...).
 *
 * @example
 * statusRules().length; // => 6
 */
export function statusRules(): ConditionalRule[] {
  return GROUP_STATUSES.map((status) => ({
    kind: "cell-is",
    operator: "equal",
    formulae: [`"${GROUP_STATUS_LABELS[status]}"`],
    style: { ...STATUS_COLOURS[status], bold: true },
  }));
}
