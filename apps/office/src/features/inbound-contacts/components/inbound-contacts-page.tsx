import { problemMessage } from '@portico/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/dialog';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { NoPermission } from '../../../components/no-permission';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import {
  type InboundChannel,
  type InboundContact,
  inboundContactsOptions,
  useDeleteInboundContact,
} from '../api/inbound-contacts';
import { InboundContactsTable } from './inbound-contacts-table';
import { LogInboundDialog } from './log-inbound-dialog';

export function InboundContactsPage() {
  const allowed = useCan('reports.read');
  return (
    <>
      <title>Emails and calls · Portico</title>
      {allowed === undefined ? (
        <ListSkeleton label="Loading emails and calls" />
      ) : allowed ? (
        <InboundContacts />
      ) : (
        <NoPermission />
      )}
    </>
  );
}

const channelFilters: { value: InboundChannel | ''; label: string }[] = [
  { value: '', label: 'Emails and calls' },
  { value: 'email', label: 'Emails' },
  { value: 'call', label: 'Calls' },
];

function InboundContacts() {
  const canWrite = useCan('contacts.write') === true;
  const [channel, setChannel] = useState<InboundChannel | ''>('');
  const log = useInfiniteQuery(inboundContactsOptions({ channel: channel || undefined }));
  const rows = log.data?.pages.flatMap((page) => page.items) ?? [];
  const total = log.data?.pages[0]?.total ?? 0;
  const [logging, setLogging] = useState(false);
  const [said, setSaid] = useState('');
  const [deleting, setDeleting] = useState<InboundContact | null>(null);
  const remove = useDeleteInboundContact();
  const logButton = useRef<HTMLButtonElement>(null);

  const openLog = () => {
    setSaid('');
    setLogging(true);
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Emails and calls</h1>
          <p className="page-header__text">
            Customers who reached the office outside the portal. The{' '}
            <Link to="/reports?view=usage">channel shift report</Link> sets them beside portal messages and
            service requests, month by month.
          </p>
        </div>
        {canWrite && (
          <button type="button" className="button button--primary" ref={logButton} onClick={openLog}>
            Log email or call
          </button>
        )}
      </header>
      <p role="status" className="report-status">
        {said}
      </p>

      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor="inbound-channel">
            Show
          </label>
          <select
            id="inbound-channel"
            className="field__input"
            value={channel}
            onChange={(event) => setChannel(event.target.value as InboundChannel | '')}
          >
            {channelFilters.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      {log.isPending ? (
        <ListSkeleton label="Loading emails and calls" />
      ) : log.isError && rows.length === 0 ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} what="emails and calls" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">{channel ? 'Nothing of this kind logged' : 'Nothing logged yet'}</h2>
          <p className="state__text">
            Log the emails and calls customers send the office, by hand or from your phone system through the
            integration API, to see whether the portal is taking their place.
          </p>
          {canWrite && (
            <button type="button" className="button button--primary" onClick={openLog}>
              Log the first one
            </button>
          )}
        </section>
      ) : (
        <>
          <ListSummary
            noun={['entry', 'entries']}
            total={total}
            shown={rows.length}
            updating={log.isFetching && !log.isFetchingNextPage}
          />
          <InboundContactsTable rows={rows} onDelete={canWrite ? setDeleting : undefined} />
          <LoadMore query={log} what="emails and calls" remaining={total - rows.length} />
        </>
      )}

      <LogInboundDialog
        open={logging}
        onClose={() => {
          setLogging(false);
          logButton.current?.focus();
        }}
        onLogged={(entry) => {
          setLogging(false);
          setSaid(
            `Logged ${entry.count > 1 ? `${entry.count} ` : 'the '}${entry.channel === 'email' ? 'email' : 'call'}${entry.count > 1 ? 's' : ''}.`,
          );
          logButton.current?.focus();
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this entry?"
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.error ? problemMessage(remove.error) : undefined}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(
            { params: { path: { id: deleting.id } } },
            {
              onSuccess: () => {
                setDeleting(null);
                setSaid('Entry deleted.');
              },
            },
          );
        }}
      >
        It no longer counts in the channel shift report. An entry from an integration comes back if the
        integration posts it again.
      </ConfirmDialog>
    </>
  );
}
