import { type TSchema, Type } from 'typebox';

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A string enum as OpenAPI shows it (`type: string, enum: [...]`), typed as the union. */
export const StringEnum = <T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/**
 * preValidation hook for routes whose JSON body is optional as a whole: a POST without a body
 * validates as `{}` (every field optional) instead of failing with "body must be object".
 */
export async function defaultEmptyBody(request: { body: unknown }): Promise<void> {
  request.body ??= {};
}
