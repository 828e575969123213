import { fieldErrors } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { NEW_PASSWORD_HINT, PasswordField } from '../../../components/password-field';
import { StaySignedIn } from '../../../components/stay-signed-in';
import { SuspendedPanel } from '../../../components/suspended-panel';
import { failureMessage, suspensionOf } from '../../../lib/problems';
import type { InvitationLink, useAcceptInvitation } from '../api/invitation';

interface ChoosePasswordFormProps {
  token: string;
  invitation: InvitationLink;
  accept: ReturnType<typeof useAcceptInvitation>;
}

/**
 * One field, shown rather than typed twice: the fewer steps between the email and the portal,
 * the more customers arrive. The API judges the password (length, common passwords).
 */
export function ChoosePasswordForm({ token, invitation, accept }: ChoosePasswordFormProps) {
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [staySignedIn, setStaySignedIn] = useState(false);
  const [missing, setMissing] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);

  const passwordError = missing ?? fieldErrors(accept.error).password;
  const suspension = suspensionOf(accept.error);
  const failure = accept.isError && !suspension && !passwordError ? failureMessage(accept.error) : null;
  const email = invitation.contact.email;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) {
      setMissing('Choose a password.');
      accept.reset();
      inputRef.current?.focus();
      return;
    }
    accept.mutate(
      { params: { path: { token } }, body: { password, staySignedIn } },
      {
        onSuccess: () => navigate('/', { replace: true }),
        onError: (error) => {
          if (fieldErrors(error).password) inputRef.current?.focus();
        },
      },
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={accept.isPending}>
      {suspension && <SuspendedPanel suspension={suspension} />}
      {failure && (
        <div className="alert alert--error" role="alert">
          {failure}
        </div>
      )}
      {email && (
        <>
          {/* Lets a password manager save the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <p className="signing-in-as">
            You will sign in as <strong>{email}</strong>
          </p>
        </>
      )}
      <PasswordField
        ref={inputRef}
        label="Choose a password"
        name="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          setMissing(undefined);
        }}
        error={passwordError}
        maxLength={1024}
      />
      <StaySignedIn checked={staySignedIn} onChange={setStaySignedIn} />
      <button type="submit" className="button button--primary button--block" disabled={accept.isPending}>
        {accept.isPending ? (
          <>
            <Spinner size="sm" /> Setting up your portal…
          </>
        ) : (
          'Set password and open my portal'
        )}
      </button>
    </form>
  );
}
