/**
 * A chart's picture as PNG, made in the browser: the chart's SVG is copied into a standalone
 * document (its CSS-given styles written onto it, since an SVG drawn as an image sees no page
 * stylesheet), drawn onto a canvas under the chart's title and above its legend (the legend is
 * HTML beside the SVG, so it is painted here), and encoded by the canvas. No server round-trip.
 */

export interface LegendEntry {
  label: string;
  color: string;
}

export interface StandaloneSvg {
  markup: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
// What recharts and the stylesheet set through CSS rather than attributes.
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const attribute = (name: string) => Number.parseFloat(svg.getAttribute(name) ?? '');
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox?.baseVal;
  const width = box.width || attribute('width') || viewBox?.width || 0;
  const height = box.height || attribute('height') || viewBox?.height || 0;
  return { width: Math.round(width), height: Math.round(height) };
}

/** A copy of `svg` that renders the same on its own: namespace, size, styles, white background. */
export function standaloneSvg(svg: SVGSVGElement, background = '#ffffff'): StandaloneSvg {
  const { width, height } = sizeOf(svg);
  if (width === 0 || height === 0) throw new Error('The chart has no size yet.');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const view = svg.ownerDocument.defaultView;
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!view || !(target instanceof view.Element)) return;
    const computed = view.getComputedStyle(original);
    const declarations = INLINED.map((name) => [name, computed.getPropertyValue(name)] as const)
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `${name}:${value}`);
    const own = target.getAttribute('style');
    if (declarations.length > 0)
      target.setAttribute('style', [...declarations, own].filter(Boolean).join(';'));
  });
  // The serializer writes the namespace of an SVG-namespaced element itself; a second one is invalid XML.
  if (copy.namespaceURI !== SVG_NS) copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', copy.getAttribute('viewBox') ?? `0 0 ${width} ${height}`);
  const backdrop = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  copy.insertBefore(backdrop, copy.firstChild);
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

export const svgDataUrl = (markup: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;

/** What drawing needs from the browser; tests hand in their own. */
export interface RasterEnvironment {
  loadImage: (src: string) => Promise<CanvasImageSource>;
  createCanvas: (
    width: number,
    height: number,
  ) => {
    getContext: (kind: '2d') => CanvasRenderingContext2D | null;
    toBlob: (callback: BlobCallback, type: string) => void;
  };
}

export const browserEnvironment: RasterEnvironment = {
  loadImage: (src) =>
    new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = src;
    }),
  createCanvas: (width, height) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return canvas;
  },
};

export interface ChartPicture {
  title: string;
  legend?: readonly LegendEntry[];
  /** Pixels per CSS pixel: 2 keeps text sharp in a slide or a printed page. */
  scale?: number;
}

const PAD = 24;
const TITLE_FONT = '600 18px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const LEGEND_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const TITLE_HEIGHT = 36;
const LEGEND_ROW = 22;
const SWATCH = 12;

/** Legend entries in rows that fit `width`, each with its x offset. */
export function layoutLegend(
  entries: readonly LegendEntry[],
  width: number,
  measure: (text: string) => number,
): { entry: LegendEntry; x: number; row: number }[] {
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const itemWidth = SWATCH + 6 + measure(entry.label) + 18;
    if (x > 0 && x + itemWidth > width) {
      row += 1;
      x = 0;
    }
    placed.push({ entry, x, row });
    x += itemWidth;
  }
  return placed;
}

/** The chart as a PNG blob: title, the SVG, then the legend, on white. */
export async function chartPng(
  svg: SVGSVGElement,
  { title, legend = [], scale = 2 }: ChartPicture,
  env: RasterEnvironment = browserEnvironment,
): Promise<Blob> {
  const { markup, width, height } = standaloneSvg(svg);
  const image = await env.loadImage(svgDataUrl(markup));

  // Measured on a throwaway canvas first: the legend's rows decide the picture's height.
  const probe = env.createCanvas(1, 1).getContext('2d');
  if (probe) probe.font = LEGEND_FONT;
  const placed = layoutLegend(legend, width, (text) => probe?.measureText(text).width ?? text.length * 7);
  const legendHeight = placed.length > 0 ? ((placed.at(-1)?.row ?? 0) + 1) * LEGEND_ROW + 8 : 0;
  const fullWidth = width + PAD * 2;
  const fullHeight = PAD + TITLE_HEIGHT + height + legendHeight + PAD;

  const canvas = env.createCanvas(Math.round(fullWidth * scale), Math.round(fullHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, fullWidth, fullHeight);
  context.fillStyle = '#161b22';
  context.font = TITLE_FONT;
  context.textBaseline = 'top';
  context.fillText(title, PAD, PAD);
  context.drawImage(image, PAD, PAD + TITLE_HEIGHT, width, height);
  context.font = LEGEND_FONT;
  context.textBaseline = 'middle';
  const legendTop = PAD + TITLE_HEIGHT + height + 8;
  for (const { entry, x, row } of placed) {
    const y = legendTop + row * LEGEND_ROW + LEGEND_ROW / 2;
    context.fillStyle = entry.color;
    context.fillRect(PAD + x, y - SWATCH / 2, SWATCH, SWATCH);
    context.fillStyle = '#3a4350';
    context.fillText(entry.label, PAD + x + SWATCH + 6, y);
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))),
      'image/png',
    ),
  );
}

/** "invite-funnel-2026-11-29.png": what the chart is, and when it was taken. */
export function pictureFileName(title: string, today = new Date()): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'chart'}-${today.toISOString().slice(0, 10)}.png`;
}
