import type { Building } from '@portico/api-client';
import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { DetailSkeleton, NotFoundState } from '../../../components/detail-states';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { buildingOptions, useUpdateBuilding } from '../api/buildings';
import { BuildingContacts } from './building-contacts';
import { BuildingForm } from './building-form';
import { buildingValues } from './building-form-values';
import { placeOf, streetOf } from './buildings-table';
import { DeleteBuilding } from './delete-building';

interface BuildingPageProps {
  /** "Who can see this?", composed in by the app (it belongs to another feature). */
  whoCanSee?: (building: Building) => ReactNode;
}

export function BuildingPage({ whoCanSee }: BuildingPageProps) {
  const { buildingId = '' } = useParams();
  const building = useQuery(buildingOptions(buildingId));

  if (building.isPending) return <DetailSkeleton label="Loading building" />;
  if (building.isError) {
    // A malformed id answers 400, another organization's 404: to the person both are "not found".
    const status = problemStatus(building.error);
    if (status === 404 || status === 400) return <NotFoundState what="building" back="/buildings" />;
    return <QueryError error={building.error} onRetry={() => void building.refetch()} what="this building" />;
  }
  return <BuildingDetails building={building.data} whoCanSee={whoCanSee} />;
}

function BuildingDetails({ building, whoCanSee }: { building: Building } & BuildingPageProps) {
  const canWrite = useCan('contacts.write') === true;
  const [editing, setEditing] = useState(false);
  const update = useUpdateBuilding();

  return (
    <>
      <title>{`${building.name} · Buildings · Portico`}</title>
      <Breadcrumb to="/buildings" list="Buildings" current={building.name} />
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{building.name}</h1>
          <p className="page-header__text">
            Building of <Link to={`/accounts/${building.accountId}`}>{building.accountName}</Link>
          </p>
        </div>
        {canWrite && !editing && (
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              Edit details
            </button>
            <DeleteBuilding building={building} />
          </div>
        )}
      </header>

      <section className="card" aria-labelledby="building-details-title">
        <h2 id="building-details-title" className="card__title">
          {editing ? 'Edit details' : 'Details'}
        </h2>
        {editing ? (
          <BuildingForm
            initial={buildingValues(building)}
            submitLabel="Save changes"
            pendingLabel="Saving…"
            pending={update.isPending}
            error={update.error}
            onCancel={() => {
              setEditing(false);
              update.reset();
            }}
            onSubmit={(body) =>
              update.mutate(
                { params: { path: { id: building.id } }, body },
                { onSuccess: () => setEditing(false) },
              )
            }
          />
        ) : (
          <BuildingSummary building={building} />
        )}
      </section>

      <BuildingContacts building={building} canWrite={canWrite} />
      {whoCanSee?.(building)}
    </>
  );
}

const dash = <span className="muted">—</span>;

function BuildingSummary({ building }: { building: Building }) {
  const street = streetOf(building);
  const place = placeOf(building);
  const position =
    building.latitude !== null && building.longitude !== null
      ? `${building.latitude}, ${building.longitude}`
      : null;
  const rows: [string, ReactNode][] = [
    [
      'Account',
      <Link key="account" to={`/accounts/${building.accountId}`}>
        {building.accountName}
      </Link>,
    ],
    [
      'Address',
      street || place ? (
        <>
          {street}
          {street && place && <br />}
          {place}
        </>
      ) : (
        dash
      ),
    ],
    ['Map position', position ?? dash],
    ['Site source', building.siteSource ?? dash],
    ['External ID', building.externalId ?? dash],
  ];
  return (
    <dl className="detail-list">
      {rows.map(([term, value]) => (
        <div key={term} className="detail-list__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
