/**
 * Task pane tests wait for the analysis to finish. On a loaded 2-core CI machine, with jest's workers
 * running suites side by side, that can take longer than Testing Library's default of one second
 * (CI stop 8 failed that way in WriteStep.test.tsx). A wait is not a timing assertion: it only bounds
 * how long a test looks for something before failing, so it is set generously here, once, for every
 * jsdom suite.
 */
if (typeof document !== "undefined") {
  const { configure } = require("@testing-library/react") as typeof import("@testing-library/react");
  configure({ asyncUtilTimeout: 15000 });
}
