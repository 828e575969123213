import type { Account, RequestBody } from '@portico/api-client';

/** What the inputs hold: text as typed, so a half-typed amount is not lost to parsing. */
export interface AccountFormValues {
  name: string;
  active: boolean;
  clientGroupId: string;
  division: string;
  accountClass: string;
  billGroup: string;
  accountSource: string;
  balanceDue: string;
  autopay: boolean;
  activeServicesCount: string;
  externalId: string;
}

export type AccountBody = RequestBody<'createAccount'>;

export const emptyAccountValues: AccountFormValues = {
  name: '',
  active: true,
  clientGroupId: '',
  division: '',
  accountClass: '',
  billGroup: '',
  accountSource: '',
  balanceDue: '0.00',
  autopay: false,
  activeServicesCount: '0',
  externalId: '',
};

export function accountValues(account: Account): AccountFormValues {
  return {
    name: account.name,
    active: account.active,
    clientGroupId: account.clientGroupId ?? '',
    division: account.division ?? '',
    accountClass: account.accountClass ?? '',
    billGroup: account.billGroup ?? '',
    accountSource: account.accountSource ?? '',
    balanceDue: account.balanceDue,
    autopay: account.autopay,
    activeServicesCount: String(account.activeServicesCount),
    externalId: account.externalId ?? '',
  };
}

// The API's own rule for amounts, so the person hears about a typo before a round trip.
const AMOUNT = /^-?\d{1,10}(\.\d{1,2})?$/;

/** Field errors in the API's field names, so client and server errors land in the same place. */
export function validateAccount(values: AccountFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = 'Enter a name.';
  if (!AMOUNT.test(values.balanceDue.trim())) errors.balanceDue = 'Enter an amount like 1840.00.';
  if (!/^\d{1,9}$/.test(values.activeServicesCount.trim()))
    errors.activeServicesCount = 'Enter a whole number, 0 or more.';
  return errors;
}

const orNull = (text: string) => text.trim() || null;

/** Every field is sent, so clearing an input clears the value (empty text means none). */
export function accountBody(values: AccountFormValues): AccountBody {
  return {
    name: values.name.trim(),
    active: values.active,
    clientGroupId: values.clientGroupId || null,
    division: orNull(values.division),
    accountClass: orNull(values.accountClass),
    billGroup: orNull(values.billGroup),
    accountSource: orNull(values.accountSource),
    balanceDue: values.balanceDue.trim(),
    autopay: values.autopay,
    activeServicesCount: Number(values.activeServicesCount.trim()),
    externalId: orNull(values.externalId),
  };
}
