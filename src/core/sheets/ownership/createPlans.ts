import type { SheetModel } from "../sheetModel";
import { ownedBlocks } from "./ownedBlocks";
import { ownershipNames } from "./ownershipNames";
import type { SheetWritePlan } from "./sheetWritePlan";

/**
 * Plans that create every model whole, each recording its marker and its blocks: for a workbook of
 * our own (a provider roll-up, or the separate workbook written beside a structure-protected one)
 * and for tests. Runs on a user's workbook take their plans from buildOutputSheets. Pure.
 *
 * @example
 * createPlans([]); // => []
 */
export function createPlans(models: readonly SheetModel[]): SheetWritePlan[] {
  return models.map((model) => ({
    kind: "create",
    model,
    names: [{ name: model.marker.definedName, refersTo: model.marker.refersTo }, ...(model.role === "action-tracker" ? [] : [ownershipNames.blocks(model.role, model.name, ownedBlocks(model))])],
    staleNames: [],
  }));
}
