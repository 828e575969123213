import { type ReactNode, useId, useRef, useState } from 'react';
import { chartPng, type LegendEntry, pictureFileName } from '../utils/chart-png';
import { downloadBlob } from '../utils/download';

interface ChartCardProps {
  title: string;
  description?: ReactNode;
  /** Colour keys, shown under the chart and painted into its picture. */
  legend?: readonly LegendEntry[];
  /** The chart itself (hidden from screen readers: `numbers` says the same). */
  children: ReactNode;
  /** The chart's numbers as a table: how keyboard and screen-reader users read it. */
  numbers: ReactNode;
  /** More actions beside "Download PNG" (the export menu of the chart's data). */
  actions?: ReactNode;
  className?: string;
}

type Saving = { state: 'idle' } | { state: 'saving' } | { state: 'failed'; message: string };

/** A chart with its title, legend, the same numbers as a table, and "Download PNG". */
export function ChartCard({
  title,
  description,
  legend = [],
  children,
  numbers,
  actions,
  className,
}: ChartCardProps) {
  const titleId = useId();
  const canvasRef = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });

  async function download() {
    // The chart's own surface, not a legend icon's: recharts wraps the chart in .recharts-wrapper.
    const svg = canvasRef.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
    if (!svg) {
      setSaving({ state: 'failed', message: 'The chart is not drawn yet. Try again in a moment.' });
      return;
    }
    setSaving({ state: 'saving' });
    try {
      downloadBlob(await chartPng(svg, { title, legend }), pictureFileName(title));
      setSaving({ state: 'idle' });
    } catch (error) {
      setSaving({
        state: 'failed',
        message: error instanceof Error ? error.message : 'The picture could not be made.',
      });
    }
  }

  return (
    <section className={['report-chart', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <header className="report-chart__head">
        <div>
          <h3 id={titleId} className="report-chart__title">
            {title}
          </h3>
          {description && <p className="report-chart__text">{description}</p>}
        </div>
        <div className="report-chart__actions">
          {actions}
          <button
            type="button"
            className="button button--ghost button--small report-chart__png"
            onClick={() => void download()}
            disabled={saving.state === 'saving'}
          >
            {saving.state === 'saving' ? 'Preparing…' : 'Download PNG'}
            <span className="visually-hidden"> of {title}</span>
          </button>
        </div>
      </header>
      <div className="report-chart__canvas" ref={canvasRef} aria-hidden="true">
        {children}
      </div>
      {legend.length > 0 && (
        <ul className="report-legend" aria-hidden="true">
          {legend.map((entry) => (
            <li key={entry.label} className="report-legend__item">
              <span className="report-legend__swatch" style={{ background: entry.color }} />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      {saving.state === 'failed' && (
        <p className="report-chart__error" role="alert">
          {saving.message}
        </p>
      )}
      <details className="report-chart__numbers">
        <summary>Show the numbers</summary>
        <div className="report-chart__table">{numbers}</div>
      </details>
    </section>
  );
}

interface NumbersTableProps<Row> {
  caption: string;
  columns: readonly { label: string; value: (row: Row) => ReactNode; numeric?: boolean }[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/** A chart's data as a plain table: the first column heads each row. */
export function NumbersTable<Row>({ caption, columns, rows, rowKey }: NumbersTableProps<Row>) {
  const [first, ...rest] = columns;
  if (!first) return null;
  return (
    <table className="table report-numbers">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={column.numeric ? 'num' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            <th scope="row">{first.value(row)}</th>
            {rest.map((column) => (
              <td key={column.label} className={column.numeric ? 'num' : undefined}>
                {column.value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
