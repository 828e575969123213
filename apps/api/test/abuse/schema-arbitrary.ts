import fc from 'fast-check';

/** The part of JSON Schema (as TypeBox writes it into the OpenAPI document) the generators read. */
export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

/** Ids the run knows exist (so handlers go past "not found"), mixed with random ones. */
export interface Pools {
  ids: fc.Arbitrary<string>;
}

const SOME_IDS_DEEP = 200;

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Strings that have broken parsers, casts and SQL before. */
const nastyStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uFEFF',
  '🏢🔥👩🏽‍🔧',
  'Ω≈ç√∫˜µ≤≥÷',
  'ﷺ'.repeat(50),
  "' OR 1=1 --",
  '"; drop table contacts; --',
  '%',
  '%00',
  '\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  `$${'{'}7*7}`,
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '99999999999999999999999',
  '0x1F',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  // uuids that are not, or barely are
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-fffffffffffff',
  'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
  '{00000000-0000-0000-0000-000000000000}',
  // dates and months that do not exist
  '2024-02-30',
  '2023-02-29',
  '0000-00-00',
  '0000-01-01',
  '99999-01-01',
  '2024-13',
  '2024-00',
  '-2024-01',
  '2024-01-01T25:61:00Z',
  '1970-01-01T00:00:00+99:99',
  // cursors: base64url of things that are not cursors, and of cursors with the wrong shape
  Buffer.from('garbage').toString('base64url'),
  Buffer.from('[]').toString('base64url'),
  Buffer.from('{"k":[1,{"x":2}],"id":"x"}').toString('base64url'),
  Buffer.from('["2024-01-01","not-a-uuid"]').toString('base64url'),
  Buffer.from('[null,null,null,null]').toString('base64url'),
  Buffer.from(JSON.stringify(['\u0000', -1])).toString('base64url'),
  '====',
  'x'.repeat(10_000),
];

/** Values of every wrong kind: types, sizes, encodings, nesting. */
export function hostile(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...nastyStrings),
    fc.constantFrom(null, true, false, 0, -1, -2147483649, 2 ** 31, 2 ** 53 + 1, 1e308, -1e308, 0.5, -0.0),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string().map((s) => `${s}\u0000${s}`),
    fc.constant('€'.repeat(100_000)),
    fc.constant(nested(SOME_IDS_DEEP)),
    fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
    fc.object({ maxDepth: 2 }),
    fc.constant({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }),
  );
}

function dateOnly(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}

function stringFor(schema: JsonSchema, pools: Pools): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof({ weight: 3, arbitrary: pools.ids }, { weight: 1, arbitrary: fc.uuid() });
    case 'date':
      return dateOnly();
    case 'date-time':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 300));
  return fc.string({ unit: 'grapheme', minLength, maxLength });
}

function ofType(type: string, schema: JsonSchema, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringFor(schema, pools);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = schema.items ? conforming(schema.items, pools, depth + 1) : fc.anything({ maxDepth: 1 });
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 4, 4));
      return schema.uniqueItems
        ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(item, { minLength, maxLength });
    }
    case 'object':
      return objectOf(schema, pools, depth, false);
    default:
      return fc.anything({ maxDepth: 1 });
  }
}

function objectOf(schema: JsonSchema, pools: Pools, depth: number, mixed: boolean): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    const good = conforming(property, pools, depth + 1);
    record[name] = mixed
      ? fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: hostile() })
      : good;
  }
  const base = fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) });
  if (!mixed) return base;
  // Now and then a field nobody declared.
  return fc
    .tuple(base, fc.option(fc.dictionary(fc.string({ maxLength: 12 }), hostile(), { maxKeys: 2 })))
    .map(([value, extra]) => (extra ? { ...extra, ...(value as object) } : value));
}

/** Values the schema allows (most of the time: patterns and formats are approximated). */
export function conforming(schema: JsonSchema, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((s) => conforming(s, pools, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) {
    const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf) {
      Object.assign(merged.properties as object, part.properties ?? {});
      merged.required?.push(...(part.required ?? []));
    }
    return objectOf(merged, pools, depth, false);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return schema.properties ? objectOf(schema, pools, depth, false) : fc.anything();
  return fc.oneof(...types.map((t) => ofType(t, schema, pools, depth)));
}

/**
 * A request value for a schema: one that conforms, one that conforms except for a few fields
 * (so validation passes mostly and a wrong field or an extra one slips in), or something hostile.
 */
export function requestValue(schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  const isObject = schema.type === 'object' || (!schema.type && schema.properties !== undefined);
  return fc.oneof(
    { weight: 3, arbitrary: conforming(schema, pools) },
    { weight: 3, arbitrary: isObject ? objectOf(schema, pools, 0, true) : conforming(schema, pools) },
    { weight: 2, arbitrary: hostile() },
  );
}

/** A value as it travels in a query string or a path: always text. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value) ?? String(value);
}

/** encodeURIComponent throws on lone surrogates; send their bytes percent-encoded anyway. */
export function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}
