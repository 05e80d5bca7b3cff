import { matchHeaderRole } from "../../../src/core/audit/matchHeaderRole";

describe("matchHeaderRole", () => {
  it("matches its JSDoc example", () => {
    expect(matchHeaderRole("Audit date")?.role).toBe("date");
    expect(matchHeaderRole("Name of team leader")?.role).toBe("staff");
    expect(matchHeaderRole("% compliant")?.role).toBe("score");
    expect(matchHeaderRole("Entry accurate")).toBeNull();
  });

  it.each([
    ["Date", "date"], ["Week commencing", "date"], ["W/C", "date"], ["Date of audit", "date"],
    ["Month", "period"], ["Wk", "period"], ["Audit month", "period"],
    ["Team", "team"], ["Unit", "team"], ["Ward", "team"], ["Wing", "team"], ["Floor", "team"],
    ["Shift", "shift"], ["Day/Night", "shift"], ["Early/Late/Night", "shift"],
    ["Location", "location"], ["Site", "location"], ["Home", "location"], ["Service", "location"],
    ["Setting", "location"], ["Branch", "location"],
    ["Staff group", "staffGroup"], ["Role", "staffGroup"], ["Grade", "staffGroup"],
    ["Audit type", "auditType"], ["Evidence source", "source"], ["Source", "source"],
    ["Score", "score"], ["%", "score"], ["Compliance", "score"], ["Result", "score"], ["Correct %", "score"],
    ["Passed", "passed"], ["Compliant", "passed"], ["Correct responses", "passed"], ["Correct", "passed"],
    ["Checked", "checked"], ["Sample", "checked"], ["Questions asked", "checked"], ["Questions", "checked"],
    ["Record ID", "recordId"], ["Service user", "recordId"], ["Auditor", "auditor"], ["Completed by", "auditor"],
    ["Staff", "staff"], ["Staff name", "staff"], ["Comments", "comments"], ["Notes", "comments"],
    ["Due date", "ignore"], ["Evidence of completion", "ignore"], ["Target", "ignore"],
  ])("reads %p as %p", (header, role) => {
    expect(matchHeaderRole(header)?.role).toBe(role);
  });

  it("says whether the whole header is the phrase", () => {
    expect(matchHeaderRole("Team")?.exact).toBe(true);
    expect(matchHeaderRole("Care team")?.exact).toBe(true);
    expect(matchHeaderRole("Team (as on rota)")?.exact).toBe(false);
  });

  it("finds nothing in an empty header", () => {
    expect(matchHeaderRole("  ")).toBeNull();
  });
});
