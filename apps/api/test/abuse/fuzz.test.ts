import { beforeAll, describe, expect, it } from '@jest/globals';
import { apiKeyScopes, schema } from '@portico/db';
import {
  makeAccount,
  makeAsset,
  makeBuilding,
  makeClientGroup,
  makeContact,
  makeDefect,
  makeDocument,
  makeEnrolledContact,
  makeQuote,
  makeTask,
} from '@portico/db/testing';
import fc from 'fast-check';
import { signedInOrg, useTestApp } from '../test-app';
import { type Answer, listen, send } from './http';
import { type Operation, operationsOf } from './operations';
import { asText, encode, hostile, type Pools, requestValue } from './schema-arbitrary';

/**
 * Property-based abuse of every operation in the OpenAPI document: path parameters, query strings,
 * headers and bodies generated from each operation's own schemas, part conforming (so the handler
 * runs, signed in with every permission) and part hostile (wrong types, NUL bytes, unicode, huge
 * strings, deep nesting, impossible dates and cursors, extra fields). Whatever arrives, the answer
 * is never a 5xx, a 4xx is application/problem+json, and no stack trace leaves the process.
 *
 * FUZZ_RUNS sets the runs per operation (small by default so `pnpm test` stays fast; try 200),
 * FUZZ_SEED replays a run that failed.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 5);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const t = useTestApp({ SIGN_IN_LIMIT_PER_IP: '100000', SIGN_IN_LIMIT_PER_ACCOUNT: '100000' });

interface Generated {
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Raw bodies JSON.stringify cannot produce: broken JSON, prototype keys, nothing at all. */
const rawBodies = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":',
  '[',
  '',
  '\u0000',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{"name":"\\u0000"}',
  '{"name":"\\ud800"}',
];

/** Header values must be printable ASCII on the wire. */
const headerText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ019-_:.,; {}"\'/\\%'.split('')), maxLength: 60 }),
  fc.constantFrom('', 'x'.repeat(8000), '00000000-0000-0000-0000-000000000000', 'null'),
);

interface Seeded {
  office: string;
  portal: string;
  integration: string;
  pools: Pools;
  pathIds: (path: string, param: string) => fc.Arbitrary<string>;
}

let seeded: Seeded;
let base: string;

beforeAll(async () => {
  base = await listen(t.app);
  const { org, auth } = await signedInOrg(t);
  const orgId = org.id;
  const group = await makeClientGroup(t.db, orgId);
  const account = await makeAccount(t.db, orgId, { clientGroupId: group.id });
  const building = await makeBuilding(t.db, orgId, account.id);
  const asset = await makeAsset(t.db, orgId, building.id);
  const at = { accountId: account.id, buildingId: building.id };
  const data = Buffer.from('%PDF-1.4\n%%EOF\n');
  const [file] = await t.db
    .insert(schema.files)
    .values({
      orgId,
      filename: 'r.pdf',
      contentType: 'application/pdf',
      byteSize: data.length,
      sha256: 'x',
      data,
    })
    .returning();
  const documents = await Promise.all(
    (['proposal', 'invoice', 'inspection_report', 'service_report'] as const).map((kind) =>
      makeDocument(t.db, orgId, at, { kind, fileId: file?.id ?? null }),
    ),
  );
  await makeDefect(t.db, orgId, building.id, { assetId: asset.id });
  await makeTask(t.db, orgId, building.id, { assetId: asset.id });
  await makeQuote(t.db, orgId, building.id);
  // The signed-in customer is never offered as a path id: suspending it would end the run's session.
  const customer = await makeEnrolledContact(t.db, orgId, {
    ...at,
    accessInspectionReports: true,
    accessServiceReports: true,
    accessProposals: true,
    accessInvoices: true,
  });
  const victims = await Promise.all([
    makeContact(t.db, orgId, at),
    makeEnrolledContact(t.db, orgId, at),
    makeContact(t.db, orgId, { email: null }),
  ]);
  const [template] = await t.db
    .insert(schema.notificationTemplates)
    .values({
      orgId,
      kind: 'invitation',
      name: 'Spare',
      subject: 'Hi',
      htmlBody: '<p>Hi</p>',
      textBody: 'Hi',
    })
    .returning();
  const [batch] = await t.db.insert(schema.invitationBatches).values({ orgId, selection: {} }).returning();
  const [invitation] = await t.db
    .insert(schema.invitations)
    .values({
      orgId,
      contactId: victims[0].id,
      expiresAt: new Date(Date.now() + 86_400_000),
      deliveryState: 'failed',
    })
    .returning();

  // A key with every scope for the integration routes, and a spare one for revoke to hit.
  const createKey = async () => {
    const res = await send(base, {
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: { authorization: auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'Fuzz', scopes: [...apiKeyScopes] }),
    });
    expect(res.statusCode).toBe(201);
    return JSON.parse(res.body) as { apiKey: { id: string }; key: string };
  };
  const key = await createKey();
  const spareKey = await createKey();

  const byResource: Record<string, string[]> = {
    accounts: [account.id],
    buildings: [building.id],
    'client-groups': [group.id],
    contacts: victims.map((v) => v.id),
    documents: documents.map((d) => d.id),
    templates: template ? [template.id] : [],
    'invitation-batches': batch ? [batch.id] : [],
    'api-keys': [spareKey.apiKey.id],
    'email-failures': invitation ? [invitation.id] : [],
  };
  const known = [
    ...Object.values(byResource).flat(),
    asset.id,
    ...(invitation ? [invitation.id] : []),
    ...(file ? [file.id] : []),
  ];
  const ids = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.uuid() },
  );
  seeded = {
    office: auth,
    portal: `Bearer ${t.app.signPortalAccessToken(customer)}`,
    integration: `Bearer ${key.key}`,
    pools: { ids },
    pathIds: (path, param) => {
      const byParam: Record<string, string[]> = {
        accountId: [account.id],
        buildingId: [building.id],
        invitationId: byResource['email-failures'] ?? [],
      };
      const resource = path.split('/')[3] ?? '';
      const own = param === 'id' ? byResource[resource] : byParam[param];
      if (own && own.length > 0) return fc.constantFrom(...own);
      return fc.string({ minLength: 1, maxLength: 40 });
    },
  };
});

