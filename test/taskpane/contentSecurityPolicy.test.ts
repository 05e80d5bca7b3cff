// Personal data stays in the workbook: the task pane page may reach no network destination but
// Office's own (office.js from Microsoft's CDN). This reads the policy the page ships with.
import { readFileSync } from "node:fs";
import path from "node:path";

const html = readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
const directives = new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((parts) => parts[0]).map(([name, ...sources]) => [name, sources]));
const officeHosts = /^https:\/\/(appsforoffice\.microsoft\.com|\*\.officeapps\.live\.com)$/;

describe("the task pane's Content Security Policy", () => {
  it("is set on the page", () => {
    expect(policy).not.toBe("");
  });

  it("defaults to the add-in's own origin", () => {
    expect(directives.get("default-src")).toEqual(["'self'"]);
  });

  it("lets scripts and connections reach only the add-in and Office", () => {
    for (const name of ["script-src", "connect-src"]) {
      for (const source of directives.get(name) ?? []) expect([name, source === "'self'" || officeHosts.test(source)]).toEqual([name, true]);
    }
  });

  it("lets the analysis worker start only from the add-in's own origin", () => {
    expect(directives.get("worker-src")).toEqual(["'self'"]);
  });

  it("allows no other network destination in any directive", () => {
    const remote = [...directives.values()].flat().filter((source) => /^https?:|^\*|^wss?:/.test(source));
    expect(remote.every((source) => officeHosts.test(source))).toBe(true);
  });

  it("allows no plug-ins, no other base URL and no form posts", () => {
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(directives.get("form-action")).toEqual(["'none'"]);
  });
});
