import { describeCell, type CellValue } from "../values";
import { COLUMN_ROLE_WORDS } from "./columnRoleWords";
import type { GridCellReader } from "./gridCellReader";
import type { ReadPlan } from "./readPlan";
import type { GroupingRole, RecordGroups } from "./types";

const noGroups: RecordGroups = Object.freeze({});

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

  constructor(
    private readonly plan: ReadPlan,
    private readonly cells: GridCellReader,
  ) {
    this.columnNames = plan.groups.map(() => null);
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
      const name = this.cells.groupName(groups[g], cells[groups[g].index]);
      if (name === null && this.cells.groupProblem === "totals") return true;
      this.columnNames[g] = name;
    }
    return false;
  }

  /** Whether every grouping cell read by `readColumns` gave a name; each one that did not is a problem. */
  checkColumns(cells: ReadonlyArray<unknown>, rowNumber: number): boolean {
    const groups = this.plan.groups;
    let readable = true;
    for (let g = 0; g < groups.length; g++) {
      if (this.columnNames[g] !== null) continue;
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
