import { Accordion, Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, Subtitle2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisResult, WorkbookAnalysis } from "../../core/compare";
import { interval, percent } from "../formatResult";
import { MDC_POINT_COLOURS } from "./SpcChart";
import { DataProblems } from "./DataProblems";
import { GroupResultItem } from "./GroupResultItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  analysis: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center", color: tokens.colorNeutralForeground2 },
  swatch: { display: "inline-block", width: "0.7rem", height: "0.7rem", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  explanation: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const periodWords: Record<string, string> = { week: "weeks", fortnight: "fortnights", month: "months" };

function Legend() {
  const styles = useStyles();
  return (
    <Caption1 className={styles.legend} as="p">
      <span>
        <span className={styles.swatch} style={{ background: MDC_POINT_COLOURS.improvement.fill }} aria-hidden="true" />▲ Improvement
      </span>
      <span>
        <span className={styles.swatch} style={{ background: MDC_POINT_COLOURS.concern.fill }} aria-hidden="true" />■ Concern
      </span>
      <span>
        <span className={styles.swatch} style={{ background: MDC_POINT_COLOURS.commonCause.fill }} aria-hidden="true" />● Common cause
      </span>
      <span>
        <span className={styles.swatch} style={{ background: "#d13438", height: "2px" }} aria-hidden="true" />
        Target
      </span>
    </Caption1>
  );
}

function AnalysisResults({ result, onShowCell }: { result: AnalysisResult; onShowCell?: (sheet: string, address: string) => void }) {
  const styles = useStyles();
  const { service } = result;
  const periodWord = periodWords[result.settings.period] ?? "periods";
  return (
    <section className={styles.analysis} aria-labelledby={`analysis-${result.title.replace(/\W/g, "-")}`}>
      <Subtitle1 as="h3" id={`analysis-${result.title.replace(/\W/g, "-")}`}>
        {result.title}
      </Subtitle1>
      {service.hiddenByAverage ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The average hides a group.</MessageBarTitle>
            {service.headline}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Body1>{service.headline}</Body1>
      )}
      {result.freshness?.outOfDate ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{result.freshness.sentence}</MessageBarBody>
        </MessageBar>
      ) : result.freshness ? (
        <Caption1 block>{result.freshness.sentence}</Caption1>
      ) : null}
      <Caption1>
        Service: {percent(service.mean)} over {service.records.toLocaleString("en-GB")} records ({interval(service.lower, service.upper)}); target {percent(service.target)}.
      </Caption1>
      {result.dimensions.map((dimension) => (
        <section key={dimension.dimension} aria-label={`${dimension.label} comparison for ${result.title}`}>
          <Subtitle2 as="h4">
            By {dimension.label.toLowerCase()} (gap between best and worst {Math.round(dimension.gap * 100)} points)
          </Subtitle2>
          <Accordion multiple collapsible>
            {dimension.groups.map((group) => (
              <GroupResultItem key={group.name} value={`${dimension.dimension}:${group.name}`} group={group} target={result.settings.target} periodWord={periodWord} />
            ))}
          </Accordion>
        </section>
      ))}
      {result.sources.map((source) => (
        <DataProblems key={`${source.file ?? ""}:${source.sheet}`} problems={source.problems} onShowCell={onShowCell} />
      ))}
      <details>
        <summary>
          <Caption1>How this was judged</Caption1>
        </summary>
        <ul className={styles.explanation}>
          {result.explanation.map((line, index) => (
            <li key={index}>
              <Caption1>{line}</Caption1>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export interface ResultsStepProps {
  analysis: WorkbookAnalysis;
  onShowCell?: (sheet: string, address: string) => void;
  onNext: () => void;
}

/** Step 3: each audit's comparison, the banner when the average hides a group, and data problems. */
export function ResultsStep({ analysis, onShowCell, onNext }: ResultsStepProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="results-heading">
      <Title3 as="h2" id="results-heading" tabIndex={-1}>
        Results
      </Title3>
      {analysis.analyses.length === 0 ? <Body1>No audit records were found in the chosen sheets and tables.</Body1> : <Legend />}
      {analysis.analyses.map((result) => (
        <AnalysisResults key={result.title} result={result} onShowCell={onShowCell} />
      ))}
      <div>
        <Button appearance="primary" onClick={onNext}>
          Next: write the sheets
        </Button>
      </div>
    </section>
  );
}
