import { isQuestionHeader } from "../../../src/core/audit/isQuestionHeader";

describe("isQuestionHeader", () => {
  it("matches its JSDoc example", () => {
    expect(isQuestionHeader("Concern reported to manager?")).toBe(true);
    expect(isQuestionHeader("Has the resident consented")).toBe(true);
    expect(isQuestionHeader("Checked by")).toBe(false);
    expect(isQuestionHeader("Manager")).toBe(false);
  });

  it("reads a question mark after trailing spaces, and instructions to check", () => {
    expect(isQuestionHeader("Keyworker informed? ")).toBe(true);
    expect(isQuestionHeader("Confirm MAR chart signed")).toBe(true);
    expect(isQuestionHeader("Is")).toBe(false);
    expect(isQuestionHeader("Staff name")).toBe(false);
    expect(isQuestionHeader("")).toBe(false);
  });
});
