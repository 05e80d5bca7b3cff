import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMapping } from "../../core/audit";
import { dateToSerial, formatUkDate, type CellValue } from "../../core/values";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxWidth: "100%", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  cell: { whiteSpace: "nowrap", maxWidth: "14em", overflow: "hidden", textOverflow: "ellipsis" },
});

/** Data rows shown under the header. */
export const previewDataRows = 6;

function display(value: CellValue, dateColumn: boolean): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatUkDate(dateToSerial(value));
  if (typeof value === "object") return value.error;
  if (typeof value === "number" && dateColumn && value > 20_000 && value < 80_000) return formatUkDate(value);
  return String(value);
}

export interface GridPreviewProps {
  name: string;
  rows: readonly (readonly CellValue[])[];
  headerIndex: number;
  mapping: ColumnMapping;
}

/** The first rows under the header, as a table, so users can check the columns were read right. */
export function GridPreview({ name, rows, headerIndex, mapping }: GridPreviewProps) {
  const styles = useStyles();
  const header = rows[headerIndex] ?? [];
  const width = Math.max(header.length, ...mapping.map((entry) => entry.index + 1));
  const body = rows.slice(headerIndex + 1, headerIndex + 1 + previewDataRows);
  const dateColumns = new Set(mapping.filter((entry) => entry.role === "date").map((entry) => entry.index));
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={`Preview of the first rows of ${name}`}>
      <Table size="extra-small" aria-label={`First rows of ${name}`}>
        <TableHeader>
          <TableRow>
            {Array.from({ length: width }, (_, column) => (
              <TableHeaderCell key={column} className={styles.cell}>
                {display(header[column] ?? null, false)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {body.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              {Array.from({ length: width }, (_, column) => (
                <TableCell key={column} className={styles.cell}>
                  {display(row[column] ?? null, dateColumns.has(column))}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
