import { type TSchema, Type } from 'typebox';

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A string enum as OpenAPI shows it (`type: string, enum: [...]`), typed as the union. */
export const StringEnum = <T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
