import { fieldErrors } from '@portico/api-client';
import { Spinner, TextField } from '@portico/ui';
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

type Field = 'email' | 'password';

/**
 * One field, shown rather than typed twice: the fewer steps between the email and the portal,
 * the more customers arrive. The API judges the password (length, common passwords). A contact
 * invited by letter, with no email on file, also gives the email they will sign in with.
 */
export function ChoosePasswordForm({ token, invitation, accept }: ChoosePasswordFormProps) {
  const navigate = useNavigate();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [staySignedIn, setStaySignedIn] = useState(false);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  const fromApi = fieldErrors(accept.error);
  const emailError = missing.email ?? fromApi.email;
  const passwordError = missing.password ?? fromApi.password;
  const suspension = suspensionOf(accept.error);
  const failure =
    accept.isError && !suspension && !passwordError && !emailError ? failureMessage(accept.error) : null;
  const email = invitation.contact.email;
  const needsEmail = invitation.needsEmail;

  function focusFirst(invalid: Partial<Record<Field, string>>) {
    const first = (['email', 'password'] as const).find((field) => invalid[field]);
    if (first) inputs[first].current?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Only emptiness is checked here; whether the address is valid and free is the API's call.
    const local: Partial<Record<Field, string>> = {};
    if (needsEmail && !newEmail.trim()) local.email = 'Enter your email address.';
    if (!password) local.password = 'Choose a password.';
    setMissing(local);
    if (Object.keys(local).length > 0) {
      accept.reset();
      focusFirst(local);
      return;
    }
    const body = { password, staySignedIn, ...(needsEmail && { email: newEmail.trim() }) };
    accept.mutate(
      { params: { path: { token } }, body },
      {
        onSuccess: () => navigate('/', { replace: true }),
        onError: (error) => focusFirst(fieldErrors(error)),
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
      {needsEmail && (
        <TextField
          ref={inputs.email}
          label="Your email address"
          hint="You will sign in with it. We do not send anything to it now."
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={newEmail}
          onChange={(event) => {
            setNewEmail(event.target.value);
            setMissing(({ email: _cleared, ...rest }) => rest);
          }}
          error={emailError}
          maxLength={320}
        />
      )}
      <PasswordField
        ref={inputs.password}
        label="Choose a password"
        name="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          setMissing(({ password: _cleared, ...rest }) => rest);
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
