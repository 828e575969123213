import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, respondWith } from '../../../test/api';
import { renderRoute } from '../../../test/render';
import { NewServiceRequestPage } from './new-service-request-page';

const BUILDING = '00000000-0000-4000-8000-00000000b001';
const REQUEST = '00000000-0000-4000-8000-0000000a0001';

const building = (id: string, name: string) => ({
  id,
  name,
  accountId: '00000000-0000-4000-8000-00000000c001',
  accountName: 'Harbor Holdings',
  address: '1 Quay St',
  latitude: null,
  longitude: null,
  counts: { overdueInvoices: 0, outstandingQuotes: 0, openDefects: 0 },
  highestOpenSeverity: null,
});

interface Sent {
  method: string;
  path: string;
  contentType: string | null;
  body: string;
}

/** The API, answering the buildings, the request and its photos; the upload's raw bytes recorded. */
function setUp(photoAnswer: () => Response = () => json(201, { id: 'p' })) {
  const sent: Sent[] = [];
  respondWith(async (request) => {
    const url = new URL(request.url);
    sent.push({
      method: request.method,
      path: url.pathname,
      contentType: request.headers.get('content-type'),
      body: await request.clone().text(),
    });
    if (request.method === 'GET' && url.pathname === '/portal/v1/buildings') {
      const items = [
        building(BUILDING, 'Harbor Tower'),
        building('00000000-0000-4000-8000-00000000b002', 'Dock 4'),
      ];
      return json(200, { items, nextCursor: null, total: 2 });
    }
    if (request.method === 'POST' && url.pathname === '/portal/v1/service-requests') {
      return json(201, { id: REQUEST, number: 7 });
    }
    if (url.pathname === `/portal/v1/service-requests/${REQUEST}/photos`) return photoAnswer();
    return json(404, { type: 'about:blank', title: 'Not Found', status: 404 });
  });
  renderRoute(<NewServiceRequestPage />, {
    path: '/service-requests/new',
    url: `/service-requests/new?buildingId=${BUILDING}`,
  });
  return sent;
}

describe('NewServiceRequestPage', () => {
  it('raises a request for the chosen property by keyboard, then uploads its photo as raw bytes', async () => {
    const user = userEvent.setup();
    const sent = setUp();
    const property = await screen.findByRole('combobox', { name: 'Property' });
    expect(property).toHaveValue(BUILDING);
    await user.type(screen.getByRole('textbox', { name: /What needs doing/ }), 'Water on the third floor');
    await user.click(screen.getByRole('radio', { name: /Emergency/ }));
    const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'roof.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText(/Photos/), photo);
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByRole('status', { name: 'Current location' })).toHaveTextContent(
      `/service-requests/${REQUEST}`,
    );
    const create = sent.find((s) => s.method === 'POST' && s.path === '/portal/v1/service-requests');
    expect(JSON.parse(create?.body ?? '{}')).toEqual({
      buildingId: BUILDING,
      description: 'Water on the third floor',
      urgency: 'emergency',
    });
    const upload = sent.find((s) => s.path.endsWith('/photos'));
    expect(upload?.contentType).toBe('image/png');
    expect(upload?.body).toBe('\uFFFDPNG');
  });

  it('refuses a file that is not a photo before sending anything', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const sent = setUp();
    await screen.findByRole('combobox', { name: 'Property' });
    const pdf = new File(['%PDF-1.4'], 'contract.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText(/Photos/), pdf);
    expect(screen.getByText('contract.pdf is not a PNG, JPEG, WebP or HEIC photo.')).toBeInTheDocument();
    expect(sent.filter((s) => s.method === 'POST')).toEqual([]);
  });
});
