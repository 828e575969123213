import { Spinner, TextField } from '@portico/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { failureMessage } from '../../../lib/problems';
import { codeProblem, useRedeemCode } from '../api/redeem-code';

/**
 * Where an invitation letter leads ("enter your code"; its QR code fills the field from `?c=`).
 * Opening the page uses nothing up: only pressing Continue redeems the code, and then the
 * customer carries on at the same accept page as an emailed invitation.
 */
export function EnterCodePage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const redeem = useRedeemCode();
  const [code, setCode] = useState(() => params.get('c') ?? '');
  const [invalid, setInvalid] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);

  // The code came in the address bar from the QR code: keep it out of history and bookmarks.
  useEffect(() => {
    if (params.has('c')) setParams({}, { replace: true });
  }, [params, setParams]);

  const failure = redeem.isError ? failureMessage(redeem.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = codeProblem(code);
    if (problem) {
      setInvalid(problem);
      redeem.reset();
      inputRef.current?.focus();
      return;
    }
    redeem.mutate(
      { body: { code: code.trim() } },
      {
        onSuccess: ({ token }) => navigate(`/accept?token=${encodeURIComponent(token)}`, { replace: true }),
        onError: () => inputRef.current?.focus(),
      },
    );
  }

  return (
    <AuthLayout title="Enter your code">
      <section className="card" aria-labelledby="code-title">
        <div className="card__intro">
          <h1 id="code-title" className="card__title">
            Enter your code
          </h1>
          <p className="muted">
            Got an invitation letter? Type the code printed on it to set up your account.
          </p>
        </div>
        <form className="stack" onSubmit={submit} noValidate aria-busy={redeem.isPending}>
          {failure && (
            <div className="alert alert--error" role="alert">
              {failure}
            </div>
          )}
          <TextField
            ref={inputRef}
            label="Code"
            hint="Capitals, spaces and dashes do not matter."
            name="code"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            placeholder="ABCD-EFGH-JKMN"
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              setInvalid(undefined);
            }}
            error={invalid}
            maxLength={40}
          />
          <button type="submit" className="button button--primary button--block" disabled={redeem.isPending}>
            {redeem.isPending ? (
              <>
                <Spinner size="sm" /> Checking…
              </>
            ) : (
              'Continue'
            )}
          </button>
          <Link className="text-link text-link--center" to="/sign-in">
            Already have an account? Sign in
          </Link>
        </form>
      </section>
    </AuthLayout>
  );
}
