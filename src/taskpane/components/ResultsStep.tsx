import { Accordion, Body1, Button, Caption1, Link, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { describeRowsAccounted } from "../../core/audit";
import { formatPercent, type AnalysisResult, type WorkbookAnalysis } from "../../core/compare";
import { formatCount, formatNumber, interval } from "../formatResult";
import { MDC_POINT_COLOURS } from "./SpcChart";
import { DataProblems } from "./DataProblems";
import { GroupResultItem } from "./GroupResultItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  analysis: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center", color: tokens.colorNeutralForeground2 },
  swatch: { display: "inline-block", width: "0.7rem", height: "0.7rem", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  explanation: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  jumps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { overflowWrap: "anywhere" },
});

/** The id of an audit's heading, for the links that jump to it. */
function analysisId(result: AnalysisResult): string {
  return `analysis-${result.title.replace(/\W/g, "-")}`;
}

/** Groups that need attention in an audit: below target or deteriorating. */
function flagged(result: AnalysisResult): number {
  const names = new Set(result.dimensions.flatMap((dimension) => dimension.groups.filter((group) => group.status === "below-target" || group.status === "deteriorating").map((group) => `${dimension.dimension}:${group.name}`)));
  return names.size;
}

/** The core's sentence on whether the gap between one dimension's best and worst groups is narrowing, or null when it has none. */
function variationSentence(result: AnalysisResult, dimension: string): string | null {
  return result.variationOverTime?.find((variation) => variation.dimension === dimension)?.sentence ?? null;
}

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
    <section className={styles.analysis} aria-labelledby={analysisId(result)}>
      <Subtitle1 as="h3" id={analysisId(result)} className={styles.title} tabIndex={-1} block>
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
        <Body1 block>{service.headline}</Body1>
      )}
      {result.freshness?.outOfDate ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{result.freshness.sentence}</MessageBarBody>
        </MessageBar>
      ) : result.freshness ? (
        <Caption1 block>{result.freshness.sentence}</Caption1>
      ) : null}
      <Caption1 block>
        Service: {formatPercent(service.mean)} over {formatCount(service.records, "record")} ({interval(service.lower, service.upper)}); target {formatPercent(service.target)}.
      </Caption1>
      {result.sources.map((source) => (
        <Caption1 block key={`rows:${source.file ?? ""}:${source.table ?? source.sheet}`}>
          {result.sources.length > 1 || (source.table ?? source.sheet) !== result.title ? `${source.table ?? source.sheet}: ` : ""}
          {describeRowsAccounted(source).join(" ")}
        </Caption1>
      ))}
      {result.dimensions.map((dimension) => {
        const variation = variationSentence(result, dimension.dimension);
        return (
          <section key={dimension.dimension} aria-label={`${dimension.label} comparison for ${result.title}`}>
            <Subtitle2 as="h4" block>
              By {dimension.label.toLowerCase()}
            </Subtitle2>
            <Caption1 block>Gap between best and worst: {formatCount(Math.round(dimension.gap * 100), "point")}.</Caption1>
            {variation !== null && <Caption1 block>{variation}</Caption1>}
            <Accordion multiple collapsible>
              {dimension.groups.map((group) => (
                <GroupResultItem key={group.name} value={`${dimension.dimension}:${group.name}`} group={group} target={result.settings.target} periodWord={periodWord} />
              ))}
            </Accordion>
          </section>
        );
      })}
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
      <Subtitle1 as="h2" id="results-heading" tabIndex={-1} block>
        Results
      </Subtitle1>
      {analysis.analyses.length > 1 && (
        <nav aria-label="Audits in these results">
          <ul className={styles.jumps}>
            {analysis.analyses.map((result) => (
              <li key={result.title}>
                <Link
                  href={`#${analysisId(result)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    const heading = document.getElementById(analysisId(result));
                    heading?.focus();
                    heading?.scrollIntoView({ block: "start" });
                  }}
                >
                  {result.title}
                </Link>
                <Caption1>{flagged(result) === 0 ? "" : ` (${formatNumber(flagged(result))} below target or deteriorating)`}</Caption1>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {analysis.analyses.length === 0 ? <Body1 block>No audit records were found in the chosen sheets and tables.</Body1> : <Legend />}
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
