/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { WorkbookAccessError } from "../../src/office/workbookAccessError";
import { auditGrid } from "./fixtures/auditGrid";
import { analyseWithDefaults, renderApp } from "./renderApp";

async function toWriteStep(options: Parameters<typeof renderApp>[0]) {
  const rendered = await renderApp(options);
  await analyseWithDefaults(rendered.user);
  await rendered.user.click(screen.getByRole("button", { name: "Next: write the sheets" }));
  await screen.findByRole("heading", { name: "Write the sheets" });
  return rendered;
}

describe("WriteStep", () => {
  it("lists the four sheets it will write", async () => {
    await toWriteStep({ grids: [auditGrid()] });
    for (const name of ["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]) expect(screen.getByText(name)).toBeTruthy();
  });

  it("writes with a progress bar, announces the end and links to each sheet", async () => {
    const { user, record } = await toWriteStep({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: "Write the four sheets" }));
    const write = screen.getByRole("button", { name: "Write the four sheets" });
    expect(write.getAttribute("aria-busy")).toBe("true");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(document.getElementById(write.getAttribute("aria-describedby") ?? "")?.textContent).toContain("Writing the sheets (1 of 2 steps)");
    const done = await screen.findByRole("heading", { name: "4 sheets written" });
    // The focus moves to what was written, never to the page.
    expect(document.activeElement).toBe(done);
    expect(record.written).toHaveLength(1);
    expect(record.written[0].map((model) => model.name)).toEqual(["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]);
    const links = within(screen.getByRole("list", { name: "Sheets written" })).getAllByRole("button");
    await user.click(links[1]);
    expect(record.shownSheets).toEqual(["Action Tracker"]);
  });

  it("writes beside a sheet the user made with the same name", async () => {
    const { user, record } = await toWriteStep({
      grids: [auditGrid()],
      existingSheets: [
        { name: "Care record audits", ownedByAddin: false, role: null, protected: false },
        { name: "Action Tracker", ownedByAddin: false, role: null, protected: false },
      ],
    });
    await user.click(screen.getByRole("button", { name: "Write the four sheets" }));
    await screen.findByRole("heading", { name: "4 sheets written" });
    expect(record.written[0][1].name).toBe("Action Tracker (CQC)");
  });

  it("explains a failed write in words and says nothing was left half-written", async () => {
    const { user } = await toWriteStep({ grids: [auditGrid()], failWrite: new WorkbookAccessError("write-failed", "Excel could not write the sheets: GeneralException") });
    await user.click(screen.getByRole("button", { name: "Write the four sheets" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The sheets were not written");
    expect(alert.textContent).toContain("your workbook is as it was");
    expect(alert.textContent).not.toContain("GeneralException");
  });

  it("offers the download in the browser once the sheets are ready", async () => {
    const saveFile = jest.fn();
    const rendered = await renderApp({ mode: "browser", grids: [auditGrid()] }, { saveFile });
    await analyseWithDefaults(rendered.user);
    await rendered.user.click(screen.getByRole("button", { name: "Next: write the sheets" }));
    await rendered.user.click(screen.getByRole("button", { name: "Write the four sheets" }));
    await rendered.user.click(await screen.findByRole("button", { name: "Download updated workbook" }));
    expect(saveFile).toHaveBeenCalledWith(expect.any(Blob), "audits.assured.xlsx");
  });
});
