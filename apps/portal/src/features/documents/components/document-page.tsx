import { Link, useParams } from 'react-router';
import { usePortalMe } from '../../../lib/session';
import { DocumentDetailLoader } from './document-detail';

/** Where an email's link lands (/documents/:id, /invoices/:id): the document itself, one click from its PDF. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const me = usePortalMe();
  return (
    <DocumentDetailLoader id={id} defaultName={`${me.firstName} ${me.lastName}`.trim()}>
      {(title, body) => (
        <article className="page" aria-labelledby="document-title">
          <p>
            <Link className="text-link" to="/documents">
              ← All documents
            </Link>
          </p>
          <h1 id="document-title" className="page__title">
            {title}
          </h1>
          {body}
          <p>
            <Link className="text-link" to={`/messages/new?documentId=${encodeURIComponent(id)}`}>
              Ask a question about this document
            </Link>
          </p>
        </article>
      )}
    </DocumentDetailLoader>
  );
}
