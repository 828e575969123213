import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { LoadError, Loading } from '../../../components/load-state';
import type { PortalDocument } from '../../../lib/portal-types';
import { fetchDocumentFile } from '../api/documents';

/**
 * The PDF shown in the page. It is fetched with the session (a plain URL would carry no token)
 * and shown from an object URL, released when the preview closes. Phones without an inline PDF
 * viewer get a link to open it in their own.
 */
export function DocumentPreview({ document }: { document: PortalDocument }) {
  const file = useQuery({
    queryKey: ['portal-file', document.id, 'inline'],
    queryFn: () => fetchDocumentFile(document, 'inline'),
    staleTime: 5 * 60_000,
    gcTime: 0,
  });
  const url = useMemo(() => (file.data ? URL.createObjectURL(file.data.blob) : null), [file.data]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  if (file.isPending) return <Loading>Loading the preview…</Loading>;
  if (file.isError)
    return <LoadError what="the preview" error={file.error} retry={() => void file.refetch()} />;
  if (!url) return null;
  return (
    <div className="stack stack--tight">
      <iframe className="preview" src={url} title={`Preview of ${document.title}`} />
      <a className="text-link" href={url} target="_blank" rel="noopener">
        Open the PDF in a new tab
      </a>
    </div>
  );
}
