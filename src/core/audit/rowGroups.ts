import { describeCell, formatNumber, isBlank, type CellValue } from "../values";
import { commonestSpellings, otherSpellingsText } from "../values/commonestSpellings";
import { COLUMN_ROLE_WORDS } from "./columnRoleWords";
import type { GridCellReader } from "./gridCellReader";
import type { ReadPlan } from "./readPlan";
import type { GroupingRole, RecordGroups } from "./types";

const noGroups: RecordGroups = Object.freeze({});
/** Distinct spellings remembered per grouping column; beyond this a spelling is kept as written (bounded memory). */
const rememberedSpellings = 10000;

/** Each grouping role as the noun of a sentence: "Team filled down ...", "the location above". */
const ROLE_NOUNS: Readonly<Record<GroupingRole, string>> = {
  team: "team", shift: "shift", location: "location", staffGroup: "staff group", auditType: "audit type", source: "evidence source",
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether any cell of a row is filled. */
function anyFilled(row: ReadonlyArray<unknown>): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c] as CellValue)) return true;
  return false;
}

/** What `RowGroups.survey` learns about one grouping column before any row is read. */
interface ColumnSurvey {
  /** Whether names are written only where a block starts (or merged down), blanks below meaning "same as above". */
  fillDown: boolean;
  /** Each spelling met (trimmed) to the one shown: the most common of those that differ only in case. */
  spelling: Map<string, string>;
  /** "\"Rose House\" also written \"ROSE HOUSE\" (5 rows) and \"rose house\" (11 rows)", one per name written more than one way. */
  variants: string[];
}

/** One level of the tree of names: deeper levels by name, and the groups objects ending here. */
interface GroupTreeNode {
  children: Map<string, GroupTreeNode>;
  leaves: Map<string, RecordGroups>;
}

/**
 * The groups of the row being read, wherever the sheet keeps them: grouping columns, a heading above
 * the table or the block ("Team: Oak Unit"), and the header of a column when groups sit side by side.
 * Records of the same groups share one read-only object, found through a small tree of names so that
 * a million rows allocate one object per distinct combination.
 *
 * @example
 * // const groups = new RowGroups(plan, cellReader);
 * // groups.setHeading("team", "Oak Unit"); groups.readColumns(cells); groups.current(null); // => { team: "Oak Unit", ... }
 */
export class RowGroups {
  /** The roles found in headings, in the order first met. */
  readonly headingRoles: GroupingRole[] = [];
  private readonly columnNames: (string | null)[];
  private readonly headingNames: string[] = [];
  private readonly tree: GroupTreeNode = { children: new Map(), leaves: new Map() };
  private readonly surveys: ColumnSurvey[];
  /** Per grouping column of a fill-down layout, the name of the block being read, or null. */
  private readonly carried: (string | null)[];
  /** Per grouping column, whether `readColumns` took the name from the row above for the current row. */
  private readonly filledNow: boolean[];
  /** Per grouping column, the rows read with a name taken from the row above. */
  private readonly filledRows: number[];

  constructor(
    private readonly plan: ReadPlan,
    private readonly cells: GridCellReader,
  ) {
    this.columnNames = plan.groups.map(() => null);
    this.surveys = plan.groups.map(() => ({ fillDown: false, spelling: new Map(), variants: [] }));
    this.carried = plan.groups.map(() => null);
    this.filledNow = plan.groups.map(() => false);
    this.filledRows = plan.groups.map(() => 0);
  }

  /**
   * Looks once down each grouping column of the data rows (`from` to `last`, grid indexes) before any
   * row is read, and settles two things for the whole sheet:
   *
   * - the spelling shown for names that differ only in case or spacing ("ROSE HOUSE", "rose house",
   *   "Rose House" are one location): the most common spelling, ties going to the first met, so that
   *   every record and every period carries the same name;
   * - whether the column is a fill-down column: names written only on the first row of each block (or
   *   merged down over it, which reaches the grid as the top cell filled and the rest blank), a blank
   *   below meaning "same as above". It is one when more than half of its filled cells are followed,
   *   in the next row that is not blank, by a blank cell in the column. A column filled on every row
   *   but one is not: its one blank cell is a name forgotten, reported as a problem. A column with no
   *   name at all is never filled down.
   */
  survey(rows: ReadonlyArray<unknown>, from: number, last: number): void {
    const groups = this.plan.groups;
    for (let g = 0; g < groups.length; g++) {
      const column = groups[g];
      // Rows per name as written, in the order first met; folded by case once per name after the loop.
      const written = new Map<string, number>();
      let filled = 0;
      let followedByBlank = 0;
      let previousFilled = false;
      for (let r = from; r <= last; r++) {
        const row = rows[r];
        if (!Array.isArray(row) || !anyFilled(row)) {
          previousFilled = false;
          continue;
        }
        const v = row[column.index] as unknown;
        if (isBlank(v as CellValue)) {
          if (previousFilled) followedByBlank++;
          previousFilled = false;
          continue;
        }
        const name = this.cells.groupName(column, v);
        previousFilled = name !== null;
        if (name === null) continue;
        filled++;
        const seen = written.get(name);
        if (seen !== undefined) written.set(name, seen + 1);
        else if (written.size < rememberedSpellings) written.set(name, 1);
      }
      const survey = this.surveys[g];
      survey.fillDown = filled > 0 && followedByBlank * 2 > filled;
      for (const { shown, others } of commonestSpellings(written)) {
        survey.spelling.set(shown, shown);
        for (const [spelling] of others) survey.spelling.set(spelling, shown);
        if (others.length > 0) survey.variants.push(`"${shown}" also written ${otherSpellingsText(others, "row")}`);
      }
    }
  }

