import type { ReactNode } from 'react';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AdoptionWeek, FeatureUse, UsageCohort, UsageFunnel } from '../api/usage';
import { chartColors } from '../utils/chart-colors';
import {
  featureLabel,
  formatCount,
  formatDay,
  formatMonth,
  formatPercent,
  formatShortDay,
  shareOf,
} from '../utils/report-format';
import { ChartCard, NumbersTable } from './chart-card';

// Charts draw at once: a growing bar says nothing, a resize would replay it, and a picture taken
// mid-animation would be wrong.
const still = { isAnimationActive: false } as const;
const axis = { fontSize: 12, stroke: chartColors.axis, tickLine: false } as const;
const tooltipFormat = (value: unknown) => formatCount(Number(value));

export function FeatureUsageChart({ usage, actions }: { usage: readonly FeatureUse[]; actions?: ReactNode }) {
  const rows = [...usage].sort((a, b) => b.events - a.events);
  const data = rows.map((row) => ({ label: featureLabel(row.feature), events: row.events }));
  const quiet = rows.every((row) => row.events === 0);
  return (
    <ChartCard
      actions={actions}
      title="Feature usage"
      description={
        quiet
          ? 'No portal activity in the last 30 days yet.'
          : 'Portal activity in the last 30 days, by kind.'
      }
      legend={[{ label: 'Events', color: chartColors.brand }]}
      numbers={
        <NumbersTable
          caption="Feature usage, last 30 days"
          rows={rows}
          rowKey={(row) => row.feature}
          columns={[
            { label: 'Activity', value: (row) => featureLabel(row.feature) },
            { label: 'Events', value: (row) => formatCount(row.events), numeric: true },
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 36 + 32)}>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 40, bottom: 4, left: 8 }}
        >
          <CartesianGrid horizontal={false} stroke={chartColors.grid} />
          <XAxis type="number" allowDecimals={false} {...axis} />
          <YAxis type="category" dataKey="label" width={150} {...axis} axisLine={false} />
          <Tooltip formatter={tooltipFormat} cursor={{ fill: 'rgb(0 0 0 / 5%)' }} />
          <Bar dataKey="events" name="Events" fill={chartColors.brand} radius={[0, 3, 3, 0]} {...still}>
            <LabelList dataKey="events" position="right" fontSize={12} fill={chartColors.axis} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

const funnelSteps: { key: keyof UsageFunnel; label: string }[] = [
  { key: 'invited', label: 'Invited' },
  { key: 'opened', label: 'Opened the link' },
  { key: 'registered', label: 'Registered' },
  { key: 'active', label: 'Active (30 days)' },
  { key: 'tookAction', label: 'Took an action' },
];

export function FunnelChart({ funnel, actions }: { funnel: UsageFunnel; actions?: ReactNode }) {
  const rows = funnelSteps.map((step) => {
    const share = shareOf(funnel[step.key], funnel.invited);
    return {
      ...step,
      count: funnel[step.key],
      share,
      text: `${formatCount(funnel[step.key])}${share === null ? '' : ` · ${formatPercent(share)}`}`,
    };
  });
  return (
    <ChartCard
      actions={actions}
      title="Invite funnel"
      description="Of the contacts first invited in the period: how far each got."
      legend={[{ label: 'Contacts', color: chartColors.sky }]}
      numbers={
        <NumbersTable
          caption="Invite funnel"
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { label: 'Step', value: (row) => row.label },
            { label: 'Contacts', value: (row) => formatCount(row.count), numeric: true },
            {
              label: 'Of invited',
              value: (row) => (row.share === null ? '—' : formatPercent(row.share)),
              numeric: true,
            },
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={230}>
        <BarChart
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 96, bottom: 4, left: 8 }}
        >
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={140} {...axis} axisLine={false} />
          <Tooltip formatter={tooltipFormat} cursor={{ fill: 'rgb(0 0 0 / 5%)' }} />
          <Bar
            dataKey="count"
            name="Contacts"
            fill={chartColors.sky}
            radius={[0, 3, 3, 0]}
            // A step nobody reached still shows its "0 · 0%".
            minPointSize={2}
            {...still}
          >
            <LabelList dataKey="text" position="right" fontSize={12} fill={chartColors.axis} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

const cohortSeries = [
  { key: 'invited', label: 'Invited', color: chartColors.muted },
  { key: 'registered', label: 'Registered', color: chartColors.brand },
  { key: 'active', label: 'Active (30 days)', color: chartColors.success },
] as const;

export function CohortChart({ cohorts, actions }: { cohorts: readonly UsageCohort[]; actions?: ReactNode }) {
  const data = cohorts.map((cohort) => ({ ...cohort, label: formatMonth(cohort.month) }));
  return (
    <ChartCard
      actions={actions}
      title="Cohorts by invite month"
      description="Contacts grouped by the month they were first invited: how many registered and are active now."
      legend={cohortSeries.map(({ label, color }) => ({ label, color }))}
      numbers={
        <NumbersTable
          caption="Cohorts by invite month"
          rows={cohorts}
          rowKey={(row) => row.month}
          columns={[
            { label: 'Invited in', value: (row) => formatMonth(row.month) },
            ...cohortSeries.map((series) => ({
              label: series.label,
              value: (row: UsageCohort) => formatCount(row[series.key]),
              numeric: true,
            })),
            {
              label: 'Share registered',
              value: (row) => {
                const share = shareOf(row.registered, row.invited);
                return share === null ? '—' : formatPercent(share);
              },
              numeric: true,
            },
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
          <CartesianGrid vertical={false} stroke={chartColors.grid} />
          <XAxis dataKey="label" {...axis} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} {...axis} axisLine={false} />
          <Tooltip formatter={tooltipFormat} cursor={{ fill: 'rgb(0 0 0 / 5%)' }} />
          {cohortSeries.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.label}
              fill={series.color}
              maxBarSize={40}
              {...still}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function AdoptionCurveChart({
  weeks,
  actions,
}: {
  weeks: readonly AdoptionWeek[];
  actions?: ReactNode;
}) {
  const data = weeks.map((week) => ({ ...week, label: formatShortDay(week.weekStart) }));
  return (
    <ChartCard
      actions={actions}
      title="Adoption curve"
      description="Contacts enrolled by the end of each week since the first invitation."
      legend={[{ label: 'Enrolled contacts', color: chartColors.success }]}
      numbers={
        <NumbersTable
          caption="Adoption curve, weekly"
          rows={weeks}
          rowKey={(row) => row.weekStart}
          columns={[
            { label: 'Week of', value: (row) => formatDay(row.weekStart) },
            { label: 'Enrolled contacts', value: (row) => formatCount(row.enrolledContacts), numeric: true },
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={240}>
        <AreaChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: -12 }}
        >
          <CartesianGrid vertical={false} stroke={chartColors.grid} />
          <XAxis dataKey="label" {...axis} interval="preserveStartEnd" minTickGap={24} />
          <YAxis allowDecimals={false} {...axis} axisLine={false} />
          <Tooltip formatter={tooltipFormat} />
          <Area
            type="monotone"
            dataKey="enrolledContacts"
            name="Enrolled contacts"
            stroke={chartColors.success}
            strokeWidth={2}
            fill={chartColors.success}
            fillOpacity={0.15}
            {...still}
          />
        </AreaChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
