import { describe, expect, it, jest } from '@jest/globals';
import {
  chartPng,
  layoutLegend,
  pictureFileName,
  type RasterEnvironment,
  standaloneSvg,
  svgDataUrl,
} from './chart-png';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart surface as recharts draws one: sized by attributes, styled partly by CSS. */
function drawChart(): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = `<style>.label { font-size: 13px; }</style>
    <svg class="recharts-surface" width="320" height="200" viewBox="0 0 320 200">
      <rect x="10" y="20" width="40" height="150" fill="#274b7a"></rect>
      <text class="label" x="12" y="190">Invited &amp; opened</text>
    </svg>`;
  document.body.append(host);
  return host.querySelector('svg') as SVGSVGElement;
}

/** A canvas that records what is drawn and encodes to a PNG blob, as a browser's would. */
function fakeEnvironment() {
  const drawn: { op: string; args: unknown[] }[] = [];
  const sizes: [number, number][] = [];
  const context = new Proxy(
    {},
    {
      get: (_target, property) =>
        property === 'measureText'
          ? (text: string) => ({ width: text.length * 7 })
          : (...args: unknown[]) => drawn.push({ op: String(property), args }),
      set: () => true,
    },
  ) as CanvasRenderingContext2D;
  const image = { width: 320, height: 200 } as unknown as CanvasImageSource;
  const loaded: string[] = [];
  const env: RasterEnvironment = {
    loadImage: async (src) => {
      loaded.push(src);
      return image;
    },
    createCanvas: (width, height) => {
      sizes.push([width, height]);
      return {
        getContext: () => context,
        toBlob: (callback, type) => callback(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type })),
      };
    },
  };
  return { env, drawn, sizes, loaded, image };
}

describe('chart PNG', () => {
  it('makes a standalone SVG of the chart: namespace, size, white backdrop, the same marks', () => {
    const { markup, width, height } = standaloneSvg(drawChart());
    expect([width, height]).toEqual([320, 200]);

    const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = parsed.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe('320');
    expect(root.getAttribute('viewBox')).toBe('0 0 320 200');
    const [backdrop, bar] = [...root.querySelectorAll('rect')];
    expect(backdrop?.getAttribute('fill')).toBe('#ffffff');
    expect(bar?.getAttribute('fill')).toBe('#274b7a');
    expect(root.querySelector('text')?.textContent).toBe('Invited & opened');
  });

  it('refuses a chart that is not laid out yet', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    expect(() => standaloneSvg(svg)).toThrow('no size');
  });

  it('encodes the SVG as a data URL an <img> can load', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><text>50% & more</text></svg>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.split(',')[1] ?? '')).toContain('50% & more');
  });

  it('draws title, chart and legend, and answers an image/png blob', async () => {
    const { env, drawn, sizes, loaded, image } = fakeEnvironment();
    const blob = await chartPng(
      drawChart(),
      { title: 'Invite funnel', legend: [{ label: 'Contacts', color: '#3f7cc4' }], scale: 2 },
      env,
    );
    expect(blob.type).toBe('image/png');
    expect(loaded[0]).toMatch(/^data:image\/svg\+xml/);
    // 24 px around, 36 for the title, 200 of chart, one legend row (22 + 8): at twice the size.
    expect(sizes.at(-1)).toEqual([(320 + 48) * 2, (24 + 36 + 200 + 30 + 24) * 2]);
    expect(drawn).toContainEqual({ op: 'fillText', args: ['Invite funnel', 24, 24] });
    expect(drawn).toContainEqual({ op: 'drawImage', args: [image, 24, 60, 320, 200] });
    expect(drawn.some((d) => d.op === 'fillText' && d.args[0] === 'Contacts')).toBe(true);
  });

  it('fails when the browser cannot encode the picture', async () => {
    const { env } = fakeEnvironment();
    const failing: RasterEnvironment = {
      ...env,
      createCanvas: (width, height) => ({
        ...env.createCanvas(width, height),
        toBlob: (callback) => callback(null),
      }),
    };
    await expect(chartPng(drawChart(), { title: 'Cohorts' }, failing)).rejects.toThrow(
      'could not be encoded',
    );
  });

  it('wraps the legend onto new rows when it is wider than the chart', () => {
    const measure = jest.fn((text: string) => text.length * 10);
    const placed = layoutLegend(
      [
        { label: 'Invited', color: '#000' },
        { label: 'Registered', color: '#111' },
        { label: 'Active (30 days)', color: '#222' },
      ],
      260,
      measure,
    );
    expect(placed.map((p) => [p.entry.label, p.row, p.x])).toEqual([
      ['Invited', 0, 0],
      ['Registered', 0, 106],
      ['Active (30 days)', 1, 0],
    ]);
  });

  it('names the file after the chart and the day', () => {
    expect(pictureFileName('Cohorts by invite month', new Date('2026-11-29T12:00:00Z'))).toBe(
      'cohorts-by-invite-month-2026-11-29.png',
    );
  });
});
