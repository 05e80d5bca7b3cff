import { DEFAULT_PARTIAL_ANSWER_RULE, PARTIAL_ANSWER_RULE_WORDS, PARTIAL_ANSWER_RULES } from "../../../src/core/audit";

describe("PARTIAL_ANSWER_RULES", () => {
  it("matches its JSDoc example", () => {
    expect(PARTIAL_ANSWER_RULES.includes("half")).toBe(true);
  });
});

describe("DEFAULT_PARTIAL_ANSWER_RULE", () => {
  it("matches its JSDoc example: not met, as compliance audits score it", () => {
    expect(DEFAULT_PARTIAL_ANSWER_RULE).toBe("not-met");
  });
});

describe("PARTIAL_ANSWER_RULE_WORDS", () => {
  it("matches its JSDoc example and words every rule", () => {
    expect(PARTIAL_ANSWER_RULE_WORDS["left-out"]).toBe("left out, like N/A");
    for (const rule of PARTIAL_ANSWER_RULES) expect(PARTIAL_ANSWER_RULE_WORDS[rule]).not.toBe("");
  });
});
