import { isAfterDay } from "../../../src/core/values";

describe("isAfterDay", () => {
  it("matches its JSDoc example", () => {
    expect([isAfterDay(46112.99, 46112), isAfterDay(46113, 46112), isAfterDay(46113, 46112.5)]).toEqual([false, true, true]);
  });

  it("keeps the whole review day and nothing from the next", () => {
    // 31/03/2026 is Excel serial 46112 (=DATE(2026,3,31)); 01/04/2026 is 46113.
    expect([isAfterDay(46111, 46112), isAfterDay(46112, 46112), isAfterDay(46112.999, 46112)]).toEqual([false, false, false]);
    expect([isAfterDay(46113, 46112), isAfterDay(46113.25, 46112), isAfterDay(46120, 46112)]).toEqual([true, true, true]);
  });
});
