import { useSearchParams } from 'react-router';
import { organizationSlug } from '../api/sso-providers';
import { SsoButtons } from './sso-buttons';

/** The sign-in page's single sign-on part: the organization from the link, then its buttons. */
export function SsoSignInOptions() {
  const [search] = useSearchParams();
  return (
    <SsoButtons
      org={organizationSlug(search)}
      then={<p className="form-note">Or with your email address:</p>}
    />
  );
}
