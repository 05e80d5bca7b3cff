import { formatCount, formatNumber } from "../../../src/core/values";

describe("formatNumber", () => {
  it("puts commas between thousands, as en-GB writes them", () => {
    expect(formatNumber(100001)).toBe("100,001");
    expect(formatNumber(25125)).toBe("25,125");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(1234567)).toBe("1,234,567");
  });

  it("rounds to a whole number and marks a negative with a minus sign", () => {
    expect(formatNumber(1999.6)).toBe("2,000");
    expect(formatNumber(-4321)).toBe("−4,321");
  });

  it("says n/a for a number that is not finite", () => {
    expect(formatNumber(Number.NaN)).toBe("n/a");
  });
});

describe("formatCount", () => {
  it("uses the singular for one (issue 15: “from 1 records”)", () => {
    expect(formatCount(1, "record")).toBe("1 record");
  });

  it("uses the plural otherwise, with thousands separators (issue 15: “25125 records”)", () => {
    expect(formatCount(0, "record")).toBe("0 records");
    expect(formatCount(25125, "record")).toBe("25,125 records");
  });

  it("takes an irregular plural", () => {
    expect(formatCount(2, "Yes/No question", "Yes/No questions")).toBe("2 Yes/No questions");
    expect(formatCount(1, "sheet written", "sheets written")).toBe("1 sheet written");
  });
});
