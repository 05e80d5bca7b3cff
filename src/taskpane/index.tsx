// Composition root: the only place that waits for Office and decides which adapters the task pane uses.
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { detectHost } from "./officeHost";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void detectHost().then((mode) => {
    root.render(<App mode={mode} />);
  });
}
