import { problemMessage } from '@portico/api-client';
import { useState } from 'react';
import { Dialog } from '../../../components/dialog';
import {
  type AccessChange,
  type AccessPreview,
  changesNothing,
  side,
  usePreviewContactAccess,
} from '../api/access-preview';

export interface PendingAccessChange {
  /** The change as the preview takes it (links replace the contact's, areas as they would be). */
  change: AccessChange;
  /** What the person asked for, in words: "Link the account Harbor Holdings". */
  what: string;
  /** Saves it; a rejection is shown in the dialog. */
  apply: () => Promise<unknown>;
  /** Puts the form back as it was. */
  discard?: () => void;
}

interface Confirming {
  pending: PendingAccessChange;
  preview: AccessPreview | null;
  previewError: unknown;
}

/**
 * Every change to what a contact may see goes through here: a dry run first, then a confirmation
 * that lists what they would gain and lose. A change that shows and hides nothing is saved at
 * once; without access.manage (which the dry run needs) the change is saved as before.
 */
export function useAccessChangeConfirmation(contact: { id: string; name: string }, canPreview: boolean) {
  const preview = usePreviewContactAccess();
  const [confirming, setConfirming] = useState<Confirming | null>(null);

  function request(pending: PendingAccessChange) {
    if (!canPreview) {
      // The section shows the mutation's own error; nothing more to do with the rejection here.
      pending.apply().catch(() => undefined);
      return;
    }
    preview.mutate(
      { params: { path: { id: contact.id } }, body: pending.change },
      {
        onSuccess: (result) => {
          if (changesNothing(result)) {
            setConfirming(null);
            pending.apply().catch(() => undefined);
          } else setConfirming({ pending, preview: result, previewError: null });
        },
        onError: (error) => setConfirming({ pending, preview: null, previewError: error }),
      },
    );
  }

  const dialog = (
    <AccessChangeDialog
      name={contact.name}
      confirming={confirming}
      retrying={preview.isPending}
      onRetry={() => confirming && request(confirming.pending)}
      onCancel={() => {
        confirming?.pending.discard?.();
        setConfirming(null);
      }}
      onSaved={() => setConfirming(null)}
    />
  );
  return { request, checking: preview.isPending, dialog };
}

interface AccessChangeDialogProps {
  /** The contact's name, for the title. */
  name: string;
  confirming: Confirming | null;
  retrying: boolean;
  onRetry: () => void;
  onCancel: () => void;
  onSaved: () => void;
}

function AccessChangeDialog({
  name,
  confirming,
  retrying,
  onRetry,
  onCancel,
  onSaved,
}: AccessChangeDialogProps) {
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const close = () => {
    setSaveError(null);
    onCancel();
  };
  async function save() {
    if (!confirming) return;
    setSaving(true);
    setSaveError(null);
    try {
      await confirming.pending.apply();
      onSaved();
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog open={confirming !== null} onClose={close} title={`What this changes for ${name}`} busy={saving}>
      {confirming && (
        <>
          <p className="dialog__text">{confirming.pending.what}.</p>
          {confirming.preview ? (
            <div className="access-preview">
              <PreviewSide title="They would gain" tone="gain" preview={confirming.preview} which="gained" />
              <PreviewSide title="They would lose" tone="loss" preview={confirming.preview} which="lost" />
            </div>
          ) : (
            <div className="alert alert--error" role="alert">
              <p>Could not work out what this changes: {problemMessage(confirming.previewError)}</p>
              <p>You can try again, or save without the check.</p>
            </div>
          )}
          {saveError !== null && (
            <p className="alert alert--error" role="alert">
              {problemMessage(saveError)}
            </p>
          )}
          <div className="dialog__actions">
            {/* biome-ignore lint/a11y/noAutofocus: the safe choice has the focus, so Enter alone changes nothing */}
            <button type="button" className="button button--secondary" onClick={close} autoFocus>
              Cancel
            </button>
            {!confirming.preview && (
              <button
                type="button"
                className="button button--secondary"
                onClick={onRetry}
                disabled={retrying}
              >
                {retrying ? 'Checking…' : 'Try again'}
              </button>
            )}
            <button
              type="button"
              className="button button--primary"
              onClick={() => void save()}
              disabled={saving}
            >
              {saving ? 'Saving…' : confirming.preview ? 'Save' : 'Save anyway'}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

// A long list helps nobody decide: the first few by name, then how many more.
const SHOWN = 8;

function PreviewSide(props: {
  title: string;
  tone: 'gain' | 'loss';
  preview: AccessPreview;
  which: 'gained' | 'lost';
}) {
  const { accounts, buildings, documents } = side(props.preview, props.which);
  const nothing = accounts.length === 0 && buildings.length === 0 && documents.length === 0;
  return (
    <section
      className={`access-preview__side access-preview__side--${nothing ? 'empty' : props.tone}`}
      aria-label={props.title}
    >
      <h3 className="access-preview__title">{props.title}</h3>
      {nothing ? (
        <p className="muted">Nothing</p>
      ) : (
        <dl className="access-preview__list">
          {accounts.length > 0 && (
            <Group term={accounts.length === 1 ? 'Account' : `${accounts.length} accounts`}>
              {accounts.map((account) => account.name)}
            </Group>
          )}
          {buildings.length > 0 && (
            <Group term={buildings.length === 1 ? 'Building' : `${buildings.length} buildings`}>
              {buildings.map((building) => `${building.name} (${building.accountName})`)}
            </Group>
          )}
          {documents.length > 0 && <Group term="Published documents">{documents}</Group>}
        </dl>
      )}
    </section>
  );
}

function Group({ term, children }: { term: string; children: string[] }) {
  const more = children.length - SHOWN;
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <ul>
          {children.slice(0, SHOWN).map((line) => (
            <li key={line}>{line}</li>
          ))}
          {more > 0 && <li className="muted">and {more.toLocaleString()} more</li>}
        </ul>
      </dd>
    </div>
  );
}
