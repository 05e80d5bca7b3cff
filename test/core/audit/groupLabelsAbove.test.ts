import { groupLabelsAbove } from "../../../src/core/audit/groupLabelsAbove";

describe("groupLabelsAbove", () => {
  it("matches its JSDoc example", () => {
    expect(groupLabelsAbove(["Date", "Care plan", "", "MAR chart", ""], ["", "Signed", "Reviewed", "Signed", "Reviewed"]))
      .toEqual(["Date", "Care plan", "Care plan", "MAR chart", "MAR chart"]);
  });

  it("reads labels over part of the header, with Date and Team in the lower row", () => {
    expect(groupLabelsAbove(["", "", "Care plan", "", "Risk assessment", ""], ["Date", "Team", "Signed", "Reviewed", "Signed", "Reviewed"]))
      .toEqual(["", "", "Care plan", "Care plan", "Risk assessment", "Risk assessment"]);
  });

  it("ends a run at a blank lower cell", () => {
    expect(groupLabelsAbove(["Care plan", "", "", "Notes"], ["Signed", "Reviewed", "", ""]))
      .toEqual(["Care plan", "Care plan", "", "Notes"]);
  });

  it("leaves a title or a note over an ordinary header alone", () => {
    expect(groupLabelsAbove(["Documentation audit 2026"], ["Date", "Team", "Care plan signed", "MAR signed"])).toBeNull();
    expect(groupLabelsAbove(["Documentation audit", "", "", "Target 95%"], ["Date", "Team", "Signed", "Reviewed"])).toBeNull();
  });

  it("is not fooled by a data row under a header with a blank cell", () => {
    expect(groupLabelsAbove(["Team", "Notes", ""], ["Team A", "ok", "more"])).toBeNull();
    expect(groupLabelsAbove(["Date", "Care plan", ""], [46027, "Yes", "No"])).toEqual(null);
  });

  it("gives null for a row of values, and for nothing", () => {
    expect(groupLabelsAbove(["Team A", 0.9, ""], ["", "Signed", "Reviewed"])).toBeNull();
    expect(groupLabelsAbove(undefined, ["Date"])).toBeNull();
  });
});
