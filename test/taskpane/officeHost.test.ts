import { watchHost, type HostMode, type OfficeGlobal } from "../../src/taskpane/officeHost";

const excelHost = "Excel";

/** An office.js whose onReady answers only when the test says so, as a slow cold start does. */
function slowOffice(): { office: OfficeGlobal; answer(host: unknown): void } {
  const callbacks: ((info: { host: unknown }) => void)[] = [];
  return {
    office: { HostType: { Excel: excelHost }, onReady: (callback) => callbacks.push(callback) },
    answer: (host) => callbacks.forEach((callback) => callback({ host })),
  };
}

describe("watchHost", () => {
  it("answers browser at once when office.js did not load", () => {
    const modes: HostMode[] = [];
    watchHost({}, (mode) => modes.push(mode));
    expect(modes).toEqual(["browser"]);
  });

  it("answers browser at once when the office.js script fired its error event", () => {
    const modes: HostMode[] = [];
    watchHost({ Office: slowOffice().office, cqcOfficeScriptFailed: true }, (mode) => modes.push(mode));
    expect(modes).toEqual(["browser"]);
  });

  it("waits for onReady however long Excel takes, and answers excel when it comes", async () => {
    jest.useFakeTimers();
    try {
      const { office, answer } = slowOffice();
      const modes: HostMode[] = [];
      watchHost({ Office: office }, (mode) => modes.push(mode));
      // A minute of cold start: the old detection gave up after 4 s and stayed in browser mode.
      await jest.advanceTimersByTimeAsync(60_000);
      expect(modes).toEqual([]);
      answer(excelHost);
      expect(modes).toEqual(["excel"]);
    } finally {
      jest.useRealTimers();
    }
  });

  it("answers browser when office.js reports no host (a plain browser)", () => {
    const { office, answer } = slowOffice();
    const modes: HostMode[] = [];
    watchHost({ Office: office }, (mode) => modes.push(mode));
    answer(null);
    expect(modes).toEqual(["browser"]);
  });
});
