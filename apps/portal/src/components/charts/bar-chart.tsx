import { useId } from 'react';
import {
  Bar,
  CartesianGrid,
  BarChart as Chart,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface ChartSeries<K extends string> {
  key: K;
  label: string;
  color: string;
}

export interface ChartRow<K extends string> {
  /** What a click reports: a month 'YYYY-MM', an asset type. */
  id: string;
  /** What the axis shows. */
  label: string;
  values: Record<K, number>;
}

interface BarChartProps<K extends string> {
  /** Names the chart for screen readers and captions its table. */
  title: string;
  rows: readonly ChartRow<K>[];
  series: readonly ChartSeries<K>[];
  /** Stacked (parts of one whole) or side by side (invoiced beside paid). */
  layout?: 'stacked' | 'grouped';
  /** A bar (or a count in the table) was chosen: the row, and the series (null for the row's total). */
  onSelect?: (rowId: string, series: K | null) => void;
  format?: (value: number) => string;
  height?: number;
}

/**
 * A bar chart of plain numbers, each bar clickable, with the same numbers as a table under it:
 * the table is how keyboard and screen-reader users read the chart and open what a bar counts.
 */
export function BarChart<K extends string>({
  title,
  rows,
  series,
  layout = 'stacked',
  onSelect,
  format = String,
  height = 240,
}: BarChartProps<K>) {
  const tableId = useId();
  const data = rows.map((row) => ({ id: row.id, label: row.label, ...row.values }));
  const total = (row: ChartRow<K>) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);

  return (
    <figure className="chart">
      <div className="chart__canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          <Chart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#dde2e2" />
            <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" fontSize={12} />
            <YAxis
              allowDecimals={false}
              tickLine={false}
              axisLine={false}
              fontSize={12}
              tickFormatter={format}
            />
            <Tooltip formatter={(value) => format(Number(value))} cursor={{ fill: 'rgb(0 0 0 / 5%)' }} />
            <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={s.color}
                {...(layout === 'stacked' && { stackId: 'all' })}
                cursor={onSelect ? 'pointer' : undefined}
                // Drawn at once: a growing bar says nothing, and a resize would replay it.
                isAnimationActive={false}
                onClick={(_entry, index) => {
                  const row = rows[index];
                  if (row && onSelect) onSelect(row.id, s.key);
                }}
              />
            ))}
          </Chart>
        </ResponsiveContainer>
      </div>
      <details className="chart__table">
        <summary>Show the numbers</summary>
        <div className="table-scroll">
          <table id={tableId} className="table table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">&nbsp;</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
                {layout === 'stacked' && <th scope="col">Total</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.label}</th>
                  {series.map((s) => (
                    <td key={s.key}>
                      <Count
                        value={row.values[s.key] ?? 0}
                        format={format}
                        label={`${row.label}, ${s.label}`}
                        {...(onSelect && { onSelect: () => onSelect(row.id, s.key) })}
                      />
                    </td>
                  ))}
                  {layout === 'stacked' && (
                    <td>
                      <Count
                        value={total(row)}
                        format={format}
                        label={`${row.label}, total`}
                        {...(onSelect && { onSelect: () => onSelect(row.id, null) })}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function Count({
  value,
  format,
  label,
  onSelect,
}: {
  value: number;
  format: (value: number) => string;
  label: string;
  onSelect?: () => void;
}) {
  if (!onSelect || value === 0) return <>{format(value)}</>;
  return (
    <button type="button" className="count-link" onClick={onSelect} aria-label={`${format(value)}: ${label}`}>
      {format(value)}
    </button>
  );
}
