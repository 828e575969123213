import { fieldErrors } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../../components/load-state';
import { usePreviewing } from '../../../lib/preview';
import { failureMessage } from '../../../lib/problems';
import { urgencyLabels, urgencyOrder } from '../api/labels';
import {
  buildingChoicesOptions,
  PHOTOS_PER_REQUEST,
  photoProblem,
  type ServiceRequestUrgency,
  useRaiseServiceRequest,
} from '../api/service-requests';

/**
 * "Request service": which property, what needs doing, how urgent, and photos. Opened from the
 * nav or a property (`?buildingId=` preselects it).
 */
export function NewServiceRequestPage() {
  const [params] = useSearchParams();
  const buildings = useQuery(buildingChoicesOptions());
  const previewing = usePreviewing();
  const navigate = useNavigate();
  const raise = useRaiseServiceRequest();
  const [buildingId, setBuildingId] = useState(params.get('buildingId') ?? '');
  const [description, setDescription] = useState('');
  const [urgency, setUrgency] = useState<ServiceRequestUrgency>('normal');
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const errors = fieldErrors(raise.error);

  const choose = (files: FileList | null) => {
    const chosen = [...(files ?? [])];
    const problem = chosen.map(photoProblem).find(Boolean) ?? null;
    if (!problem && chosen.length > PHOTOS_PER_REQUEST) {
      setPhotoError(`At most ${PHOTOS_PER_REQUEST} photos.`);
      setPhotos([]);
      return;
    }
    setPhotoError(problem);
    setPhotos(problem ? [] : chosen);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    raise.mutate(
      { body: { buildingId, description: description.trim(), urgency }, photos },
      {
        onSuccess: ({ request, failedPhotos }) =>
          navigate(`/service-requests/${request.id}`, { state: { failedPhotos } }),
      },
    );
  };

  const list = buildings.data?.items ?? [];
  return (
    <section className="page" aria-labelledby="new-request-title">
      <title>Request service</title>
      <p>
        <Link className="text-link" to="/service-requests">
          ← All requests
        </Link>
      </p>
      <h1 id="new-request-title" className="page__title">
        Request service
      </h1>
      {previewing ? (
        <p className="alert alert--info">
          The customer raises requests here. That is turned off in the read-only preview.
        </p>
      ) : buildings.isPending ? (
        <Loading>Loading your properties…</Loading>
      ) : buildings.isError ? (
        <LoadError what="your properties" error={buildings.error} retry={() => void buildings.refetch()} />
      ) : list.length === 0 ? (
        <p className="alert alert--info">There is no property to request service for yet.</p>
      ) : (
        <form className="stack request-form" onSubmit={submit} noValidate={false}>
          <label className="field">
            <span className="field__label">Property</span>
            <select
              className="field__input"
              required
              value={buildingId}
              onChange={(e) => setBuildingId(e.target.value)}
              aria-invalid={Boolean(errors.buildingId)}
            >
              <option value="">Choose a property</option>
              {list.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                  {b.address ? ` (${b.address})` : ''}
                </option>
              ))}
            </select>
            {errors.buildingId && <span className="field__error">{errors.buildingId}</span>}
          </label>
          <label className="field">
            <span className="field__label">What needs doing?</span>
            <span className="field__hint">Where it is, what you see, since when.</span>
            <textarea
              className="field__input field__textarea"
              required
              rows={5}
              maxLength={4000}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              aria-invalid={Boolean(errors.description)}
            />
            {errors.description && <span className="field__error">{errors.description}</span>}
          </label>
          <fieldset className="field request-form__urgency">
            <legend className="field__label">How urgent is it?</legend>
            {urgencyOrder.map((u) => (
              <label key={u} className="request-form__choice">
                <input
                  type="radio"
                  name="urgency"
                  value={u}
                  checked={urgency === u}
                  onChange={() => setUrgency(u)}
                />{' '}
                {urgencyLabels[u]}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field__label">Photos (optional)</span>
            <span className="field__hint">
              Up to {PHOTOS_PER_REQUEST} photos, PNG, JPEG, WebP or HEIC, 10 MB each.
            </span>
            <input
              className="field__input"
              type="file"
              accept="image/png,image/jpeg,image/webp,image/heic,image/heif"
              multiple
              onChange={(e) => choose(e.target.files)}
              aria-invalid={Boolean(photoError)}
            />
            {photoError && <span className="field__error">{photoError}</span>}
          </label>
          {raise.isError && Object.keys(errors).length === 0 && (
            <p className="alert alert--error" role="alert">
              {failureMessage(raise.error)}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={raise.isPending}>
              {raise.isPending && <Spinner size="sm" />}
              {raise.isPending ? 'Sending…' : 'Send request'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
