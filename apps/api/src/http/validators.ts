import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type ValidatorFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>['buildValidator'];

const base = {
  // Unknown fields are an error, not silently dropped: a typo must not look like success.
  removeAdditional: false,
  useDefaults: true,
  // Every field error at once, so a form can mark them all; bodies are size-capped and arrays
  // carry maxItems, which bounds the extra work.
  allErrors: true,
} as const;

/**
 * Query strings and path params arrive as text and must be coerced (`limit=3`, repeated
 * `portalStatus`); JSON bodies are already typed and must not be: coercion would turn `null` into
 * `0` or `""` and accept `42` as a name.
 */
export const buildValidator: ValidatorFactory = (externalSchemas) => {
  const coercing = AjvCompiler()(externalSchemas, { customOptions: { ...base, coerceTypes: 'array' } });
  const strict = AjvCompiler()(externalSchemas, { customOptions: { ...base, coerceTypes: false } });
  return (route) => (route.httpPart === 'body' ? strict : coercing)(route);
};
