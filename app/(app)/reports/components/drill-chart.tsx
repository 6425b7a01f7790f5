"use client";

import { useRouter } from "next/navigation";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type ActiveDotProps,
} from "recharts";

export type ChartSeries = { key: string; name: string; color: string };
/** One x value: its label, each series' value, and where each value drills down to. */
export type ChartPoint = {
  x: string;
  values: Record<string, number | null>;
  hrefs: Record<string, string>;
};

const PALETTE = [
  "#4f46e5",
  "#16a34a",
  "#ea580c",
  "#0891b2",
  "#be123c",
  "#7c3aed",
  "#ca8a04",
  "#475569",
];
export const seriesColor = (i: number) => PALETTE[i % PALETTE.length]!;

const percent = (v: unknown) => (typeof v === "number" ? `${Math.round(v * 100)} %` : "");

/**
 * A bar or line chart (recharts, rendered in the browser) whose every bar
 * and point opens the decisions view behind it. The same figures are in the
 * table beside it, for reading and for keyboards.
 */
export function DrillChart({
  kind,
  points,
  series,
  format = "count",
  label,
}: {
  kind: "bar" | "line";
  points: ChartPoint[];
  series: ChartSeries[];
  format?: "count" | "percent" | "money";
  label: string;
}) {
  const router = useRouter();
  const data = points.map((p) => ({ x: p.x, ...p.values }));
  const open = (index: number | undefined, key: string) => {
    const href = index === undefined ? undefined : points[index]?.hrefs[key];
    if (href) router.push(href);
  };
  const yTick = format === "percent" ? percent : undefined;
  const common = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey="x" tick={{ fontSize: 11 }} />
      <YAxis
        tick={{ fontSize: 11 }}
        tickFormatter={yTick}
        domain={format === "percent" ? [0, 1] : undefined}
      />
      <Tooltip formatter={format === "percent" ? (v) => percent(v) : undefined} />
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
    </>
  );
  return (
    <figure aria-label={label} className="h-64 w-full min-w-0" data-testid="chart">
      <ResponsiveContainer width="100%" height="100%">
        {kind === "bar" ? (
          <BarChart data={data}>
            {common}
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={s.color}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(_, index) => open(index, s.key)}
              />
            ))}
          </BarChart>
        ) : (
          <LineChart data={data}>
            {common}
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.name}
                stroke={s.color}
                isAnimationActive={false}
                connectNulls
                dot={{ r: 4, cursor: "pointer" }}
                activeDot={(d: ActiveDotProps) => (
                  <circle
                    key={`${s.key}-${d.index}`}
                    cx={d.cx}
                    cy={d.cy}
                    r={6}
                    fill={s.color}
                    cursor="pointer"
                    onClick={() => open(d.index, s.key)}
                  />
                )}
              />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </figure>
  );
}
