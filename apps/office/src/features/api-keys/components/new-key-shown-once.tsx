import { SecretShownOnce } from '../../../components/secret-shown-once';
import type { CreatedApiKey } from '../api/api-keys';

/** The key in full, once: a copy button, and the plain warning that it will not be shown again. */
export function NewKeyShownOnce({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  return (
    <SecretShownOnce
      label={`API key “${created.apiKey.name}”`}
      secret={created.key}
      warning="This is the only time you will see this key. Copy it now and store it somewhere safe, such as your other system’s settings or a password manager: Portico keeps only a fingerprint of it."
      onDone={onDone}
    >
      Send it in the <code>Authorization: Bearer …</code> header. If it is lost, revoke it and create a new
      one.
    </SecretShownOnce>
  );
}
