/**
 * The tile server behind the dashboard map, set per deployment (a company tile server, a paid
 * provider). OpenStreetMap's own is the default; its usage policy asks for the attribution below.
 * `import.meta.env` is Vite's; under jest it is absent and the defaults apply.
 */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const DEFAULT_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const env: Partial<ImportMetaEnv> = import.meta.env ?? {};

export const mapTiles = {
  url: env.VITE_MAP_TILE_URL || DEFAULT_TILE_URL,
  attribution: env.VITE_MAP_TILE_ATTRIBUTION || DEFAULT_ATTRIBUTION,
};
