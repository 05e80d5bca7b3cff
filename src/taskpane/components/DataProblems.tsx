import { Body1, Caption1, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReadProblemSummary } from "../../core/compare";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Problems listed in full before the rest are summed up. */
const problemsShown = 20;

function cellAddress(problem: ReadProblemSummary): string | null {
  const letter = (problem as ReadProblemSummary & { columnLetter?: string }).columnLetter ?? /^[A-Z]{1,3}\b/.exec(problem.column)?.[0] ?? "";
  return letter === "" || problem.row < 1 ? null : `${letter}${problem.row}`;
}

export interface DataProblemsProps {
  problems: readonly ReadProblemSummary[];
  /** Inside Excel: selects the cell. Absent in the browser, where there is no sheet to show. */
  onShowCell?: (sheet: string, address: string) => void;
}

/** Cells the reader could not use, each naming sheet, row and column; in Excel, a link to the cell. */
export function DataProblems({ problems, onShowCell }: DataProblemsProps) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  const shown = problems.slice(0, problemsShown);
  return (
    <section aria-label="Problems found in the data">
      <Subtitle2 as="h4">
        Problems found in the data ({problems.length})
      </Subtitle2>
      <Caption1>These rows were left out; the rest of the analysis went on. {onShowCell === undefined ? "" : "Select one to go to the cell."}</Caption1>
      <ul className={styles.list}>
        {shown.map((problem, index) => {
          const address = cellAddress(problem);
          return (
            <li key={index}>
              {onShowCell !== undefined && address !== null ? (
                <Link as="button" onClick={() => onShowCell(problem.sheet, address)}>
                  {problem.sheet} {address}
                </Link>
              ) : (
                <Text weight="semibold">
                  {problem.sheet}
                  {address === null ? "" : ` ${address}`}
                </Text>
              )}
              <Body1>: {problem.message}</Body1>
            </li>
          );
        })}
      </ul>
      {problems.length > shown.length && <Caption1>…and {problems.length - shown.length} more.</Caption1>}
    </section>
  );
}