  /** Ends the block of a fill-down column: a blank row, a totals row, a heading or a repeated header. */
  endBlock(): void {
    this.carried.fill(null);
  }

  /**
   * What the reading did to the names of grouping columns, for the row account ("Groups from ..."):
   * names taken from the row above in a fill-down column, and names written more than one way.
   */
  notes(): string[] {
    const notes: string[] = [];
    const groups = this.plan.groups;
    for (let g = 0; g < groups.length; g++) {
      const noun = ROLE_NOUNS[groups[g].role];
      const rows = this.filledRows[g];
      if (rows > 0) {
        notes.push(`column ${groups[g].name}, with the ${noun} of ${formatNumber(rows)} row${rows === 1 ? "" : "s"} filled down from the row above `
          + `(merged or blank cells under a ${noun} name read as "same as above", up to the next ${noun} name, blank row, totals row or heading)`);
      }
      const variants = this.surveys[g].variants;
      if (variants.length > 0) {
        const shown = variants.slice(0, 3).join("; ");
        const more = variants.length > 3 ? `; and ${formatNumber(variants.length - 3)} more` : "";
        notes.push(`column ${groups[g].name}, names differing only in capitals or spaces read as one ${noun}: ${capitalised(noun)} ${shown}${more}`);
      }
    }
    return notes;
  }

  /** Every role the records carry: grouping columns, headings, then the side-by-side groups. */
  get roles(): GroupingRole[] {
    const roles = [...this.plan.groups.map((column) => column.role), ...this.headingRoles];
    if (this.plan.sideBySide !== null) roles.push(this.plan.sideBySide.role);
    return [...new Set(roles)];
  }

  /** Names the group of the rows below a heading; a role a grouping column already gives is ignored. */
  setHeading(role: GroupingRole, name: string): void {
    if (this.plan.groups.some((column) => column.role === role)) return;
    if (this.plan.sideBySide !== null && this.plan.sideBySide.role === role) return;
    const at = this.headingRoles.indexOf(role);
    if (at >= 0) this.headingNames[at] = name;
    else {
      this.headingRoles.push(role);
      this.headingNames.push(name);
    }
  }

  /** Reads the grouping cells of a row; true when one of them is a totals label ("All teams"). */
  readColumns(cells: ReadonlyArray<unknown>): boolean {
    const groups = this.plan.groups;
    for (let g = 0; g < groups.length; g++) {
      const v = cells[groups[g].index];
      let name = this.cells.groupName(groups[g], v);
      if (name === null && this.cells.groupProblem === "totals") return true;
      const survey = this.surveys[g];
      this.filledNow[g] = false;
      if (name !== null) {
        name = survey.spelling.get(name) ?? name;
        if (survey.fillDown) this.carried[g] = name;
      } else if (survey.fillDown && this.carried[g] !== null && isBlank(v as CellValue)) {
        name = this.carried[g];
        this.filledNow[g] = true;
      }
      this.columnNames[g] = name;
    }
    return false;
  }

  /** Whether every grouping cell read by `readColumns` gave a name; each one that did not is a problem. */
  checkColumns(cells: ReadonlyArray<unknown>, rowNumber: number): boolean {
    const groups = this.plan.groups;
    let readable = true;
    for (let g = 0; g < groups.length; g++) {
      if (this.columnNames[g] !== null) {
        if (this.filledNow[g]) this.filledRows[g]++;
        continue;
      }
      readable = false;
      const column = groups[g];
      const v = cells[column.index];
      this.cells.groupName(column, v);
      const problem = this.cells.groupProblem;
      if (problem === "error") this.cells.problem(rowNumber, column, this.cells.errorText(v, "row left out") ?? "");
      else if (problem === "blank") {
        this.cells.problem(rowNumber, column, `blank: every row needs ${COLUMN_ROLE_WORDS[column.role]} to be compared; row left out`);
      } else this.cells.problem(rowNumber, column, `${describeCell(v as CellValue)} is not a name to compare by; row left out`);
    }
    return readable;
  }

  /** The shared groups object for the names read, plus `sideBySide` when groups sit side by side. */
  current(sideBySide: string | null): RecordGroups {
    const columns = this.plan.groups.length;
    const headings = this.headingRoles.length;
    const last = columns + headings + (sideBySide === null ? 0 : 1) - 1;
    if (last < 0) return noGroups;
    let node = this.tree;
    // Most sheets group by columns only: walk their names without the heading and side-by-side cases.
    const columnsOnly = headings === 0 && sideBySide === null;
    for (let k = 0; k < last; k++) {
      const name = columnsOnly ? (this.columnNames[k] as string) : this.nameAt(k, sideBySide);
      let next = node.children.get(name);
      if (next === undefined) {
        next = { children: new Map(), leaves: new Map() };
        node.children.set(name, next);
      }
      node = next;
    }
    const lastName = columnsOnly ? (this.columnNames[last] as string) : this.nameAt(last, sideBySide);
    let leaf = node.leaves.get(lastName);
    if (leaf === undefined) {
      const made: Partial<Record<GroupingRole, string>> = {};
      for (let g = 0; g < columns; g++) made[this.plan.groups[g].role] = this.columnNames[g] as string;
      for (let h = 0; h < headings; h++) made[this.headingRoles[h]] = this.headingNames[h];
      if (sideBySide !== null && this.plan.sideBySide !== null) made[this.plan.sideBySide.role] = sideBySide;
      leaf = made;
      node.leaves.set(lastName, leaf);
    }
    return leaf;
  }

  private nameAt(k: number, sideBySide: string | null): string {
    const columns = this.plan.groups.length;
    if (k < columns) return this.columnNames[k] as string;
    const h = k - columns;
    return h < this.headingRoles.length ? `${this.headingRoles[h]}=${this.headingNames[h]}` : (sideBySide as string);
  }
}
