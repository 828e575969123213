import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ssoProvidersOptions, ssoStartUrl } from '../api/sso-providers';

/**
 * "Sign in with <provider>" for the organization whose sign-in page this is. Nothing at all when
 * the organization is unknown or offers none, so the password form stays the whole page. `then` follows the buttons,
 * only when there are some.
 */
export function SsoButtons({ org, then }: { org: string | null; then?: ReactNode }) {
  const providers = useQuery({ ...ssoProvidersOptions(org ?? ''), enabled: org !== null });
  if (org === null) return null;
  if (providers.isPending)
    return (
      <p className="muted" role="status">
        Loading other ways to sign in…
      </p>
    );
  // An unknown organization or an unreachable API: the password form still works, say no more.
  if (providers.isError || providers.data.providers.length === 0) return null;
  return (
    <nav className="stack" aria-label="Sign in with another account">
      {providers.data.providers.map((provider) => (
        <a
          key={provider.id}
          className="button button--secondary button--block"
          href={ssoStartUrl(provider.id)}
        >
          Sign in with {provider.displayName}
        </a>
      ))}
      {then}
    </nav>
  );
}
