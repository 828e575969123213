import { describe, expect, it } from '@jest/globals';
import { defaultTemplates } from '@portico/db';
import { DomainError } from '../errors';
import { formatExpiryDate } from './template-preview';
import {
  assertKnownVariables,
  templateKinds,
  templateVariables,
  unknownVariables,
} from './template-variables';

describe('template variables', () => {
  it.each(templateKinds)('accepts the %s default template', (kind) => {
    expect(() => assertKnownVariables(kind, defaultTemplates[kind])).not.toThrow();
  });

  it('finds names the renderer would not fill, each once', () => {
    const text = '{{contactFirstName}} {{ resetUrl }} {{first_name}} {{contact.name}} {{resetUrl}} {{}}';
    expect(unknownVariables('invitation', text)).toEqual(['resetUrl', 'first_name', 'contact.name', '']);
    expect(unknownVariables('invitation', 'no placeholders { here }')).toEqual([]);
  });

  it('names the field, the variable and the allowed ones', () => {
    let error: unknown;
    try {
      assertKnownVariables('export_delivery', {
        subject: '{{reportName}}',
        textBody: 'Hi {{contactFirstName}}',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('validation');
    expect((error as DomainError).extra).toEqual({
      errors: [
        {
          field: 'textBody',
          message:
            'uses the unknown variable {{contactFirstName}}; export_delivery templates can use organizationName, reportName',
        },
      ],
      allowedVariables: [...templateVariables.export_delivery],
    });
  });

  it('formats expiry dates in UTC, saying so', () => {
    expect(formatExpiryDate(new Date('2026-03-05T14:00:00Z'))).toBe('March 5, 2026 at 2:00 PM UTC');
  });
});
