import { parseCliArguments } from "../../src/cli/parseCliArguments";

describe("parseCliArguments", () => {
  it("reads a different target for a named sheet, as the sample's safeguarding checks need (95%)", () => {
    const parsed = parseCliArguments(["analyse", "a.xlsx", "--target", "90", "--target-for", "Safeguarding checks=95", "--target-for", "Falls = 10%"]);
    expect(parsed).toMatchObject({ kind: "request", request: { target: 90, targetsBySource: { "Safeguarding checks": 95, Falls: 10 } } });
  });

  it("says how to write --target-for when it is not a name and a percentage", () => {
    expect(parseCliArguments(["analyse", "a.xlsx", "--target-for", "95"])).toEqual({
      kind: "error",
      message: '--target-for takes a sheet name and a percentage, such as --target-for "Safeguarding checks=95", not "95".',
    });
  });
});
