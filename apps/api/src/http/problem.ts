import { type Static, Type } from 'typebox';

/** RFC 9457 problem details: the one error shape every route answers with. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'A URI naming the kind of problem.' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() }), {
        description: 'Field errors for invalid input.',
      }),
    ),
  },
  { $id: 'Problem', additionalProperties: true },
);
export type ProblemBody = Static<typeof Problem>;

const ref = Type.Ref('Problem');

/** Error answers for a route's schema: `...problems(400, 404)`. */
export function problems(...statuses: number[]): Record<number, typeof ref> {
  return Object.fromEntries(statuses.map((s) => [s, ref]));
}
