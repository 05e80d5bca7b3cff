import { isNotApplicable } from "../../../src/core/values";

describe("isNotApplicable", () => {
  it("matches its JSDoc example", () => {
    expect(isNotApplicable(" Not applicable ")).toBe(true);
    expect(isNotApplicable("#N/A")).toBe(false);
  });

  it.each([["N/A"], ["NA"], ["n/a"], ["na"], ["N.A."], ["n.a"], ["N / A"], ["Not Applicable"], ["not  applicable"], ["NOT ASSESSED"], ["-"], ["—"]])(
    "reads %p as not applicable",
    (v) => {
      expect(isNotApplicable(v)).toBe(true);
    },
  );

  it("does not read answers, blanks, numbers or errors as not applicable", () => {
    for (const v of ["No", "Not met", "", null, undefined, 0, false, "#N/A", { error: "#N/A" }, "nan", "NAB"]) {
      expect(isNotApplicable(v)).toBe(false);
    }
  });
});
