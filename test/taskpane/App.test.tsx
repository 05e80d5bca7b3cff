/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";

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
});
