/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import type { RowsReadListener } from "../../src/taskpane/session/openInWorker";
import { WorkbookFileError } from "../../src/xlsx/workbookFileError";
import { auditGrid } from "./fixtures/auditGrid";
import { fakeAnalysisWorker } from "./fixtures/fakeAnalysisWorker";
import { fakeSession } from "./fixtures/fakeSession";
import { analyseWithDefaults, renderApp } from "./renderApp";

describe("App", () => {
  it("renders the task pane heading inside Excel", () => {
    render(<App mode="excel" />);
    expect(screen.getByRole("heading", { level: 1, name: /compare teams, shifts and locations/i })).toBeTruthy();
    expect(screen.getByText(/audit tables in this workbook/i)).toBeTruthy();
  });

  it("explains the file-based mode in a plain browser", () => {
    render(<App mode="browser" />);
    expect(screen.getByText(/your data stays on this computer/i)).toBeTruthy();
  });

  it("opens the sample workbook in the browser and lists its sheets", async () => {
    const { session } = fakeSession({ mode: "browser", grids: [auditGrid()] });
    const openSample = jest.fn().mockResolvedValue(session);
    render(<App mode="browser" openFile={jest.fn()} openSample={openSample} today="31/03/2026" />);
    await userEvent.setup({ delay: null }).click(screen.getByRole("button", { name: "Try the sample workbook" }));
    const heading = await screen.findByRole("heading", { name: "Choose the audit data" });
    // The header is now one line: the file's name, with the app's name for screen readers.
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Compare teams, shifts and locations: audits.xlsx");
    expect((screen.getByRole("tab", { name: "3 Results" }) as HTMLButtonElement).disabled).toBe(true);
    // The focus goes to the result of opening, not to the page (issue 15).
    expect(document.activeElement).toBe(heading);
  });

  it("shows the opening busy on the button pressed, with its progress beside it", async () => {
    const { session } = fakeSession({ mode: "browser", grids: [auditGrid()] });
    let finish: (opened: typeof session) => void = () => undefined;
    const openSample = jest.fn(() => new Promise<typeof session>((resolve) => (finish = resolve)));
    render(<App mode="browser" openFile={jest.fn()} openSample={openSample} today="31/03/2026" />);
    const sample = screen.getByRole("button", { name: "Try the sample workbook" });
    await userEvent.setup({ delay: null }).click(sample);
    expect(sample.getAttribute("aria-busy")).toBe("true");
    expect(document.activeElement).toBe(sample);
    expect(document.getElementById(sample.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Opening the workbook…");
    expect(screen.getByRole("button", { name: "Open workbook" }).getAttribute("aria-busy")).toBeNull();
    await act(async () => finish(session));
    expect(await screen.findByRole("heading", { name: "Choose the audit data" })).toBeTruthy();
  });

  it("counts the rows read beside the button while a workbook opens", async () => {
    const { session } = fakeSession({ mode: "browser", grids: [auditGrid()] });
    let finish: (opened: typeof session) => void = () => undefined;
    let hear: RowsReadListener = () => undefined;
    const openSample = jest.fn((onRowsRead?: RowsReadListener) => {
      hear = onRowsRead ?? hear;
      return new Promise<typeof session>((resolve) => (finish = resolve));
    });
    render(<App mode="browser" openFile={jest.fn()} openSample={openSample} today="31/03/2026" />);
    const sample = screen.getByRole("button", { name: "Try the sample workbook" });
    await userEvent.setup({ delay: null }).click(sample);
    // The reader reports every 10,000 rows (src/xlsx/read); the page shows the count in words.
    act(() => hear({ sheet: "Care record audits", rowsRead: 20000 }));
    expect(document.getElementById(sample.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Reading “Care record audits”: 20,000 rows");
    await act(async () => finish(session));
    expect(await screen.findByRole("heading", { name: "Choose the audit data" })).toBeTruthy();
  });

  it("keeps the steps in one row of five numbered tabs", async () => {
    await renderApp({ grids: [auditGrid()] });
    expect(screen.getAllByRole("tab")).toHaveLength(5);
    for (const name of ["1 Source", "2 Settings", "3 Results", "4 Write", "5 Summary"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tablist").className).toMatch(/\S/);
  });

  it("says in words why a file could not be opened", async () => {
    const openFile = jest.fn().mockRejectedValue(new WorkbookFileError("not-xlsx", "notes.xlsx is not an Excel workbook (.xlsx). Choose the .xlsx file that holds your audits."));
    const { container } = render(<App mode="browser" openFile={openFile} openSample={jest.fn()} today="31/03/2026" />);
    const input = container.querySelector("input[type=file]") as HTMLInputElement;
    await userEvent.setup({ delay: null }).upload(input, new File(["not a workbook"], "notes.xlsx"));
    const alert = await screen.findByRole("alert");
    expect(document.activeElement).toBe(alert);
    expect(alert.textContent).toContain("The workbook could not be opened");
    expect(alert.textContent).toContain("notes.xlsx is not an Excel workbook");
  });

  it("analyses on the page when it is given no worker", async () => {
    const { user, container } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    expect(screen.getByRole("region", { name: "Team comparison for Care record audits" })).toBeTruthy();
    expect(container.querySelector("main")?.getAttribute("data-analysis-thread")).toBe("page");
  });

  it("analyses in the worker it is given, and stops it afterwards", async () => {
    const { worker, record } = fakeAnalysisWorker();
    const { user, container } = await renderApp({ grids: [auditGrid()] }, { createAnalysisWorker: () => worker });
    await analyseWithDefaults(user);
    expect(within(screen.getByRole("region", { name: "Team comparison for Care record audits" })).getByRole("button", { name: /Team B/ }).textContent).toContain("Below target");
    expect(container.querySelector("main")?.getAttribute("data-analysis-thread")).toBe("worker");
    expect(record.requests.map((request) => request.options.chosen)).toEqual([["Care record audits"]]);
    expect(record.terminated).toBe(true);
  });

  it("analyses on the page when the worker fails to start", async () => {
    const { worker } = fakeAnalysisWorker({ kind: "fail-to-start" });
    const { user, container } = await renderApp({ grids: [auditGrid()] }, { createAnalysisWorker: () => worker });
    await analyseWithDefaults(user);
    expect(container.querySelector("main")?.getAttribute("data-analysis-thread")).toBe("page");
  });

  it("shows an error the worker reports in the message bar", async () => {
    const { worker } = fakeAnalysisWorker({ kind: "reply", response: { kind: "failure", failure: { name: "RangeError", message: "too many groups" } } });
    const { user } = await renderApp({ grids: [auditGrid()] }, { createAnalysisWorker: () => worker });
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The comparison could not be made");
    expect(alert.textContent).toContain("(too many groups)");
  });

  it("follows Office's dark theme", () => {
    render(<App mode="excel" dark />);
    const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText));
    // webDarkTheme's background, set on the provider as a CSS variable.
    expect(rules.some((rule) => rule.includes("--colorNeutralBackground1: #292929"))).toBe(true);
  });
});
