import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, type AppProps } from "../../src/taskpane/components/App";
import { fakeSession, type FakeSessionOptions } from "./fixtures/fakeSession";

/** Renders the task pane over a fake session and waits until its sources are listed. */
export async function renderApp(options: FakeSessionOptions, props: Partial<AppProps> = {}) {
  const { session, record } = fakeSession(options);
  const user = userEvent.setup({ delay: null });
  const view = render(<App mode={session.mode} session={session} today="31/03/2026" {...props} />);
  await screen.findByRole("heading", { name: "Choose the audit data" });
  return { ...view, user, session, record };
}

/** From the Source step to the Results step with the default settings. */
export async function analyseWithDefaults(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Next: settings" }));
  await user.click(screen.getByRole("button", { name: "Analyse" }));
  await screen.findByRole("heading", { name: "Results" });
}
