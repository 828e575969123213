import { Spinner } from '@portico/ui';
import { useState } from 'react';
import { RoutineChart, toleranceParam } from '../../../components/charts/dashboard-charts';
import { isoDate } from '../../../lib/format';
import { overlayTarget, useOverlay } from '../../../lib/overlay';
import type { PortalDashboard } from '../../../lib/portal-types';
import { failureMessage } from '../../../lib/problems';
import { useRoutineReport } from '../api/dashboard';
import { Panel } from './panel';

/** Routine maintenance of one year by tolerance, a year picker, and the routine report for a date range. */
export function RoutinePanel({
  routine,
  onYear,
  loading,
}: {
  routine: NonNullable<PortalDashboard['routineByMonth']>;
  onYear: (year: number) => void;
  loading: boolean;
}) {
  const overlay = useOverlay();
  const thisYear = new Date().getFullYear();
  return (
    <Panel
      title="Routine activities"
      tools={
        <fieldset className="year-picker" aria-label="Year">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onYear(routine.year - 1)}
            aria-label={`Show ${routine.year - 1}`}
          >
            ‹
          </button>
          <span className="year-picker__value" aria-live="polite">
            {loading ? <Spinner size="sm" /> : routine.year}
          </span>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onYear(routine.year + 1)}
            disabled={routine.year >= thisYear + 1}
            aria-label={`Show ${routine.year + 1}`}
          >
            ›
          </button>
        </fieldset>
      }
    >
      <RoutineChart
        months={routine.months}
        onSelect={(month, tolerance) =>
          overlay.open(
            overlayTarget('/tasks', {
              kind: 'routine',
              month,
              tolerance: tolerance && toleranceParam[tolerance],
            }),
          )
        }
      />
      <RoutineReport />
    </Panel>
  );
}

function RoutineReport() {
  const today = new Date();
  const [from, setFrom] = useState(() => isoDate(new Date(today.getFullYear(), today.getMonth(), 1)));
  const [to, setTo] = useState(() => isoDate(today));
  const report = useRoutineReport();
  const tooLong = Date.parse(to) - Date.parse(from) > 366 * 86_400_000;
  const backwards = to < from;
  const problem = tooLong ? 'Choose at most a year.' : backwards ? 'The end comes before the start.' : null;
  return (
    <form
      className="report-range"
      aria-label="Routine activity report"
      onSubmit={(event) => {
        event.preventDefault();
        if (!problem) report.mutate({ from, to });
      }}
    >
      <label className="filter">
        Performed from
        <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} required />
      </label>
      <label className="filter">
        to
        <input type="date" value={to} onChange={(event) => setTo(event.target.value)} required />
      </label>
      <button
        type="submit"
        className="button button--secondary button--small"
        disabled={report.isPending || problem !== null}
      >
        {report.isPending && <Spinner size="sm" />}
        Download routine report
      </button>
      {(problem || report.isError) && (
        <p className="alert alert--error report-range__error" role="alert">
          {problem ?? failureMessage(report.error)}
        </p>
      )}
    </form>
  );
}
