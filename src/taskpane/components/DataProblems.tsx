import { Body1, Caption1, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { readProblemDetail, type ReadProblemSummary } from "../../core/compare";
import { formatCount, formatNumber } from "../formatResult";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

/** Problems listed in full before the rest are summed up. */
const problemsShown = 20;

function cellAddress(problem: ReadProblemSummary): string | null {
  const letter = problem.columnLetter ?? /^[A-Z]{1,3}\b/.exec(problem.column)?.[0] ?? "";
  return letter === "" || problem.row < 1 ? null : `${letter}${problem.row}`;
}

/** The column's header from 'G "Risk updated"', or "" when there is none. */
function headerOf(problem: ReadProblemSummary): string {
  return /^[A-Z]{1,3} (.+)$/.exec(problem.column)?.[1] ?? "";
}

export interface DataProblemsProps {
  problems: readonly ReadProblemSummary[];
  /** Inside Excel: selects the cell. Absent in the browser, where there is no sheet to show. */
  onShowCell?: (sheet: string, address: string) => void;
}

/**
 * Cells the reader could not use, each saying its sheet, cell and column once; in Excel, the cell is a
 * link that selects it.
 */
export function DataProblems({ problems, onShowCell }: DataProblemsProps) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  const shown = problems.slice(0, problemsShown);
  return (
    <section className={styles.root} aria-label="Problems found in the data">
      <Subtitle2 as="h4" block>
        Problems found in the data: {formatCount(problems.length, "cell")}
      </Subtitle2>
      <Caption1 block>Each is left out; the rest of the analysis went on.{onShowCell === undefined ? "" : " Select a cell to go to it."}</Caption1>
      <ul className={styles.list}>
        {shown.map((problem, index) => {
          const address = cellAddress(problem);
          const place = `${problem.sheet}${address === null ? "" : ` ${address}`}`;
          const header = headerOf(problem);
          return (
            <li key={index}>
              {onShowCell !== undefined && address !== null ? (
                <Link as="button" onClick={() => onShowCell(problem.sheet, address)}>
                  {place}
                </Link>
              ) : (
                <Text weight="semibold">{place}</Text>
              )}
              <Body1>
                {header === "" ? "" : `, ${header}`}: {readProblemDetail(problem)}
              </Body1>
            </li>
          );
        })}
      </ul>
      {problems.length > shown.length && <Caption1 block>…and {formatNumber(problems.length - shown.length)} more.</Caption1>}
    </section>
  );
}
