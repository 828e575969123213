import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import type { UsageExportTable } from '../api/exports';
import { type PortalUsage, periodStart, type UsagePeriod, usageOptions, usagePeriods } from '../api/usage';
import { formatCount, formatDuration, formatPercent } from '../utils/report-format';
import { AtRiskAccounts } from './at-risk-accounts';
import { ExportMenu } from './export-menu';
import { AdoptionCurveChart, CohortChart, FeatureUsageChart, FunnelChart } from './usage-charts';

const periodLabels: Record<UsagePeriod, string> = {
  '': 'Since the first invitation',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
};

interface UsageSectionProps {
  period: UsagePeriod;
  onPeriodChange: (period: UsagePeriod) => void;
  /** The role may export (reports.export): each chart gets its export menu. */
  canExport: boolean;
}

type ExportFor = (table: UsageExportTable, label: string) => ReactNode;

/** How customers use the portal once invited: rates, the funnel, cohorts, the curve, who is at risk. */
export function UsageSection({ period, onPeriodChange, canExport }: UsageSectionProps) {
  const usage = useQuery(usageOptions(period));
  const from = periodStart(period);
  const exportFor: ExportFor = (table, label) =>
    canExport ? <ExportMenu target={{ report: 'usage', table, from }} label={label} /> : null;

  return (
    <section className="report-section" aria-labelledby="usage-title" aria-busy={usage.isFetching}>
      <header className="report-section__head">
        <div>
          <h2 id="usage-title" className="section-title">
            Portal usage
          </h2>
          <p className="report-section__text">
            Sign-ins and activity of invited contacts. The period picks contacts by their first invitation;
            activity counts the last 30 days.
          </p>
        </div>
        <div className="field report-section__period">
          <label className="field__label" htmlFor="usage-period">
            Invited
          </label>
          <select
            id="usage-period"
            className="field__input"
            value={period}
            onChange={(event) => onPeriodChange(event.target.value as UsagePeriod)}
          >
            {usagePeriods.map((value) => (
              <option key={value} value={value}>
                {periodLabels[value]}
              </option>
            ))}
          </select>
        </div>
      </header>

      {usage.isPending ? (
        <ListSkeleton label="Loading portal usage" rows={4} columns={3} />
      ) : usage.isError ? (
        <QueryError error={usage.error} onRetry={() => void usage.refetch()} what="portal usage" />
      ) : (
        <UsageBody usage={usage.data} period={period} exportFor={exportFor} />
      )}
    </section>
  );
}

function UsageBody({
  usage,
  period,
  exportFor,
}: {
  usage: PortalUsage;
  period: UsagePeriod;
  exportFor: ExportFor;
}) {
  const atRisk = usage.atRiskAccounts;
  if (usage.invitedContacts === 0) {
    return (
      <>
        <section className="state report-empty">
          <h3 className="state__title">No invitations yet</h3>
          <p className="state__text">
            Usage appears here once customers are invited to the portal: how many sign in, what they use, and
            how quickly they register.
          </p>
          <Link className="button button--primary" to="/bulk-invite">
            Invite customers
          </Link>
        </section>
        <AtRiskAccounts
          items={atRisk.items}
          total={atRisk.total}
          actions={exportFor('atRiskAccounts', 'the at-risk customers')}
        />
      </>
    );
  }
  const stats = [
    {
      label: 'Activation rate',
      value: usage.activationRate === null ? '—' : formatPercent(usage.activationRate),
      note: `${formatCount(usage.activatedContacts)} of ${formatCount(usage.invitedContacts)} invited contacts signed in at least once`,
    },
    {
      label: 'Monthly active users',
      value: formatCount(usage.monthlyActiveUsers),
      note: 'Contacts who signed in during the last 30 days',
    },
    {
      label: 'Median time to register',
      value: usage.medianTimeToRegisterHours === null ? '—' : formatDuration(usage.medianTimeToRegisterHours),
      note:
        usage.medianTimeToRegisterHours === null
          ? 'Nobody invited in the period has registered yet'
          : 'From the first invitation to registering',
    },
    {
      label: 'Invited contacts',
      value: formatCount(usage.invitedContacts),
      note: 'Contacts ever invited to the portal',
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
      {usage.funnel.invited === 0 && period !== '' && (
        <p className="alert alert--info">
          Nobody was first invited in this period: the funnel, the median and the cohorts are empty.
        </p>
      )}
      <div className="report-charts">
        <FunnelChart funnel={usage.funnel} actions={exportFor('funnel', 'the invite funnel')} />
        <FeatureUsageChart usage={usage.featureUsage} actions={exportFor('features', 'the feature usage')} />
        <CohortChart cohorts={usage.cohorts} actions={exportFor('cohorts', 'the cohorts')} />
        <AdoptionCurveChart
          weeks={usage.adoptionCurve}
          actions={exportFor('adoptionCurve', 'the adoption curve')}
        />
      </div>
      <AtRiskAccounts
        items={atRisk.items}
        total={atRisk.total}
        actions={exportFor('atRiskAccounts', 'the at-risk customers')}
      />
    </>
  );
}
