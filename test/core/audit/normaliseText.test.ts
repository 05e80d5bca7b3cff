import { normaliseText } from "../../../src/core/audit/normaliseText";

describe("normaliseText", () => {
  it("matches its JSDoc example", () => {
    expect(normaliseText("  Day/Night shift: ")).toBe("day / night shift");
    expect(normaliseText("People's feedback")).toBe("peoples feedback");
  });

  it("keeps percent signs and reads ampersands as 'and'", () => {
    expect(normaliseText("Score (%)")).toBe("score %");
    expect(normaliseText("Care & support")).toBe("care and support");
  });

  it("spaces out the slash of w/c", () => {
    expect(normaliseText("W/C")).toBe("w / c");
  });
});
