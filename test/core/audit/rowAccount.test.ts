import { RowAccount } from "../../../src/core/audit/rowAccount";

describe("RowAccount", () => {
  it("matches its JSDoc example", () => {
    const account = new RowAccount();
    account.use();
    account.leaveOut(3, "blank row");
    expect([account.rowsUsed, account.skipped.length]).toEqual([1, 1]);
    expect(account.skipped).toEqual([{ row: 3, reason: "blank row" }]);
  });
});
