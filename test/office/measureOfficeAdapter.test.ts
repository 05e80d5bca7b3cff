import { measureOfficeAdapter } from "./measureOfficeAdapter";

describe("measureOfficeAdapter", () => {
  it("reports the syncs and payloads of read + full write on 100,000 rows within the targets", async () => {
    const measure = await measureOfficeAdapter(100_000, 20);
    expect(measure.syncs).toEqual({ list: 1, read: 4, readOwnSheet: 1, write: 3, total: 9 });
    expect(Math.max(measure.largestRequestBytes, measure.largestResponseBytes)).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
