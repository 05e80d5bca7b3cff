/**
 * What the sample workbook `assets/samples/recovery-audits.xlsx` is meant to show, as data that tests
 * can assert: where each sheet's header is, which groups are weak, improving or strong in each of the
 * article's three situations, and the data-entry slips a reader must report (each on a known cell).
 *
 * The generator (`scripts/makeSampleWorkbook.ts`) reads this file for the period, the as-of date, the
 * seed and the glitch cells, so the workbook and this description cannot drift apart silently: the
 * tests in `test/scripts/sampleWorkbook.test.ts` re-read the committed file and check it against this.
 *
 * Conventions: rows are the spreadsheet's own 1-based row numbers; dates are ISO text (yyyy-mm-dd) so
 * the object serialises cleanly; rates are proportions (0-1) whatever the sheet's own units.
 *
 * Measured by `npx ts-node --transpile-only scripts/makeSampleWorkbook.ts` (pooled rates as the reader
 * reads the glitches: an unreadable answer left out on its own, the row without a team left out;
 * proportions):
 *
 *   Care record audits (284 of 285 rows; 11 N/A items):
 *     service 0.9097 | Team A 0.9298, Team B 0.7817, Team C 0.9573, Team D 0.9627
 *     by fortnight: Team A 0.796 0.878 0.964 0.983 0.954 0.983; Team B 0.776 0.785 0.771 0.782 0.800 0.780
 *                   Team C 0.957 0.960 0.939 0.969 0.954 0.962; Team D 0.957 0.967 0.963 0.948 0.971 0.969
 *   Safeguarding checks (105 checks): service 0.9048
 *     by staff group: Senior carer 0.9826, Care staff (established) 0.9435, New starter (<6 months) 0.8060
 *     by shift: Day 0.9384, Night 0.8605
 *     group x shift: Senior Day 0.983 / Night 0.983; Established Day 0.982 / Night 0.885;
 *                    New starter Day 0.850 / Night 0.750
 *     first / last five weeks: Senior 0.983 / 0.983; Established 0.937 / 0.950; New starter 0.771 / 0.838
 *   Location recovery (mean score across sources and weeks, as a proportion):
 *     Maple House 0.9117 (first four weeks 0.8450, last four 0.9590)
 *     Birch Court 0.7661 (first four weeks 0.7205, last four 0.8080)
 *     Birch Court last four weeks by source: Medicines 0.815, Care records 0.900, People's feedback 0.728,
 *                                            Incidents reviewed 0.823, Staff practice observation 0.775
 */

/** The sheets of the workbook, in tab order. */
export const SAMPLE_SHEET_NAMES = [
  "Read me",
  "Care record audits",
  "Safeguarding checks",
  "Location recovery",
  "Actions",
] as const;
export type SampleSheetName = (typeof SAMPLE_SHEET_NAMES)[number];

/** How the rows of a sheet are laid out, in the terms of the reader (issue 4). */
export type SampleLayout = "notes" | "item-columns" | "one-row-per-check" | "wide-weekly" | "action-plan";

export interface SampleSheetExpectation {
  name: SampleSheetName;
  layout: SampleLayout;
  /** Whether the sheet holds audit evidence the analysis should read. */
  auditData: boolean;
  /** The row of column headers, or null for a sheet of notes. */
  headerRow: number | null;
  firstDataRow: number | null;
  lastDataRow: number | null;
  /** The header text of each column, left to right (wide trackers: the fixed columns only). */
  headers: readonly string[];
  /** Rows between the first and last data row that are not data (totals, averages, blank separators). */
  nonDataRows: readonly { row: number; kind: "average" | "blank"; label: string }[];
  /** The Excel table over the data, if the sheet has one. */
  tableName: string | null;
  /** True for the user's own sheets, which the add-in must never overwrite. */
  userOwned: boolean;
}

export interface SampleComparisonExpectation {
  sheet: SampleSheetName;
  dimension: "team" | "staffGroup" | "shift" | "location";
  /** The header of the column that holds the groups. */
  groupColumn: string;
  measure: string;
  /** The scores' own units on the sheet. */
  scoreUnits: "yes-no-items" | "proportion" | "percent";
  target: number;
  /** Groups below target over the period, which the analysis must flag. */
  weak: readonly string[];
  /** Groups that started below target and reach it by the end of the period. */
  improving: readonly string[];
  /** Groups at or above target throughout. */
  strong: readonly string[];
  /** Groups around the target, neither clearly weak nor clearly strong. */
  nearTarget: readonly string[];
  /** Pooled rate of every weak group is below this. */
  weakPooledRateBelow: number;
  /** The service's pooled rate, when the point of the sheet is that the average hides a group. */
  servicePooledRateAtLeast: number | null;
  /** True when the service meets the target while a weak group does not. */
  hiddenByAverage: boolean;
}

