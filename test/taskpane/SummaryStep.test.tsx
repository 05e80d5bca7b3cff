/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SummaryStep } from "../../src/taskpane/components/SummaryStep";
import { auditGrid } from "./fixtures/auditGrid";
import { analyseWithDefaults, renderApp } from "./renderApp";

describe("SummaryStep", () => {
  it("copies the summary and says so", async () => {
    const copy = jest.fn().mockResolvedValue(undefined);
    render(<SummaryStep text={"Assurance Summary\n\nOverall"} copy={copy} onCopyFailed={jest.fn()} />);
    await userEvent.setup({ delay: null }).click(screen.getByRole("button", { name: "Copy summary" }));
    expect(copy).toHaveBeenCalledWith("Assurance Summary\n\nOverall");
    expect((await screen.findByRole("status")).textContent).toBe("Copied to the clipboard.");
  });

  it("shows the Assurance Summary text of the analysis", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    await user.click(screen.getByRole("tab", { name: "5 Summary" }));
    const text = (screen.getByRole("textbox", { name: "Assurance summary text" }) as HTMLTextAreaElement).value;
    expect(text).toMatch(/^Assurance Summary/);
    expect(text).toMatch(/hides Team B/);
    expect(text).toContain("Below target or getting worse");
  });

  it("tells the user how to copy by hand when the browser refuses", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] }, { copyText: () => Promise.reject(new Error("denied")) });
    await analyseWithDefaults(user);
    await user.click(screen.getByRole("tab", { name: "5 Summary" }));
    await user.click(screen.getByRole("button", { name: "Copy summary" }));
    expect((await screen.findByRole("alert")).textContent).toContain("press Ctrl+C");
  });
});
