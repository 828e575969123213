import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../../components/load-state';
import { buildingsOptions } from '../../../lib/portal-queries';
import { usePreviewing } from '../../../lib/preview';
import { type About, useStartThread } from '../api/messages';
import { Composer } from './composer';
import '../messages.css';

/**
 * "Ask a question": about the document or property it was opened from (?documentId=,
 * ?buildingId=), or a property chosen here. The API checks the contact may see it.
 */
export function NewThreadPage() {
  const [params] = useSearchParams();
  const documentId = params.get('documentId');
  const fixedBuilding = params.get('buildingId');
  const [buildingId, setBuildingId] = useState(fixedBuilding ?? '');
  const [subject, setSubject] = useState('');
  const buildings = useQuery({ ...buildingsOptions(), enabled: !documentId });
  const start = useStartThread();
  const navigate = useNavigate();
  const previewing = usePreviewing();
  const id = useId();

  const about: About | null = documentId ? { documentId } : buildingId ? { buildingId } : null;
  const buildingName = buildings.data?.items.find((b) => b.id === buildingId)?.name;

  return (
    <article className="page" aria-labelledby="new-thread-title">
      <title>Ask a question</title>
      <p>
        <Link className="text-link" to="/messages">
          ← All messages
        </Link>
      </p>
      <h1 id="new-thread-title" className="page__title">
        Ask a question
      </h1>
      {documentId ? (
        <p className="thread__about">About the document you were looking at.</p>
      ) : buildings.isPending ? (
        <Loading>Loading your properties…</Loading>
      ) : buildings.isError ? (
        <LoadError what="your properties" error={buildings.error} retry={() => void buildings.refetch()} />
      ) : fixedBuilding && buildingName ? (
        <p className="thread__about">About {buildingName}.</p>
      ) : null}
      <Composer
        label="Your message"
        submitLabel="Send"
        busy={start.isPending}
        error={start.error}
        disabled={previewing || !about || !subject.trim()}
        onSend={(message) => {
          if (!about) return;
          start.mutate(
            { ...message, subject, about },
            { onSuccess: (thread) => navigate(`/messages/${thread.id}`, { replace: true }) },
          );
        }}
        before={
          <>
            {!documentId && !fixedBuilding && buildings.data && (
              <div className="field">
                <label className="field__label" htmlFor={`${id}-building`}>
                  Property
                </label>
                <select
                  id={`${id}-building`}
                  className="field__input"
                  required
                  value={buildingId}
                  onChange={(e) => setBuildingId(e.target.value)}
                >
                  <option value="">Choose a property</option>
                  {buildings.data.items.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label className="field__label" htmlFor={`${id}-subject`}>
                Subject
              </label>
              <input
                id={`${id}-subject`}
                className="field__input"
                required
                maxLength={200}
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
              />
            </div>
          </>
        }
      />
      {previewing && <p className="field__hint">Sending is not available in a preview.</p>}
    </article>
  );
}
