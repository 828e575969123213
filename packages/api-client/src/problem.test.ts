import { describe, expect, it } from '@jest/globals';
import { fieldErrors, problemMessage } from './problem';

const validation = (errors: { field: string; message: string }[]) => ({
  type: 'https://portico.dev/problems/400',
  title: 'Bad Request',
  status: 400,
  detail: 'The request is not valid.',
  errors,
});

describe('fieldErrors', () => {
  it('keys the first message per field, in plain words', () => {
    const error = validation([
      { field: 'email', message: 'must match format "email"' },
      { field: 'email', message: 'must NOT have more than 320 characters' },
      { field: 'password', message: 'must NOT have fewer than 1 characters' },
      { field: 'name', message: 'is not a known field' },
    ]);
    expect(fieldErrors(error)).toEqual({
      email: 'Must be a valid email address.',
      password: 'Must not be empty.',
      name: 'Is not a known field.',
    });
  });

  it('is empty for anything that is not a validation problem', () => {
    expect(fieldErrors(new TypeError('Failed to fetch'))).toEqual({});
    expect(fieldErrors({ status: 401, title: 'Unauthorized' })).toEqual({});
  });
});

describe('problemMessage', () => {
  it('prefers the detail, then the title', () => {
    expect(problemMessage({ status: 403, title: 'Forbidden', detail: 'This needs contacts.write.' })).toBe(
      'This needs contacts.write.',
    );
    expect(problemMessage({ status: 404, title: 'Not Found' })).toBe('Not Found');
  });

  it('explains a request that never got an answer', () => {
    expect(problemMessage(new TypeError('Failed to fetch'))).toMatch(/Could not reach the server/);
  });
});
