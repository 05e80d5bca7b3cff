/**
 * What the core needs to know about a sheet already in the workbook. The same shape as the app's
 * `ExistingSheet` port type, declared here because the core may not import from src/app.
 *
 * @example
 * const userSheet: ExistingSheetInfo = { name: "Action Tracker", ownedByAddin: false, role: null, protected: false };
 */
export interface ExistingSheetInfo {
  name: string;
  ownedByAddin: boolean;
  role: string | null;
  protected: boolean;
}
