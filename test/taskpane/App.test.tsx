/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { WorkbookFileError } from "../../src/xlsx/workbookFileError";
import { auditGrid } from "./fixtures/auditGrid";
import { fakeSession } from "./fixtures/fakeSession";

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
    expect(await screen.findByRole("heading", { name: "Choose the audit data" })).toBeTruthy();
    expect(screen.getByText("Working on audits.xlsx.")).toBeTruthy();
    expect((screen.getByRole("tab", { name: "3 Results" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("says in words why a file could not be opened", async () => {
    const openFile = jest.fn().mockRejectedValue(new WorkbookFileError("not-xlsx", "notes.xlsx is not an Excel workbook (.xlsx). Choose the .xlsx file that holds your audits."));
    const { container } = render(<App mode="browser" openFile={openFile} openSample={jest.fn()} today="31/03/2026" />);
    const input = container.querySelector("input[type=file]") as HTMLInputElement;
    await userEvent.setup({ delay: null }).upload(input, new File(["not a workbook"], "notes.xlsx"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The workbook could not be opened");
    expect(alert.textContent).toContain("notes.xlsx is not an Excel workbook");
  });

  it("follows Office's dark theme", () => {
    render(<App mode="excel" dark />);
    const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText));
    // webDarkTheme's background, set on the provider as a CSS variable.
    expect(rules.some((rule) => rule.includes("--colorNeutralBackground1: #292929"))).toBe(true);
  });
});
