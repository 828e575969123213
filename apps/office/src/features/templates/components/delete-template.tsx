import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Template } from '../api/template-kinds';
import { useDeleteTemplate } from '../api/templates';

/** Delete behind an inline confirmation; the API refuses the default (409) and says why. */
export function DeleteTemplate({ template }: { template: Template }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteTemplate(template.id);
  const navigate = useNavigate();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  // Focus follows the switch: into the confirmation when it opens, back to its opener on cancel,
  // so keyboard users keep their place.
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) openRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  function cancel() {
    returnFocus.current = true;
    setConfirming(false);
    remove.reset();
  }

  if (!confirming) {
    return (
      <button
        ref={openRef}
        type="button"
        className="button button--secondary tpl-danger"
        onClick={() => setConfirming(true)}
      >
        Delete template
      </button>
    );
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the confirmation cancels it
    <div
      className="tpl-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p id="tpl-confirm-text" className="tpl-confirm__text">
        Delete “{template.name}”? This cannot be undone.
        {template.isDefault && ' It is the default of its kind, so it cannot be deleted until another is.'}
      </p>
      {remove.isError && (
        <p className="field__error" role="alert">
          {problemMessage(remove.error)}
        </p>
      )}
      <div className="actions">
        <button
          ref={confirmRef}
          type="button"
          className="button tpl-danger tpl-danger--solid"
          aria-describedby="tpl-confirm-text"
          // aria-disabled, not disabled: a disabled button drops focus, and the answer (409) is read next to it.
          aria-disabled={remove.isPending}
          onClick={() => {
            if (remove.isPending) return;
            remove.mutate(undefined, {
              onSuccess: () => navigate('/templates', { state: { deleted: template.name } }),
            });
          }}
        >
          {remove.isPending ? (
            <>
              <Spinner size="sm" /> Deleting…
            </>
          ) : (
            'Delete'
          )}
        </button>
        <button type="button" className="button button--secondary" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