export type SampleGlitchKind = "error-value" | "unreadable-answer" | "blank-group";

export interface SampleGlitch {
  sheet: SampleSheetName;
  row: number;
  column: string;
  columnLetter: string;
  kind: SampleGlitchKind;
  /** The cell's content: an Excel error code, the mistyped text, or null for a blank. */
  value: string | null;
  /** What the reader should do with the row. */
  readerShould: string;
}

export interface SampleBlankCell {
  sheet: SampleSheetName;
  row: number;
  column: string;
  columnLetter: string;
  /** Why it is blank (written as a cell note in the workbook). */
  note: string;
}

export interface SampleEvidenceMismatch {
  sheet: SampleSheetName;
  group: string;
  /** Evidence source at or near target over the last four weeks. */
  onTarget: string;
  /** Evidence source well below target over the same weeks. */
  wellBelow: string;
}

export const SAMPLE_EXPECTATIONS = {
  file: "assets/samples/recovery-audits.xlsx",
  provider: "Oakfield Care Group",
  /** The PRNG seed; change it and every number and glitch row below must be re-checked. */
  seed: 20260105,
  /** Twelve weeks, Monday to Friday of the last week. */
  period: { firstDay: "2026-01-05", lastDay: "2026-03-27", weeks: 12 },
  /**
   * The documented as-of date for analysis (the core never reads the clock). The safeguarding checks
   * run for ten weeks and end on 13/03/2026, 18 days earlier: more than two weekly periods, so every
   * output says their data is out of date (issue 13). It is also a day after the twelve-week deadline
   * (30/03/2026): a group not at target is "Off track", never "on track before the deadline", so Care
   * staff (established), near the 95% target, reads Fragile (it read Improving while the deadline was
   * still ahead); the documented weak, improving and strong groups are unchanged.
   */
  asOf: "2026-03-31",
  targets: { careRecords: 0.9, safeguarding: 0.95, locationRecovery: 0.9 },
  sheets: [
    {
      name: "Read me",
      layout: "notes",
      auditData: false,
      headerRow: null,
      firstDataRow: null,
      lastDataRow: null,
      headers: [],
      nonDataRows: [],
      tableName: null,
      userOwned: true,
    },
    {
      name: "Care record audits",
      layout: "item-columns",
      auditData: true,
      headerRow: 4,
      firstDataRow: 5,
      lastDataRow: 289,
      headers: [
        "Audit date",
        "Team",
        "Record ID",
        "Auditor",
        "Entry accurate",
        "Personalised (not generic)",
        "Risk updated",
        "Care plan aligned",
        "Signed and dated",
        "Comments",
      ],
      nonDataRows: [],
      tableName: null,
      userOwned: true,
    },
    {
      name: "Safeguarding checks",
      layout: "one-row-per-check",
      auditData: true,
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow: 106,
      headers: ["Date", "Staff group", "Shift", "Staff", "Scenario", "Correct responses", "Questions asked", "Score"],
      nonDataRows: [],
      tableName: "SafeguardingChecks",
      userOwned: true,
    },
    {
      name: "Location recovery",
      layout: "wide-weekly",
      auditData: true,
      headerRow: 2,
      firstDataRow: 3,
      lastDataRow: 15,
      headers: ["Location", "Evidence source"],
      nonDataRows: [
        { row: 8, kind: "average", label: "Average" },
        { row: 9, kind: "blank", label: "" },
        { row: 15, kind: "average", label: "Average" },
      ],
      tableName: null,
      userOwned: true,
    },
    {
      name: "Actions",
      layout: "action-plan",
      auditData: false,
      headerRow: 3,
      firstDataRow: 4,
      lastDataRow: 13,
      headers: [
        "Ref",
        "Area",
        "Finding",
        "Action",
        "Owner role",
        "Due date",
        "Review date",
        "Status",
        "RAG",
        "Evidence of completion",
        "Date closed",
      ],
      nonDataRows: [],
      tableName: null,
      userOwned: true,
    },
  ] satisfies readonly SampleSheetExpectation[],
  /**
   * Wide tracker details: twelve week columns, C to N, whose header cells are real dates (the Monday
   * of each week) shown as "w/c dd/mm/yyyy"; scores are percentages 0-100.
   */
  weeklyColumns: { sheet: "Location recovery", first: "C", last: "N", headerNumberFormat: '"w/c "dd/mm/yyyy' },
  comparisons: [
    {
      sheet: "Care record audits",
      dimension: "team",
      groupColumn: "Team",
      measure: "pooled item pass rate, Yes / (Yes + No), N/A excluded",
      scoreUnits: "yes-no-items",
      target: 0.9,
      weak: ["Team B"],
      improving: ["Team A"],
      strong: ["Team C", "Team D"],
      nearTarget: [],
      weakPooledRateBelow: 0.82,
      servicePooledRateAtLeast: 0.9,
      hiddenByAverage: true,
    },
    {
      sheet: "Safeguarding checks",
      dimension: "staffGroup",
      groupColumn: "Staff group",
      measure: "correct responses / questions asked",
      scoreUnits: "proportion",
      target: 0.95,
      weak: ["New starter (<6 months)"],
      improving: [],
      strong: ["Senior carer"],
      nearTarget: ["Care staff (established)"],
      weakPooledRateBelow: 0.85,
      servicePooledRateAtLeast: null,
      hiddenByAverage: false,
    },
    {
      sheet: "Safeguarding checks",
      dimension: "shift",
      groupColumn: "Shift",
      measure: "correct responses / questions asked",
      scoreUnits: "proportion",
      target: 0.95,
      weak: ["Night"],
      improving: [],
      strong: [],
      nearTarget: ["Day"],
      weakPooledRateBelow: 0.9,
      servicePooledRateAtLeast: null,
      hiddenByAverage: false,
    },
    {
      sheet: "Location recovery",
      dimension: "location",
      groupColumn: "Location",
      measure: "mean weekly evidence score across sources",
      scoreUnits: "percent",
      target: 0.9,
      weak: ["Birch Court"],
      improving: ["Maple House"],
      strong: [],
      nearTarget: [],
      weakPooledRateBelow: 0.82,
      servicePooledRateAtLeast: null,
      hiddenByAverage: false,
    },
  ] satisfies readonly SampleComparisonExpectation[],
  /** Within the location tracker, the article's "people's feedback not matching records". */
  evidenceMismatches: [
    { sheet: "Location recovery", group: "Birch Court", onTarget: "Care records audit", wellBelow: "People's feedback" },
  ] satisfies readonly SampleEvidenceMismatch[],
  /** Data-entry slips left in the audit log, as real logs have them; each must become a reader problem. */
  glitches: [
    {
      sheet: "Care record audits",
      row: 61,
      column: "Risk updated",
      columnLetter: "G",
      kind: "error-value",
      value: "#N/A",
      readerShould: "report sheet, row and column, and leave that answer out (the row's other answers are used)",
    },
    {
      sheet: "Care record audits",
      row: 137,
      column: "Signed and dated",
      columnLetter: "I",
      kind: "unreadable-answer",
      value: "Yes?",
      readerShould: "report sheet, row and column, and leave that answer out (never guess Yes); the row's other answers are used",
    },
    {
      sheet: "Care record audits",
      row: 214,
      column: "Team",
      columnLetter: "B",
      kind: "blank-group",
      value: null,
      readerShould: "report that the row has no team; leave it out of the team comparison",
    },
  ] satisfies readonly SampleGlitch[],
  /** Blank cells inside the data that are not errors: the reader skips them without a problem. */
  blankCells: [
    {
      sheet: "Location recovery",
      row: 14,
      column: "w/c 16/02/2026",
      columnLetter: "I",
      note: "Not completed: observer on leave",
    },
  ] satisfies readonly SampleBlankCell[],
  /**
   * The script's measurements (see the comment at the top), rounded to four places, so a test can
   * notice when a change to the generator moves the numbers the product's demo rests on.
   */
  measured: {
    careRecords: {
      rowsWithoutGlitch: 284,
      service: 0.9097,
      byTeam: { "Team A": 0.9298, "Team B": 0.7817, "Team C": 0.9573, "Team D": 0.9627 },
    },
    safeguarding: {
      checks: 105,
      service: 0.9048,
      byStaffGroup: { "Senior carer": 0.9826, "Care staff (established)": 0.9435, "New starter (<6 months)": 0.806 },
      byShift: { Day: 0.9384, Night: 0.8605 },
    },
    locations: {
      byLocation: { "Maple House": 0.9117, "Birch Court": 0.7661 },
      firstFourWeeks: { "Maple House": 0.845, "Birch Court": 0.7205 },
      lastFourWeeks: { "Maple House": 0.959, "Birch Court": 0.808 },
    },
  },
  /** The sheet the add-in must never write to. */
  neverOverwrite: ["Actions"] as readonly SampleSheetName[],
  /** Overdue or carried-forward actions (as at the as-of date) in the provider's action plan. */
  overdueActions: [
    { reference: "AP-04", area: "Birch Court", status: "Carried forward" },
    { reference: "AP-05", area: "Birch Court", status: "Overdue" },
  ],
} as const;
