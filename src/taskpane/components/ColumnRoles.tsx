import { Caption1, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMapping, ColumnRole } from "../../core/audit";
import { columnLetter } from "../../core/audit";
import { ROLE_LABELS, roleLabel } from "./roleLabels";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(15rem, 1fr))", gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none" },
  reason: { color: tokens.colorNeutralForeground3 },
});

export interface ColumnRolesProps {
  sourceName: string;
  mapping: ColumnMapping;
  firstColumn: number;
  onRoleChange: (columnIndex: number, role: ColumnRole) => void;
}

/** One dropdown per column: the role the reader proposed, which the user can correct. */
export function ColumnRoles({ sourceName, mapping, firstColumn, onRoleChange }: ColumnRolesProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={`Column roles for ${sourceName}`}>
      {mapping.map((entry) => {
        const letter = columnLetter(firstColumn + entry.index);
        const label = `Column ${letter}${entry.header === "" ? "" : `: ${entry.header}`}`;
        return (
          <li key={entry.index}>
            <Field label={label} hint={<Caption1 className={styles.reason}>{entry.reason}</Caption1>}>
              <Dropdown
                size="small"
                value={roleLabel(entry.role)}
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
          </li>
        );
      })}
    </ul>
  );
}
