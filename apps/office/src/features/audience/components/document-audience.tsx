import { useQuery } from '@tanstack/react-query';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { type DocumentKind, documentAudienceOptions } from '../api/audience';
import { areaNames } from '../api/audience-labels';

import { AudienceList } from './audience-list';

interface DocumentAudienceProps {
  document: { id: string; kind: DocumentKind; published: boolean };
}

/** "Who can see this?" for one document: links, the contact's access areas, publication. */
export function DocumentAudience({ document }: DocumentAudienceProps) {
  const allowed = useCan('access.manage');
  return (
    <section className="doc-detail__section" aria-labelledby="document-audience-title">
      <h3 id="document-audience-title" className="section-title">
        Who can see this?
      </h3>
      {!document.published && (
        <p className="alert alert--info">
          Not published: nobody sees it in the portal yet. Once it is, those below with nothing else in the
          way will.
        </p>
      )}
      {allowed === undefined ? (
        <ListSkeleton label="Loading who can see this document" />
      ) : allowed ? (
        <DocumentAudienceList document={document} />
      ) : (
        <p className="muted">Checking who can see a document needs the access.manage permission.</p>
      )}
    </section>
  );
}

function DocumentAudienceList({ document }: DocumentAudienceProps) {
  const audience = useQuery(documentAudienceOptions(document.id));
  if (audience.isPending) return <ListSkeleton label="Loading who can see this document" />;
  if (audience.isError) {
    return (
      <QueryError
        error={audience.error}
        onRetry={() => void audience.refetch()}
        what="who can see this document"
      />
    );
  }
  return <AudienceList audience={audience.data} subject="this document" area={areaNames[document.kind]} />;
}
