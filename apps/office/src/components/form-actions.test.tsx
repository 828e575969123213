import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DialogFormActions } from './form-actions';

const conflict = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'That URL is taken.' };
const invalid = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'Some fields are not valid.',
  errors: [{ field: 'url', message: 'must match format "uri"' }],
};

function renderActions(error: unknown, pending = false) {
  const onCancel = jest.fn();
  render(
    <form>
      <DialogFormActions
        error={error}
        pending={pending}
        submitLabel="Create endpoint"
        pendingLabel="Creating…"
        onCancel={onCancel}
      />
    </form>,
  );
  return onCancel;
}

describe('DialogFormActions', () => {
  it('shows a refusal that names no field, then Cancel before the submit button', async () => {
    const onCancel = renderActions(conflict);
    expect(screen.getByRole('alert')).toHaveTextContent('That URL is taken.');
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Cancel', 'Create endpoint']);
    expect(buttons[1]).toHaveAttribute('type', 'submit');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('leaves field errors to their fields, and says so while pending', () => {
    renderActions(invalid, true);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Creating…' })).toBeDisabled();
  });
});
