// Load/sync discipline checked with Microsoft's office-addin-mock: a property read before it is loaded
// comes back as "Error, property was not loaded", and one read before the sync as "Error, context.sync()
// was not called", so a slip shows up as a wrong value in the result.
import { OfficeMockObject } from "office-addin-mock";
import { documentSettingsStore } from "../../src/office/documentSettingsStore";
import type { ExcelContextApi, ExcelRunner } from "../../src/office/excelApi";
import { readSourceGrids } from "../../src/office/readSourceGrids";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";

interface MockContext {
  context: ExcelContextApi & { sync(): Promise<void> };
}

function runnerFor(mock: MockContext, syncs: { count: number }): ExcelRunner {
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs.count += 1;
    await sync();
  };
  return (batch) => batch(mock.context);
}

const tableValues = [
  ["Week", "Location", "Score"],
  [46027, "Oak House", 0.82],
  [46034, "Willow Court", 0.91],
  [46041, "Oak House", 0.88],
];

function tableMock(): MockContext {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        tables: {
          table: {
            worksheet: {
              name: "Scores",
              block1: { values: tableValues.slice(1, 3) },
              block3: { values: tableValues.slice(3) },
              getRangeByIndexes(startRow: number) {
                return (this as unknown as Record<string, unknown>)[`block${startRow - 2}`];
              },
            },
            range: {
              rowIndex: 2,
              columnIndex: 0,
              rowCount: 4,
              columnCount: 3,
              sample: { values: tableValues.slice(0, 1) },
              getCell() {
                return this;
              },
              getEntireRow() {
                return this;
              },
              getResizedRange() {
                return this;
              },
              getIntersectionOrNullObject() {
                return (this as unknown as { sample: unknown }).sample;
              },
            },
            getRange() {
              return (this as unknown as { range: unknown }).range;
            },
          },
          getItem() {
            return (this as unknown as { table: unknown }).table;
          },
        },
      },
    },
  }) as unknown as MockContext & { context: { workbook: { tables: { table: { range: { sample: { isNullObject: boolean } } } } } } };
  // isNullObject needs no load in Office.js; the mock treats every seeded property as loadable.
  mock.context.workbook.tables.table.range.sample.isNullObject = false;
  return mock;
}

describe("readSourceGrids with office-addin-mock", () => {
  it("reads only loaded, synced values: the size and sample first, then the row blocks", async () => {
    const syncs = { count: 0 };
    const grids = await readSourceGrids(runnerFor(tableMock(), syncs), [{ kind: "table", table: "Scores" }], {
      sampleRows: 1,
      rowsPerBlock: 2,
      cellsPerBlock: 1_000,
      payloadBudgetBytes: 80,
    });
    expect(grids).toEqual([{ sheet: "Scores", table: "Scores", firstRow: 3, firstColumn: 1, values: tableValues, file: null }]);
    // One sync for the size and sample, then one per batch of blocks that fits the (tiny) budget.
    expect(syncs.count).toBe(3);
  });
});

describe("OfficeWorkbook.selectCell with office-addin-mock", () => {
  it("activates the sheet, selects the cell and syncs once", async () => {
    const calls: string[] = [];
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              activate() {
                calls.push("activate");
              },
              getRange(address: string) {
                calls.push(`getRange ${address}`);
                return { select: () => calls.push("select") };
              },
            },
            getItem(name: string) {
              calls.push(`getItem ${name}`);
              return (this as unknown as { sheet: unknown }).sheet;
            },
          },
        },
      },
    }) as unknown as MockContext;
    const syncs = { count: 0 };
    await new OfficeWorkbook(runnerFor(mock, syncs)).selectCell("Care record audits", "G17");
    expect(calls).toEqual(["getItem Care record audits", "activate", "getRange G17", "select"]);
    expect(syncs.count).toBe(1);
  });
});

describe("documentSettingsStore with office-addin-mock", () => {
  it("saves the settings in the workbook and reads them back", async () => {
    const stored = new Map<string, unknown>();
    const office = new OfficeMockObject({
      context: {
        document: {
          settings: {
            get: (name: string) => stored.get(name) ?? null,
            set: (name: string, value: unknown) => stored.set(name, value),
            saveAsync: (callback: (result: { status: string }) => void) => callback({ status: "succeeded" }),
          },
        },
      },
    }) as unknown as { context: { document: { settings: Parameters<typeof documentSettingsStore>[0] } } };
    const store = documentSettingsStore(office.context.document.settings);
    expect(store.load()).toBeNull();
    await store.save({ version: 1, target: 90 });
    // The key is in users' saved workbooks: renaming it would forget every saved choice.
    expect(stored.get("cqcRecovery.taskPaneSettings")).toEqual({ version: 1, target: 90 });
    expect(store.load()).toEqual({ version: 1, target: 90 });
  });

  it("rejects with Office's message when the save fails", async () => {
    const store = documentSettingsStore({
      get: () => null,
      set: () => undefined,
      saveAsync: (callback) => callback?.({ status: "failed", error: { message: "The document is read-only." } }),
    });
    await expect(store.save({})).rejects.toThrow("The document is read-only.");
  });
});
