import { describe, expect, it } from '@jest/globals';
import type { Template } from '../api/template-kinds';
import { changedFields, insertAt, missingFields, toDraft } from './template-draft';

const saved: Template = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'invitation',
  name: 'Portal invitation',
  subject: 'Welcome',
  htmlBody: '<p>Hello</p>',
  textBody: 'Hello',
  isDefault: true,
  variables: ['contactFirstName'],
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

describe('template drafts', () => {
  it('inserts at the caret, replacing a selection', () => {
    expect(insertAt('Hello !', '{{name}}', 6, 6)).toEqual({ text: 'Hello {{name}}!', caret: 14 });
    expect(insertAt('Hello you!', '{{name}}', 6, 9)).toEqual({ text: 'Hello {{name}}!', caret: 14 });
  });

  it('patches only the fields that changed', () => {
    expect(changedFields(saved, toDraft(saved))).toEqual({});
    expect(changedFields(saved, { ...toDraft(saved), name: ' Spring ', textBody: 'Hi' })).toEqual({
      name: 'Spring',
      textBody: 'Hi',
    });
  });

  it('requires every text', () => {
    expect(missingFields({ ...toDraft(saved), name: '', htmlBody: ' ' })).toEqual({
      name: 'Required.',
      htmlBody: 'Required.',
    });
  });
});
