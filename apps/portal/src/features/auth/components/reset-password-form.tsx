import { fieldErrors } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { NEW_PASSWORD_HINT, PasswordField } from '../../../components/password-field';
import { StaySignedIn } from '../../../components/stay-signed-in';
import { SuspendedPanel } from '../../../components/suspended-panel';
import { failureMessage, suspensionOf } from '../../../lib/problems';
import { takeReturnTo } from '../../../lib/return-to';
import type { useCompletePasswordReset } from '../api/portal-links';

type Field = 'password' | 'confirm';

interface ResetPasswordFormProps {
  token: string;
  reset: ReturnType<typeof useCompletePasswordReset>;
}

/** A new password from a reset link; the API judges it (length, common passwords), errors by the field. */
export function ResetPasswordForm({ token, reset }: ResetPasswordFormProps) {
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [staySignedIn, setStaySignedIn] = useState(false);
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const inputs = { password: useRef<HTMLInputElement>(null), confirm: useRef<HTMLInputElement>(null) };

  const fromApi = fieldErrors(reset.error);
  const errors: Partial<Record<Field, string>> = { password: fromApi.password, ...local };
  const suspension = suspensionOf(reset.error);
  const failure = reset.isError && !suspension && !fromApi.password ? failureMessage(reset.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!password) found.password = 'Choose a new password.';
    else if (confirm !== password) found.confirm = 'The two passwords are not the same.';
    setLocal(found);
    const first = (['password', 'confirm'] as const).find((field) => found[field]);
    if (first) {
      reset.reset();
      inputs[first].current?.focus();
      return;
    }
    reset.mutate(
      { body: { token, password, staySignedIn } },
      {
        onSuccess: () => navigate(takeReturnTo(), { replace: true }),
        onError: (error) => {
          if (fieldErrors(error).password) inputs.password.current?.focus();
        },
      },
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={reset.isPending}>
      {suspension && <SuspendedPanel suspension={suspension} />}
      {failure && (
        <div className="alert alert--error" role="alert">
          {failure}
        </div>
      )}
      <PasswordField
        ref={inputs.password}
        label="New password"
        name="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          setLocal(({ password: _cleared, ...rest }) => rest);
        }}
        error={errors.password}
        maxLength={1024}
      />
      <PasswordField
        ref={inputs.confirm}
        label="Confirm new password"
        name="confirm"
        autoComplete="new-password"
        value={confirm}
        onChange={(event) => {
          setConfirm(event.target.value);
          setLocal(({ confirm: _cleared, ...rest }) => rest);
        }}
        error={errors.confirm}
        maxLength={1024}
      />
      <StaySignedIn checked={staySignedIn} onChange={setStaySignedIn} />
      <button type="submit" className="button button--primary button--block" disabled={reset.isPending}>
        {reset.isPending ? (
          <>
            <Spinner size="sm" /> Saving…
          </>
        ) : (
          'Save password and sign in'
        )}
      </button>
      <p className="form-note">This signs you out on your other devices.</p>
    </form>
  );
}
