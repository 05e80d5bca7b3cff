import { looksLikeAuditData } from "../../src/core/audit";
import { sourceDescription } from "../../src/taskpane/components/sourceDescription";
import type { SourceEntry } from "../../src/taskpane/session/workbookSession";
import { auditGrid } from "./fixtures/auditGrid";

const sheet: SourceEntry = { name: "Care record audits", kind: "sheet", sheet: "Care record audits", rowCount: 289, columnCount: 10, hidden: false };

describe("sourceDescription", () => {
  it("gives the whole size and drops the reader's count of preview rows (issue 15: “289 rows × 10 columns … 56 rows”)", () => {
    // The reader's reason for a 59-row preview of the auditGrid fixture ends "; 56 rows." (the rows under its header).
    const preview = auditGrid().values.slice(0, 59);
    const likelihood = looksLikeAuditData(preview);
    expect(likelihood.reason).toMatch(/; 56 rows\.$/);
    const description = sourceDescription(sheet, likelihood, []);
    expect(description.size).toBe("Sheet, 289 rows × 10 columns");
    expect(description.reason).not.toMatch(/\d+ rows/);
    expect(description.reason).toMatch(/dated\.$/);
    expect(description.badge).toBe(true);
  });

  it("drops “over 2000 rows” too, and writes sizes with thousands separators", () => {
    const description = sourceDescription({ ...sheet, rowCount: 100001 }, { suggested: true, reason: "Header in row 1; a score column; dated; over 2000 rows." }, []);
    expect(`${description.size}. ${description.reason}`).toBe("Sheet, 100,001 rows × 10 columns. Header in row 1; a score column; dated.");
  });

  it("says why a suggested sheet is unticked when its table is read instead, without the badge", () => {
    const description = sourceDescription({ ...sheet, name: "Safeguarding checks", sheet: "Safeguarding checks" }, { suggested: true, reason: "Header in row 1; dated; 56 rows." }, ["SafeguardingChecks"]);
    expect(description.reason).toBe("Header in row 1; dated. Read through its table “SafeguardingChecks”, which is ticked, so no row is counted twice.");
    expect(description.badge).toBe(false);
  });

  it("says “1 row” and “1 column” in the singular", () => {
    expect(sourceDescription({ ...sheet, rowCount: 1, columnCount: 1 }, { suggested: false, reason: "The sheet is empty." }, []).size).toBe("Sheet, 1 row × 1 column");
  });
});
