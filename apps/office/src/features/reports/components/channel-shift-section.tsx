import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import {
  type ChannelShift,
  type ChannelShiftMonth,
  type ChannelShiftSpan,
  channelShiftOptions,
  channelShiftSpans,
} from '../api/channel-shift';
import { chartColors } from '../utils/chart-colors';
import { formatCount, formatMonth, formatPercent } from '../utils/report-format';
import { ChartCard, NumbersTable } from './chart-card';

type CountKey = 'portalMessages' | 'serviceRequests' | 'emails' | 'calls';

// Portal channels in the brand's blues, the old channels in the accent and grey: the eye reads
// "blue growing, orange shrinking" without the legend.
const series: { key: CountKey; label: string; color: string; stack: 'portal' | 'outside' }[] = [
  { key: 'portalMessages', label: 'Portal messages', color: chartColors.brand, stack: 'portal' },
  { key: 'serviceRequests', label: 'Service requests', color: chartColors.sky, stack: 'portal' },
  { key: 'emails', label: 'Emails', color: chartColors.accent, stack: 'outside' },
  { key: 'calls', label: 'Calls', color: chartColors.muted, stack: 'outside' },
];
const shareColor = chartColors.success;

const still = { isAnimationActive: false } as const;
const axis = { fontSize: 12, stroke: chartColors.axis, tickLine: false } as const;
const share = (value: number | null) => (value === null ? '—' : formatPercent(value));

/** Channel shift: is the portal replacing the emails and calls customers send the office? */
export function ChannelShiftSection() {
  const [span, setSpan] = useState<ChannelShiftSpan>(12);
  const report = useQuery(channelShiftOptions(span));

  return (
    <section className="report-section" aria-labelledby="channel-shift-title" aria-busy={report.isFetching}>
      <header className="report-section__head">
        <div>
          <h2 id="channel-shift-title" className="section-title">
            Channel shift
          </h2>
          <p className="report-section__text">
            Per month, what customers sent through the portal beside the emails and calls the office logged.
            The portal share should grow as customers move over.{' '}
            <Link to="/inbound-contacts">Log emails and calls</Link>
          </p>
        </div>
        <div className="field report-section__period">
          <label className="field__label" htmlFor="channel-shift-span">
            Months
          </label>
          <select
            id="channel-shift-span"
            className="field__input"
            value={span}
            onChange={(event) => setSpan(Number(event.target.value) as ChannelShiftSpan)}
          >
            {channelShiftSpans.map((value) => (
              <option key={value} value={value}>
                Last {value} months
              </option>
            ))}
          </select>
        </div>
      </header>

      {report.isPending ? (
        <ListSkeleton label="Loading the channel shift" rows={4} columns={3} />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} what="the channel shift" />
      ) : (
        <ChannelShiftBody report={report.data} />
      )}
    </section>
  );
}

function ChannelShiftBody({ report }: { report: ChannelShift }) {
  const { totals } = report;
  const quiet = totals.portalMessages + totals.serviceRequests + totals.emails + totals.calls === 0;
  if (quiet) {
    return (
      <section className="state report-empty">
        <h3 className="state__title">Nothing to compare yet</h3>
        <p className="state__text">
          No portal messages, service requests, or logged emails and calls in these months. Log the emails and
          calls the office receives (by hand or from your phone system) to see whether the portal takes their
          place.
        </p>
        <Link className="button button--primary" to="/inbound-contacts">
          Log emails and calls
        </Link>
      </section>
    );
  }
  const first = report.months[0];
  const last = report.months.at(-1);
  const stats = [
    {
      label: 'Portal share',
      value: share(totals.portalShare),
      note: 'Portal messages and requests, of everything customers sent in these months',
    },
    {
      label: `Portal share in ${last ? formatMonth(last.month) : 'the last month'}`,
      value: share(last?.portalShare ?? null),
      note: first ? `${share(first.portalShare)} in ${formatMonth(first.month)}` : '',
    },
    {
      label: 'Through the portal',
      value: formatCount(totals.portalMessages + totals.serviceRequests),
      note: `${formatCount(totals.portalMessages)} messages, ${formatCount(totals.serviceRequests)} service requests`,
    },
    {
      label: 'Emails and calls',
      value: formatCount(totals.emails + totals.calls),
      note: `${formatCount(totals.emails)} emails, ${formatCount(totals.calls)} calls logged`,
    },
  ];
  return (
    <>
      <dl className="report-stats">
        {stats.map((stat) => (
          <div key={stat.label} className="report-stat">
            <dt className="report-stat__label">{stat.label}</dt>
            <dd className="report-stat__value">{stat.value}</dd>
            <dd className="report-stat__note">{stat.note}</dd>
          </div>
        ))}
      </dl>
      <ChannelShiftChart months={report.months} />
    </>
  );
}

export function ChannelShiftChart({ months }: { months: readonly ChannelShiftMonth[] }) {
  const data = months.map((month) => ({
    ...month,
    label: formatMonth(month.month),
    sharePercent: month.portalShare === null ? null : Math.round(month.portalShare * 1000) / 10,
  }));
  return (
    <ChartCard
      title="Portal and other channels by month"
      description="Left bar: through the portal. Right bar: emails and calls. Line: the portal's share."
      legend={[
        ...series.map(({ label, color }) => ({ label, color })),
        { label: 'Portal share', color: shareColor },
      ]}
      numbers={
        <NumbersTable
          caption="Portal messages, service requests, emails and calls by month"
          rows={months}
          rowKey={(row) => row.month}
          columns={[
            { label: 'Month', value: (row) => formatMonth(row.month) },
            ...series.map((s) => ({
              label: s.label,
              value: (row: ChannelShiftMonth) => formatCount(row[s.key]),
              numeric: true,
            })),
            { label: 'Portal share', value: (row) => share(row.portalShare), numeric: true },
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 0, bottom: 0, left: -12 }}
        >
          <CartesianGrid vertical={false} stroke={chartColors.grid} />
          <XAxis dataKey="label" {...axis} interval="preserveStartEnd" minTickGap={12} />
          <YAxis yAxisId="count" allowDecimals={false} {...axis} axisLine={false} />
          <YAxis
            yAxisId="share"
            orientation="right"
            domain={[0, 100]}
            unit="%"
            width={44}
            {...axis}
            axisLine={false}
          />
          <Tooltip cursor={{ fill: 'rgb(0 0 0 / 5%)' }} />
          {series.map((s) => (
            <Bar
              key={s.key}
              yAxisId="count"
              dataKey={s.key}
              name={s.label}
              stackId={s.stack}
              fill={s.color}
              maxBarSize={28}
              {...still}
            />
          ))}
          <Line
            yAxisId="share"
            dataKey="sharePercent"
            name="Portal share (%)"
            stroke={shareColor}
            strokeWidth={2}
            dot={{ r: 2 }}
            connectNulls
            {...still}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
