import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CreateWithSecretDialog } from './create-with-secret-dialog';

function Harness({ reset }: { reset: () => void }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <CreateWithSecretDialog<{ secret: string }>
        open={open}
        onClose={() => setOpen(false)}
        title="New thing"
        secretTitle="Copy the secret"
        mutation={{ isPending: false, reset }}
        form={(onCreated) => (
          <button type="button" onClick={() => onCreated({ secret: 's3cr3t-value' })}>
            Create
          </button>
        )}
        secret={(created, close) => (
          <>
            <output>{created.secret}</output>
            <button type="button" onClick={close}>
              Done
            </button>
          </>
        )}
      />
    </>
  );
}

describe('CreateWithSecretDialog', () => {
  it('shows the secret after creating, and forgets it once closed', async () => {
    const user = userEvent.setup();
    const reset = jest.fn();
    render(<Harness reset={reset} />);

    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByRole('dialog', { name: 'Copy the secret' })).toHaveTextContent('s3cr3t-value');

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(reset).toHaveBeenCalledTimes(1);
    expect(document.body.innerHTML).not.toContain('s3cr3t-value');

    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog', { name: 'New thing' })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('s3cr3t-value');
  });
});
