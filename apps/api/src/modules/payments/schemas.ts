import { Type } from 'typebox';
import { StringEnum } from '../../http/schema-helpers';

export const InvoicePaymentDto = Type.Object(
  {
    url: Type.String({ description: 'The payment page to open (https).' }),
    source: StringEnum(['invoice', 'template'] as const, {
      description: "The invoice's own URL, or the organization's template filled in.",
    }),
  },
  { title: 'InvoicePayment' },
);
