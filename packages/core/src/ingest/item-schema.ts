import { type TSchema, Type } from 'typebox';

/**
 * TypeBox building blocks for ingest items. The same schemas document the routes (OpenAPI) and
 * validate each batch item on its own, so one bad item fails alone.
 */
const externalId = (description: string) => Type.String({ minLength: 1, maxLength: 200, description });

export const ExternalId = externalId(
  "The record's id in the sending system; unique per organization and kind.",
);

/** A reference to another record by the sender's external id. */
export const Ref = (description: string) => externalId(description);

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Text = (maxLength = 200) => Type.String({ minLength: 1, maxLength });

/** An optional field: left out or null both clear the stored value (a PUT replaces the record). */
export const OptionalText = (maxLength = 200) => Type.Optional(Nullable(Type.String({ maxLength })));

export const StringEnum = <T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const OptionalDate = Type.Optional(Nullable(IsoDate));

// numeric(12, 2) in the database: anything larger would fail the whole statement.
const MONEY_LIMIT = 9_999_999_999.99;
export const Money = Type.Number({ minimum: -MONEY_LIMIT, maximum: MONEY_LIMIT });
export const OptionalMoney = Type.Optional(Nullable(Money));

export const Currency = Type.Optional(
  Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code; USD when left out.' }),
);

export const OptionalRef = (description: string) => Type.Optional(Nullable(externalId(description)));

/** Money goes to PostgreSQL as text so numeric keeps its exact value. */
export const money = (value: number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);
