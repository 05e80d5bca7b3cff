/** @jest-environment jsdom */
import { Accordion, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GroupResultItem } from "../../src/taskpane/components/GroupResultItem";
import { oneQuestionShortfall } from "../core/fixtures/beneathTheScore";

function renderGroup(name: string) {
  const group = oneQuestionShortfall().dimensions[0].groups.find((g) => g.name === name)!;
  render(
    <FluentProvider theme={webLightTheme}>
      <Accordion collapsible>
        <GroupResultItem group={group} target={0.9} periodWord="weeks" value={`team:${name}`} />
      </Accordion>
    </FluentProvider>,
  );
}

describe("GroupResultItem", () => {
  it("shows a group's weakest questions when it is opened", async () => {
    renderGroup("Team B");
    await userEvent.setup().click(screen.getByRole("button", { name: /Team B/ }));
    const questions = await screen.findByRole("region", { name: "Team B: weakest questions" });
    // Team B answers "Risk updated" No every time (0 of 16); Teams A and C Yes every time.
    expect(within(questions).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Risk updated: 0% against 100% for the rest of the service, 100% of the gap"]);
    expect(screen.getByText("Team B: 75% overall; all of the gap is 'Risk updated' at 0% against 100% for other teams.")).toBeTruthy();
  });

  it("shows no weakest questions for a group at target", async () => {
    renderGroup("Team A");
    await userEvent.setup().click(screen.getByRole("button", { name: /Team A/ }));
    expect(screen.queryByRole("region", { name: /weakest questions/ })).toBeNull();
  });
});
