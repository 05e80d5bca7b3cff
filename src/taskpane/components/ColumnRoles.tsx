import { Caption1, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMapping, ColumnRole, GroupColumns } from "../../core/audit";
import { COLUMN_ROLE_WORDS, columnLetter } from "../../core/audit";
import type { CellValue } from "../../core/values";
import { isProportionColumn, previewValue } from "./previewValue";
import { ROLE_LABELS, roleLabel } from "./roleLabels";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(14rem, 1fr))", gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  values: { overflowWrap: "anywhere" },
  reason: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  dropdown: { minWidth: 0, maxWidth: "100%" },
});

/** Records shown under each column, so the user can see what the column holds. */
const previewRecords = 2;

export interface ColumnRolesProps {
  sourceName: string;
  mapping: ColumnMapping;
  firstColumn: number;
  /** The data rows under the header (the first few are shown). */
  rows: readonly (readonly CellValue[])[];
  onRoleChange: (columnIndex: number, role: ColumnRole) => void;
  /** The groups laid side by side, one column each, when the sheet is read that way (see findGroupColumns). */
  sideBySide?: GroupColumns | null;
}

/**
 * What a column of groups side by side holds, for its dropdown and its hint: the column is one group's
 * answers or scores, not a question or a score of its own.
 *
 * @example
 * groupColumnWords({ role: "team", holds: "answers", columns: [{ index: 1, name: "Oak Unit" }, { index: 2, name: "Elm Unit" }] }, "Oak Unit");
 * // => { label: "Answers of one team", reason: 'One of 2 teams side by side ("Oak Unit", "Elm Unit"): this column holds Oak Unit's answers, one row each.' }
 */
function groupColumnWords(sideBySide: GroupColumns, name: string): { label: string; reason: string } {
  const kind = COLUMN_ROLE_WORDS[sideBySide.role].replace(/^an? /, "");
  const names = sideBySide.columns.map((column) => `"${column.name}"`).join(", ");
  return {
    label: `${sideBySide.holds === "answers" ? "Answers" : "Scores"} of one ${kind}`,
    reason: `One of ${sideBySide.columns.length} ${kind}s side by side (${names}): this column holds ${name}'s ${sideBySide.holds}, one row each.`,
  };
}

/**
 * The Source step's preview, one column to a line: the column, the role the reader proposed (a
 * dropdown to correct it), why, and the first records' values as the sheet shows them.
 */
export function ColumnRoles({ sourceName, mapping, firstColumn, rows, onRoleChange, sideBySide = null }: ColumnRolesProps) {
  const styles = useStyles();
  const shown = rows.filter((row) => row.some((value) => value !== null && value !== undefined && value !== "")).slice(0, previewRecords);
  return (
    <ul className={styles.list} aria-label={`Columns of ${sourceName}, with their first records`}>
      {mapping.map((entry) => {
        const letter = columnLetter(firstColumn + entry.index);
        const label = `Column ${letter}${entry.header === "" ? "" : `: ${entry.header}`}`;
        const column = rows.map((row) => row[entry.index] ?? null);
        const asPercent = isProportionColumn(entry.role, column);
        const values = shown.map((row) => previewValue(row[entry.index] ?? null, entry.role, asPercent));
        const group = sideBySide?.columns.find((column) => column.index === entry.index);
        const groupWords = sideBySide !== null && group !== undefined ? groupColumnWords(sideBySide, group.name) : null;
        return (
          <li key={entry.index} className={styles.item}>
            <Field label={label} hint={<Caption1 className={styles.reason}>{groupWords?.reason ?? entry.reason}</Caption1>}>
              <Dropdown
                className={styles.dropdown}
                size="small"
                value={groupWords?.label ?? (entry.rag === true && entry.role === "item" ? "RAG rating (Green met, Red not met)" : roleLabel(entry.role))}
                selectedOptions={[entry.role]}
                onOptionSelect={(_, data) => {
                  if (data.optionValue !== undefined) onRoleChange(entry.index, data.optionValue as ColumnRole);
                }}
              >
                {ROLE_LABELS.map((option) => (
                  <Option key={option.role} value={option.role}>
                    {option.label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {values.length > 0 && (
              <Caption1 className={styles.values} block>
                {values.length === 1 ? "First record" : "First records"}: {values.join(" · ")}
              </Caption1>
            )}
          </li>
        );
      })}
    </ul>
  );
}
