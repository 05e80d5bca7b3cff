import { parseGroupHeading } from "../../../src/core/audit";

describe("parseGroupHeading", () => {
  it("matches its JSDoc example", () => {
    expect(parseGroupHeading(["Team: Oak Unit", null, null])).toEqual({ role: "team", name: "Oak Unit", label: "Team" });
    expect(parseGroupHeading(["Location", "Rose House"])).toEqual({ role: "location", name: "Rose House", label: "Location" });
    expect(parseGroupHeading(["Team A", 0.9])).toBeNull();
  });

  it("reads a label with a colon in its own cell and the name beside it", () => {
    expect(parseGroupHeading([null, "Shift:", "Night"])).toEqual({ role: "shift", name: "Night", label: "Shift" });
  });

  it.each([
    [["Team: please complete every Friday before the handover meeting with the manager"]],
    [["Notes: see the read-me"]],
    [["Team", "Score", "Date"]],
    [["Team: All teams"]],
    [["Care record audit 2026"]],
    [[]],
  ])("is not a heading: %p", (row) => {
    expect(parseGroupHeading(row)).toBeNull();
  });
});
