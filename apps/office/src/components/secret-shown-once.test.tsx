import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SecretShownOnce } from './secret-shown-once';

const SECRET = 'whsec_Zr8kT1mQ4pX7vB2nC5yD8fG1hJ4kL7m';

function renderSecret(writeText: (text: string) => Promise<void>) {
  const user = userEvent.setup();
  // After setup(): user-event installs its own clipboard stub, which this one replaces.
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const onDone = jest.fn();
  render(
    <SecretShownOnce
      label="Secret for CRM"
      secret={SECRET}
      warning="Only time you will see it."
      onDone={onDone}
    >
      Put it in the <code>Authorization</code> header.
    </SecretShownOnce>,
  );
  return { user, onDone };
}

describe('SecretShownOnce', () => {
  it('shows the secret under its label with the warning, and copies it', async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    const { user, onDone } = renderSecret(writeText);

    expect(screen.getByLabelText('Secret for CRM')).toHaveValue(SECRET);
    expect(screen.getByRole('alert')).toHaveTextContent('Only time you will see it.');
    expect(screen.getByText('Authorization')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('selects the secret for Ctrl+C when the clipboard refuses', async () => {
    const { user } = renderSecret(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Selected: press Ctrl+C (⌘C) to copy.')).toBeInTheDocument();
    const input = screen.getByLabelText<HTMLInputElement>('Secret for CRM');
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, SECRET.length]);
  });
});
