import { RowAccount } from "../../../src/core/audit/rowAccount";

describe("RowAccount", () => {
  it("matches its JSDoc example", () => {
    const account = new RowAccount();
    account.use();
    account.leaveOut(3, "blank row");
    expect([account.rowsUsed, account.skipped.length]).toEqual([1, 1]);
    expect(account.skipped).toEqual([{ row: 3, reason: "blank row" }]);
  });

  it("moves a row counted as used to the rows left out when its records are set aside", () => {
    const account = new RowAccount();
    account.use();
    account.use();
    account.setAside(5, "row dated after the review date 31/03/2026");
    expect([account.rowsUsed, account.skipped]).toEqual([1, [{ row: 5, reason: "row dated after the review date 31/03/2026" }]]);
  });
});
