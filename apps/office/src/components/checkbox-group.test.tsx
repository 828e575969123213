import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CheckboxGroup } from './checkbox-group';

type Fruit = 'apple' | 'pear' | 'plum';
const choices = [
  { value: 'apple', label: 'Apple' },
  { value: 'pear', label: 'Pear' },
  { value: 'plum', label: 'Plum' },
] as const;

let chosen: Fruit[] = [];
function Harness({ initial = [] as Fruit[], error }: { initial?: Fruit[]; error?: string }) {
  const [value, setValue] = useState<Fruit[]>(initial);
  chosen = value;
  return (
    <CheckboxGroup
      legend="Fruit"
      hint="Pick any."
      className="fruit"
      choices={choices}
      value={value}
      onChange={setValue}
      error={error}
    />
  );
}

describe('CheckboxGroup', () => {
  it('adds values in the order they are checked and removes unchecked ones', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['pear']} />);
    expect(screen.getByRole('group', { name: 'Fruit' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Pear' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Plum' }));
    await user.click(screen.getByRole('checkbox', { name: 'Apple' }));
    expect(chosen).toEqual(['pear', 'plum', 'apple']);

    await user.click(screen.getByRole('checkbox', { name: 'Pear' }));
    expect(chosen).toEqual(['plum', 'apple']);
    expect(screen.getByRole('checkbox', { name: 'Pear' })).not.toBeChecked();
  });

  it('ties its error to the fieldset, and has no description without one', () => {
    const { rerender } = render(<Harness />);
    expect(screen.getByRole('group', { name: 'Fruit' })).not.toHaveAttribute('aria-describedby');

    rerender(<Harness error="Choose at least one fruit." />);
    expect(screen.getByRole('group', { name: 'Fruit' })).toHaveAccessibleDescription(
      'Choose at least one fruit.',
    );
  });
});