function generate(op: Operation): fc.Arbitrary<Generated> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const headerParams = op.parameters.filter((p) => p.in === 'header');

  const path = fc.tuple(
    ...pathParams.map((p) =>
      fc.oneof(
        { weight: 4, arbitrary: seeded.pathIds(op.path, p.name) },
        { weight: 1, arbitrary: hostile().map(asText) },
      ),
    ),
  );
  const query = fc.tuple(
    fc.record(
      Object.fromEntries(queryParams.map((p) => [p.name, requestValue(p.schema, seeded.pools).map(asText)])),
      { requiredKeys: [] },
    ),
    // Unknown parameters, and a known one repeated (an array where a scalar is expected).
    fc.option(
      fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), hostile().map(asText), { maxKeys: 2 }),
    ),
    fc.option(fc.constantFrom(...queryParams.map((p) => p.name), 'limit')),
  );
  const headers = fc.record(
    {
      ...Object.fromEntries(headerParams.map((p) => [p.name, headerText])),
      ...(op.security === 'portalBearer' && { 'x-portal-view': fc.oneof(headerText, seeded.pools.ids) }),
    },
    { requiredKeys: [] },
  );
  const body: fc.Arbitrary<string | Buffer | undefined> = !op.body
    ? fc.constant(undefined)
    : op.body.contentType === 'application/pdf'
      ? fc.oneof(
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([Buffer.from('%PDF-1.7\n'), b])),
          fc.constant(Buffer.alloc(0)),
        )
      : fc.oneof(
          {
            weight: 6,
            arbitrary: requestValue(op.body.schema, seeded.pools).map((v) => JSON.stringify(v) ?? ''),
          },
          { weight: 1, arbitrary: fc.constantFrom(...rawBodies) },
        );

  return fc.tuple(path, query, headers, body).map(([pathValues, [known, extra, repeated], hdrs, payload]) => {
    let url = op.path;
    pathParams.forEach((p, i) => {
      url = url.replace(`{${p.name}}`, encode(pathValues[i] ?? ''));
    });
    const pairs: string[] = [];
    for (const [name, value] of Object.entries({ ...(extra ?? {}), ...known })) {
      pairs.push(`${encode(name)}=${encode(value ?? '')}`);
    }
    if (repeated) pairs.push(`${encode(repeated)}=1`, `${encode(repeated)}=2`);
    if (pairs.length > 0) url += `?${pairs.join('&')}`;
    const auth = op.security === 'none' ? undefined : seeded[securityKey[op.security]];
    return {
      url,
      headers: {
        ...(hdrs as Record<string, string>),
        ...(auth && { authorization: auth }),
        ...(payload !== undefined && { 'content-type': op.body?.contentType ?? 'application/json' }),
      },
      ...(payload !== undefined && { payload }),
    };
  });
}

const securityKey = {
  officeBearer: 'office',
  portalBearer: 'portal',
  integrationKey: 'integration',
} as const;

/** What must hold for any answer; null when it does. */
function violation(res: Answer): string | null {
  if (res.statusCode >= 500) return `answered ${res.statusCode}: ${res.body.slice(0, 300)}`;
  const type = String(res.headers['content-type'] ?? '');
  if (res.statusCode >= 400 && !type.includes('application/problem+json'))
    return `a ${res.statusCode} as ${type || 'no content type'}`;
  if (/json|text/.test(type) && /\n\s+at |node_modules|\w\.[jt]s:\d+:\d+/.test(res.body))
    return `a stack trace in the body: ${res.body.slice(0, 300)}`;
  return null;
}

describe('abuse: generated and hostile input on every operation', () => {
  it('never answers 5xx, answers 4xx as problem+json, and never shows a stack trace', async () => {
    const operations = operationsOf(t.app);
    expect(operations.length).toBeGreaterThanOrEqual(100);
    const failures: string[] = [];
    const statuses = new Map<string, number[]>();
    for (const op of operations) {
      const seen: number[] = [];
      statuses.set(op.operationId, seen);
      const details = await fc.check(
        fc.asyncProperty(generate(op), async (req) => {
          const res = await send(base, { method: op.method, ...req });
          seen.push(res.statusCode);
          const problem = violation(res);
          if (problem) throw new Error(problem);
        }),
        { numRuns: RUNS, endOnFailure: true, ...(SEED !== undefined && { seed: SEED }) },
      );
      if (details.failed) {
        const example = JSON.stringify(details.counterexample?.[0])?.slice(0, 400);
        failures.push(
          `${op.method} ${op.path} (seed ${details.seed}): ${String(details.errorInstance).slice(0, 400)}\n  request: ${example}`,
        );
      }
    }
    expect(failures).toEqual([]);

    // The credentials worked: every authenticated operation got past sign-in at least once.
    const neverIn = operations
      .filter((op) => op.security !== 'none' && !/sign-out/.test(op.path))
      .filter((op) => (statuses.get(op.operationId) ?? []).every((s) => s === 401))
      .map((op) => op.operationId);
    expect(neverIn).toEqual([]);
    // A prototype key in a body reached no object.
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  }, 600_000);
});
