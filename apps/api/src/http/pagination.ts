import { type TSchema, Type } from 'typebox';

/** Query parameters shared by every list. */
export const pageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Page size (1-200).' }),
  cursor: Type.Optional(
    Type.String({ maxLength: 500, description: 'The `nextCursor` of the previous page.' }),
  ),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' })),
};

export function Page<T extends TSchema>(item: T, name: string) {
  return Type.Object(
    {
      items: Type.Array(item),
      nextCursor: Type.Union([Type.String(), Type.Null()]),
      total: Type.Integer({ description: 'Rows matching the filters, across all pages.' }),
    },
    { title: name },
  );
}
