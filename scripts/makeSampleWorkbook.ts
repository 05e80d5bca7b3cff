/**
 * Writes the sample workbook `assets/samples/recovery-audits.xlsx`, the product's embedded default:
 * a fictional provider's audit workbook covering the article's three situations (care records by
 * team, safeguarding confidence by staff group and shift, recovery by location) plus its own action
 * plan. Deterministic: seeded random numbers, fixed document properties and fixed zip timestamps, so
 * the same code always writes the same bytes.
 *
 * Run: npx ts-node --transpile-only scripts/makeSampleWorkbook.ts
 * What the workbook is meant to show is documented, as data, in scripts/sample/sampleExpectations.ts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

import ExcelJS from "exceljs";

import { buildActionPlan } from "./sample/actionPlan";
import { parseIsoDate } from "./sample/calendarDate";
import { buildCareRecordAudits, type CareRecordAudit } from "./sample/careRecordAudits";
import { buildLocationRecovery, type LocationEvidenceRow } from "./sample/locationRecovery";
import { normaliseZipTimestamps } from "./sample/normaliseZipTimestamps";
import { buildSafeguardingChecks, type SafeguardingCheck } from "./sample/safeguardingChecks";
import { SAMPLE_EXPECTATIONS } from "./sample/sampleExpectations";
import { seededRandom } from "./sample/seededRandom";
import { summariseSample, type SampleSummary } from "./sample/summariseSample";
import { writeActionsSheet } from "./sample/writeActionsSheet";
import { writeCareRecordAuditsSheet } from "./sample/writeCareRecordAuditsSheet";
import { writeLocationRecoverySheet } from "./sample/writeLocationRecoverySheet";
import { writeReadMeSheet } from "./sample/writeReadMeSheet";
import { writeSafeguardingChecksSheet } from "./sample/writeSafeguardingChecksSheet";

/** Fixed document properties: a clock reading here would make every run differ. */
const documentCreated = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));
const documentModified = new Date(Date.UTC(2026, 2, 27, 17, 0, 0));
const careRecordHeaderRow = 4;

interface SampleData {
  audits: CareRecordAudit[];
  checks: SafeguardingCheck[];
  locations: LocationEvidenceRow[];
}

/** The generated rows of every sheet. Each sheet draws from its own seeded stream, so tuning one leaves the others alone. */
function buildSampleData(): SampleData {
  const periodStart = parseIsoDate(SAMPLE_EXPECTATIONS.period.firstDay);
  return {
    audits: buildCareRecordAudits(periodStart, seededRandom(SAMPLE_EXPECTATIONS.seed + 1)),
    checks: buildSafeguardingChecks(periodStart, seededRandom(SAMPLE_EXPECTATIONS.seed + 2)),
    locations: buildLocationRecovery(seededRandom(SAMPLE_EXPECTATIONS.seed + 3)),
  };
}

/** Builds the sample workbook in memory. Pure apart from allocating: no clock, no Math.random, no files. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const periodStart = parseIsoDate(SAMPLE_EXPECTATIONS.period.firstDay);
  const data = buildSampleData();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Oakfield Care Group quality team";
  workbook.lastModifiedBy = "Quality lead (JL)";
  workbook.company = SAMPLE_EXPECTATIONS.provider;
  workbook.title = "Recovery assurance audits";
  workbook.created = documentCreated;
  workbook.modified = documentModified;
  workbook.calcProperties.fullCalcOnLoad = true;
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: 0, visibility: "visible" }];

  writeReadMeSheet(workbook);
  writeCareRecordAuditsSheet(workbook, data.audits);
  writeSafeguardingChecksSheet(workbook, data.checks);
  writeLocationRecoverySheet(workbook, data.locations, periodStart);
  writeActionsSheet(workbook, buildActionPlan());
  return workbook;
}

/** The workbook as .xlsx bytes, identical on every run. */
export async function sampleWorkbookBuffer(): Promise<Buffer> {
  const written = await buildSampleWorkbook().xlsx.writeBuffer();
  return normaliseZipTimestamps(Buffer.from(written as ArrayBuffer), documentModified);
}

/** Writes the workbook to `path`, creating its folder. */
export async function writeSampleWorkbook(path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await sampleWorkbookBuffer());
}

/**
 * Pooled rates per group over the generated data, treating the glitches as the reader does: an
 * unreadable answer is left out on its own, a row without a team is left out whole.
 */
export function measureSample(): SampleSummary {
  const data = buildSampleData();
  const glitches = new Map(
    SAMPLE_EXPECTATIONS.glitches
      .filter((glitch) => glitch.sheet === "Care record audits")
      .map((glitch) => [glitch.row - careRecordHeaderRow - 1, glitch.kind === "blank-group" ? null : glitch.column] as const),
  );
  return summariseSample(parseIsoDate(SAMPLE_EXPECTATIONS.period.firstDay), data.audits, glitches, data.checks, data.locations);
}

function formatRates(rates: Record<string, number | number[]>): string {
  return Object.entries(rates)
    .map(([group, rate]) => `${group} ${Array.isArray(rate) ? rate.map((value) => value.toFixed(3)).join("/") : rate.toFixed(4)}`)
    .join(", ");
}

async function main(): Promise<void> {
  const path = resolve(__dirname, "..", SAMPLE_EXPECTATIONS.file);
  await writeSampleWorkbook(path);
  const data = buildSampleData();
  const summary = measureSample();
  const lines = [
    `Wrote ${path}`,
    `Care record audits: ${data.audits.length} records (rows ${careRecordHeaderRow + 1}-${careRecordHeaderRow + data.audits.length}), ${summary.careRecords.notApplicableCells} N/A items`,
    `  pooled pass rate: service ${summary.careRecords.service.toFixed(4)}; ${formatRates(summary.careRecords.byTeam)}`,
    `  by fortnight: ${formatRates(summary.careRecords.byTeamByFortnight)}`,
    `Safeguarding checks: ${summary.safeguarding.checks} checks (rows 2-${1 + summary.safeguarding.checks}); service ${summary.safeguarding.service.toFixed(4)}`,
    `  by staff group: ${formatRates(summary.safeguarding.byStaffGroup)}`,
    `  by shift: ${formatRates(summary.safeguarding.byShift)}`,
    `  by staff group x shift: ${formatRates(summary.safeguarding.byStaffGroupAndShift)}`,
    `  first/last five weeks: ${formatRates(summary.safeguarding.byStaffGroupFirstAndLastFiveWeeks)}`,
    `Location recovery: mean ${formatRates(summary.locations.byLocation)}`,
    `  first four weeks: ${formatRates(summary.locations.byLocationFirstFourWeeks)}`,
    `  last four weeks: ${formatRates(summary.locations.byLocationLastFourWeeks)}`,
    ...Object.entries(summary.locations.bySourceLastFourWeeks).map(
      ([location, sources]) => `  ${location} last four weeks by source: ${formatRates(sources)}`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`makeSampleWorkbook failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
