import { SecretShownOnce } from '../../../components/secret-shown-once';
import type { EndpointWithSecret } from '../api/webhooks';

/** The signing secret in full, once: a copy button, and the plain warning that it is not shown again. */
export function SigningSecretShownOnce({
  created,
  onDone,
}: {
  created: EndpointWithSecret;
  onDone: () => void;
}) {
  return (
    <SecretShownOnce
      label={`Signing secret for ${created.endpoint.url}`}
      secret={created.secret}
      warning="This is the only time you will see this signing secret. Copy it into your receiver now: it uses it to check that each request really comes from Portico."
      onDone={onDone}
    >
      Each request carries <code>X-Portico-Signature: t=…,v1=…</code>, an HMAC-SHA256 of <code>t.body</code>{' '}
      with this secret, and <code>X-Portico-Event-Id</code> to skip events already handled. If the secret is
      lost, rotate it.
    </SecretShownOnce>
  );
}
