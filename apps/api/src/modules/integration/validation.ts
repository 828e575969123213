import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { Compile } from 'typebox/compile';

type Result = { value: unknown } | { error: Error };

/** A TypeBox validation failure shaped like Fastify's Ajv errors, so one handler formats both. */
function failure(errors: ReturnType<ReturnType<typeof Compile>['Errors']>): { error: Error } {
  const validation = errors
    .filter((e) => e.keyword !== 'boolean')
    .map((e) => {
      const params = e.params as { requiredProperties?: string[]; additionalProperties?: string[] };
      return {
        keyword: e.keyword,
        instancePath: e.instancePath,
        schemaPath: e.schemaPath,
        message: e.message,
        params: {
          ...(params.requiredProperties && { missingProperty: params.requiredProperties[0] }),
          ...(params.additionalProperties && { additionalProperty: params.additionalProperties[0] }),
        },
      };
    });
  return { error: Object.assign(new Error('The request is not valid.'), { validation }) };
}

function check(schema: TSchema): (data: unknown) => Result {
  const validator = Compile(schema);
  return (data) => (validator.Check(data) ? { value: data } : failure(validator.Errors(data)));
}

/**
 * Route-level validator for the integration routes whose body is not validated as a whole: a batch
 * checks only its envelope (each item is validated on its own by core, so one bad item fails
 * alone), an upload takes raw bytes. Params and query strings are still validated (they are plain
 * strings here, so no coercion is needed).
 */
export function envelopeValidator(body: TSchema | null): FastifySchemaCompiler<FastifySchema> {
  const bodyCheck = body ? check(body) : (data: unknown): Result => ({ value: data });
  return ({ schema, httpPart }) => (httpPart === 'body' ? bodyCheck : check(schema as TSchema));
}

/** What a batch body must be before its items are looked at. */
export const batchEnvelope = (maxItems: number) =>
  Type.Object(
    { items: Type.Array(Type.Unknown(), { minItems: 1, maxItems }) },
    { additionalProperties: false },
  );
