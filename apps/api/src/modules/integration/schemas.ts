import { ingestKindNames, MAX_BATCH_ITEMS } from '@portico/core';
import { type TSchema, Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';

export const IngestKindSchema = StringEnum(ingestKindNames);

export const ExternalIdParams = Type.Object({ externalId: Type.String({ minLength: 1, maxLength: 200 }) });

const Status = StringEnum(['created', 'updated', 'unchanged'] as const);

export const UpsertResult = Type.Object(
  { externalId: Type.String(), id: Type.String({ format: 'uuid' }), status: Status },
  { title: 'UpsertResult' },
);

export const BatchBody = (item: TSchema) =>
  Type.Object(
    {
      items: Type.Array(item, {
        minItems: 1,
        maxItems: MAX_BATCH_ITEMS,
        description: 'Each item is validated on its own: an invalid item fails alone.',
      }),
    },
    { additionalProperties: false },
  );

export const BatchResponse = Type.Object(
  {
    results: Type.Array(
      Type.Object({
        index: Type.Integer({ description: 'Position of the item in the request.' }),
        externalId: Nullable(Type.String()),
        status: StringEnum(['created', 'updated', 'unchanged', 'failed'] as const),
        id: Nullable(Type.String({ format: 'uuid' })),
        error: Nullable(
          Type.Object({
            code: StringEnum([
              'validation',
              'duplicate_in_batch',
              'unknown_reference',
              'conflict',
              'rule_violation',
            ] as const),
            detail: Type.String(),
            field: Type.Optional(Type.String()),
          }),
        ),
      }),
    ),
    summary: Type.Object({
      created: Type.Integer(),
      updated: Type.Integer(),
      unchanged: Type.Integer(),
      failed: Type.Integer(),
    }),
  },
  { title: 'BatchResult' },
);

export const FileQuery = Type.Object(
  {
    filename: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Download name; sanitized. Defaults to the document number (or external id) + .pdf.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const PdfBody = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

export const StoredFileDto = Type.Object(
  {
    documentId: Type.String({ format: 'uuid' }),
    fileId: Type.String({ format: 'uuid' }),
    filename: Type.String(),
    byteSize: Type.Integer(),
    sha256: Type.String(),
  },
  { title: 'StoredDocumentFile' },
);
