import { withRowHeights, type SheetModel } from "../../../src/core/sheets";

const model = (cells: SheetModel["cells"], extra: Partial<SheetModel> = {}): SheetModel =>
  ({ name: "Assurance Summary", role: "assurance-summary", marker: { name: "m", role: "assurance-summary" }, cells, merges: [], columns: [{ column: 1, width: 20 }], frozen: { rows: 0, columns: 0 }, tables: [], conditionalFormats: [], validations: [], charts: [], tabColour: null, ...extra }) as unknown as SheetModel;

describe("withRowHeights", () => {
  it("gives a wrapped paragraph as many 15-point lines as it needs", () => {
    // 80 characters in a 20-wide column: 19 characters a line (20 x 0.95), so 5 lines of 15 pt
    expect(withRowHeights(model([[{ value: "a ".repeat(40), style: { wrap: true } }]])).rowHeights).toEqual({ 1: 75 });
  });

  it("leaves single-line and unwrapped rows at Excel's default", () => {
    expect(withRowHeights(model([[{ value: "short", style: { wrap: true } }], [{ value: "x".repeat(200) }]])).rowHeights).toEqual({});
  });

  it("counts the width of merged cells together", () => {
    const merged = model([[{ value: "a ".repeat(40), style: { wrap: true } }]], { merges: [{ top: 1, left: 1, bottom: 1, right: 2 }], columns: [{ column: 1, width: 20 }, { column: 2, width: 20 }] });
    // 40 wide together: 38 characters a line, so 3 lines
    expect(withRowHeights(merged).rowHeights).toEqual({ 1: 45 });
  });
});
