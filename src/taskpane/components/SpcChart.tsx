import { tokens } from "@fluentui/react-components";
import { formatPercent, type GroupResult } from "../../core/compare";

/** Making Data Count's colours: a fill and an outline for each kind of point. */
export const MDC_POINT_COLOURS = {
  improvement: { fill: "#289de0", outline: "#41b6e6" },
  concern: { fill: "#fab428", outline: "#ed8b00" },
  commonCause: { fill: "#a6a6a6", outline: "#a6a6a6" },
  neither: { fill: "#b4a7d6", outline: "#8e7cc3" },
} as const;

type PointKind = keyof typeof MDC_POINT_COLOURS;

function kindOf(label: string | undefined): PointKind {
  if (label === undefined) return "commonCause";
  if (label.startsWith("Improvement")) return "improvement";
  if (label.startsWith("Concern")) return "concern";
  if (label.startsWith("Neither")) return "neither";
  return "commonCause";
}

const width = 132;
const height = 40;
const margin = 5;
const markerRadius = 3;

export interface SpcChartProps {
  group: GroupResult;
  /** The target as a proportion. */
  target: number;
  /** "weeks", "fortnights" or "months", for the description. */
  periodWord: string;
}

/**
 * A small SPC chart of a group's series: points coloured as in Making Data Count (improvement blue,
 * concern orange, common cause grey) and shaped too (triangle, square, circle) so colour is never the
 * only cue; the mean and process limits dashed; the target as a red dashed line. Described in words
 * for screen readers.
 */
export function SpcChart({ group, target, periodWord }: SpcChartProps) {
  const values = group.series.map((point) => point.value);
  if (values.length === 0) return null;
  const labels = group.spc?.pointLabels ?? [];
  const limits = group.spc === null ? [] : [group.spc.lowerLimit, group.spc.upperLimit, group.spc.mean];
  const all = [...values, ...limits, target];
  const low = Math.max(0, Math.min(...all));
  const high = Math.min(1, Math.max(...all));
  const span = high - low || 0.1;
  const x = (index: number) => margin + (values.length === 1 ? (width - 2 * margin) / 2 : (index * (width - 2 * margin)) / (values.length - 1));
  const y = (value: number) => margin + (1 - (Math.min(Math.max(value, low), high) - low) / span) * (height - 2 * margin);
  const kinds = values.map((_, index) => kindOf(labels[index]));
  const count = (kind: PointKind) => kinds.filter((candidate) => candidate === kind).length;
  const description =
    `SPC chart for ${group.name} over ${values.length} ${periodWord}: latest ${formatPercent(values[values.length - 1])}, target ${formatPercent(target)}` +
    `${group.spc === null ? "" : `, mean ${formatPercent(group.spc.mean)}`}; ${count("improvement")} points show improvement, ${count("concern")} show concern.`;
  const line = values.map((value, index) => `${index === 0 ? "M" : "L"}${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description} focusable="false">
      {group.spc !== null && (
        <g strokeWidth={1} fill="none">
          <line x1={margin} x2={width - margin} y1={y(group.spc.mean)} y2={y(group.spc.mean)} stroke={tokens.colorNeutralStroke1} strokeDasharray="1 2" />
          <line x1={margin} x2={width - margin} y1={y(group.spc.upperLimit)} y2={y(group.spc.upperLimit)} stroke={tokens.colorNeutralStroke2} strokeDasharray="3 2" />
          <line x1={margin} x2={width - margin} y1={y(group.spc.lowerLimit)} y2={y(group.spc.lowerLimit)} stroke={tokens.colorNeutralStroke2} strokeDasharray="3 2" />
        </g>
      )}
      <line x1={margin} x2={width - margin} y1={y(target)} y2={y(target)} stroke="#d13438" strokeWidth={1.5} strokeDasharray="4 2" data-testid="target-line" />
      <path d={line} fill="none" stroke={tokens.colorNeutralForeground3} strokeWidth={1} />
      {values.map((value, index) => {
        const kind = kinds[index];
        const colours = MDC_POINT_COLOURS[kind];
        const cx = x(index);
        const cy = y(value);
        const shared = { fill: colours.fill, stroke: colours.outline, strokeWidth: 1, "data-kind": kind };
        if (kind === "improvement") return <polygon key={index} points={`${cx},${cy - markerRadius - 1} ${cx - markerRadius - 1},${cy + markerRadius} ${cx + markerRadius + 1},${cy + markerRadius}`} {...shared} />;
        if (kind === "concern") return <rect key={index} x={cx - markerRadius} y={cy - markerRadius} width={markerRadius * 2} height={markerRadius * 2} {...shared} />;
        return <circle key={index} cx={cx} cy={cy} r={markerRadius} {...shared} />;
      })}
    </svg>
  );
}
