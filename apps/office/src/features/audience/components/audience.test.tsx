import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, within } from '@testing-library/react';
import { allPermissions, makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { Audience, AudienceEntry } from '../api/audience';
import { BuildingAudience } from './building-audience';
import { DocumentAudience } from './document-audience';

const BUILDING = '00000000-0000-4000-8000-00000000b001';
const DOCUMENT = '00000000-0000-4000-8000-00000000d001';
const ACCOUNT = { id: '00000000-0000-4000-8000-00000000c001', name: 'Harbor Holdings' };
const GROUP = { id: '00000000-0000-4000-8000-00000000c002', name: 'Metro Properties' };

const allAreas = { inspectionReports: true, serviceReports: true, proposals: true, invoices: true };

function entry(n: number, name: string, overrides: Partial<AudienceEntry> = {}): AudienceEntry {
  return {
    contact: {
      id: `00000000-0000-4000-8000-0000000e000${n}`,
      name,
      email: `${name.split(' ')[0]?.toLowerCase()}@harbor.example`,
      portalStatus: 'enrolled',
      suspended: false,
      access: allAreas,
    },
    grants: [{ rule: 'account_link', via: ACCOUNT }],
    areaAllowed: true,
    canSeeNow: true,
    blockedBy: [],
    ...overrides,
  };
}

const audience: Audience = {
  total: 4,
  canSeeNow: 2,
  items: [
    entry(1, 'Ada Lovelace'),
    entry(2, 'Grace Hopper', {
      grants: [
        { rule: 'building_link', via: { id: BUILDING, name: 'Harbor Tower' } },
        { rule: 'client_group', via: GROUP },
      ],
    }),
    entry(3, 'Sam Suspended', {
      contact: {
        ...entry(3, 'x').contact,
        name: 'Sam Suspended',
        portalStatus: 'suspended',
        suspended: true,
      },
      canSeeNow: false,
      blockedBy: ['suspended'],
    }),
    entry(4, 'Ivy Invited', {
      contact: { ...entry(4, 'x').contact, name: 'Ivy Invited', portalStatus: 'invited' },
      grants: [{ rule: 'client_group', via: GROUP }],
      canSeeNow: false,
      blockedBy: ['not_enrolled', 'outside_client_group', 'inactive_account'],
    }),
  ],
};

function setUp(
  element: React.ReactElement,
  { permissions = allPermissions as Permission[], body = audience } = {},
) {
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    [`GET /api/v1/buildings/${BUILDING}/audience`]: () => json(200, body),
    [`GET /api/v1/documents/${DOCUMENT}/audience`]: () => json(200, body),
  });
  renderRoute(element, { path: '/', url: '/' });
  return calls;
}

const group = (name: RegExp) => within(screen.getByRole('region', { name }));
const item = (scope: ReturnType<typeof group>, name: string) =>
  within(scope.getByRole('link', { name }).closest('li') as HTMLElement);

describe('Who can see this building?', () => {
  it('lists who sees it and the link granting each, then who is blocked and why', async () => {
    setUp(<BuildingAudience buildingId={BUILDING} />);

    expect(
      await screen.findByText('2 of the 4 contacts with a link can see this building right now.'),
    ).toBeInTheDocument();

    const seeing = group(/^Can see it/);
    const ada = item(seeing, 'Ada Lovelace');
    expect(seeing.getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      '/contacts/00000000-0000-4000-8000-0000000e0001',
    );
    expect(ada.getByText(/Linked to the account/)).toBeInTheDocument();
    expect(ada.getByRole('link', { name: 'Harbor Holdings' })).toHaveAttribute(
      'href',
      `/accounts/${ACCOUNT.id}`,
    );
    const grace = item(seeing, 'Grace Hopper');
    expect(grace.getByRole('link', { name: 'Harbor Tower' })).toHaveAttribute(
      'href',
      `/buildings/${BUILDING}`,
    );
    expect(grace.getByText(/In the client group/)).toBeInTheDocument();
    expect(grace.getByRole('link', { name: 'Metro Properties' })).toHaveAttribute(
      'href',
      `/client-groups/${GROUP.id}`,
    );

    const blocked = group(/^Cannot see it/);
    expect(
      item(blocked, 'Sam Suspended').getByText('Suspended: cannot sign in until reinstated.'),
    ).toBeInTheDocument();
    const ivy = item(blocked, 'Ivy Invited');
    expect(ivy.getByText('Has not registered for the portal yet.')).toBeInTheDocument();
    expect(ivy.getByText(/this building belongs to an account outside their group/)).toBeInTheDocument();
    expect(ivy.getByText(/The account is inactive/)).toBeInTheDocument();
    expect(ivy.getByText('Invited')).toBeInTheDocument();
  });

  it('says when nobody has a link', async () => {
    setUp(<BuildingAudience buildingId={BUILDING} />, { body: { items: [], total: 0, canSeeNow: 0 } });
    expect(await screen.findByText('Nobody is linked to this building')).toBeInTheDocument();
  });

  it('asks for access.manage instead of loading', async () => {
    const calls = setUp(<BuildingAudience buildingId={BUILDING} />, { permissions: ['contacts.write'] });
    expect(await screen.findByText(/needs the access.manage permission/)).toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/audience'))).toBe(false);
  });
});

describe('Who can see this document?', () => {
  it('names the access area and says when the document is not published', async () => {
    setUp(<DocumentAudience document={{ id: DOCUMENT, kind: 'proposal', published: false }} />, {
      body: {
        total: 1,
        canSeeNow: 0,
        items: [
          entry(5, 'Nora Noproposals', {
            contact: { ...entry(5, 'x').contact, name: 'Nora Noproposals' },
            areaAllowed: false,
            canSeeNow: false,
            blockedBy: ['area', 'unpublished'],
          }),
        ],
      },
    });

    expect(await screen.findByText(/Not published: nobody sees it in the portal yet/)).toBeInTheDocument();
    await screen.findByRole('region', { name: /^Cannot see it/ });
    const nora = item(group(/^Cannot see it/), 'Nora Noproposals');
    expect(nora.getByText('Their access does not include proposals.')).toBeInTheDocument();
    expect(nora.getByText('This document is not published yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Can see it/ })).not.toBeInTheDocument();
  });
});
