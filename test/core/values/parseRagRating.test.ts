import { parseRagRating, RAG_RATINGS } from "../../../src/core/values/parseRagRating";

describe("parseRagRating", () => {
  it("matches its JSDoc examples", () => {
    expect(parseRagRating(" AMBER ")).toBe("amber");
    expect(parseRagRating("R")).toBeNull();
    expect(parseRagRating("r", { letters: true })).toBe("red");
    expect(RAG_RATINGS.includes("amber")).toBe(true);
  });

  it("reads every colour in words and, on request, letters, ignoring case", () => {
    expect(["Green", "amber", "RED", "Blue"].map((v) => parseRagRating(v))).toEqual(["green", "amber", "red", "blue"]);
    expect(["g", "A", "r", "B"].map((v) => parseRagRating(v, { letters: true }))).toEqual(["green", "amber", "red", "blue"]);
  });

  it("reads nothing else", () => {
    expect([null, 1, true, "", "Yes", "Greenish", "Red zone", "X"].map((v) => parseRagRating(v, { letters: true }))).toEqual([null, null, null, null, null, null, null, null]);
  });
});
