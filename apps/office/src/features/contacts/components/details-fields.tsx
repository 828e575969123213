import { TextField } from '@portico/ui';
import type { RefObject } from 'react';
import type { ContactDetailsValues } from '../utils/contact-form';
import type { ContactField } from '../utils/contact-form-errors';

type DetailKey = keyof ContactDetailsValues;

interface DetailsFieldsProps {
  values: ContactDetailsValues;
  onChange: (key: DetailKey, value: string) => void;
  errors: Partial<Record<ContactField, string>>;
  refs?: Partial<Record<DetailKey, RefObject<HTMLInputElement | null>>>;
  disabled?: boolean;
  /** Shown under the email field (e.g. "Needed to invite them to the portal."). */
  emailHint?: string;
}

/** Name, email, phone and job title: shared by the new-contact form and the contact page. */
export function DetailsFields({
  values,
  onChange,
  errors,
  refs = {},
  disabled,
  emailHint,
}: DetailsFieldsProps) {
  const field = (key: DetailKey) => ({
    ref: refs[key],
    name: key,
    value: values[key],
    onChange: (event: { target: { value: string } }) => onChange(key, event.target.value),
    error: errors[key],
    disabled,
  });
  return (
    <div className="details-grid">
      <TextField label="First name" autoComplete="off" maxLength={100} required {...field('firstName')} />
      <TextField label="Last name" autoComplete="off" maxLength={100} {...field('lastName')} />
      <TextField
        label="Email"
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        maxLength={320}
        {...(emailHint && { hint: emailHint })}
        {...field('email')}
        className="details-grid__wide"
      />
      <TextField label="Phone" type="tel" autoComplete="off" maxLength={50} {...field('phone')} />
      <TextField label="Job title" autoComplete="off" maxLength={100} {...field('jobTitle')} />
    </div>
  );
}
