import type { FastifyInstance } from 'fastify';
import type { JsonSchema } from './schema-arbitrary';

export type Security = 'officeBearer' | 'portalBearer' | 'integrationKey' | 'none';

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  security: Security;
  parameters: Parameter[];
  /** The request body's media type and schema, when the operation takes one. */
  body?: { contentType: string; schema: JsonSchema };
}

interface OpenApiOperation {
  operationId?: string;
  security?: Record<string, unknown>[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Every operation of the live OpenAPI document, so a route is fuzzed the day it is added. */
export function operationsOf(app: FastifyInstance): Operation[] {
  const spec = app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const scheme = op.security?.flatMap((s) => Object.keys(s))[0];
      const content = Object.entries(op.requestBody?.content ?? {})[0];
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId ?? `${method} ${path}`,
        security: (scheme as Security | undefined) ?? 'none',
        parameters: op.parameters ?? [],
        ...(content && { body: { contentType: content[0], schema: content[1].schema ?? {} } }),
      });
    }
  }
  // Signing out (everywhere) ends the sessions the rest of the run uses: those go last.
  const last = (op: Operation) => (/sign-out/.test(op.path) ? 1 : 0);
  return operations.sort((a, b) => last(a) - last(b));
}
