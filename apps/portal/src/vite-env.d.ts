interface ImportMetaEnv {
  /** Origin of the API when it is not served from the portal's own origin. */
  readonly VITE_API_URL?: string;
  /** Tile URL template of the dashboard map ({z}/{x}/{y}); OpenStreetMap's when unset. */
  readonly VITE_MAP_TILE_URL?: string;
  /** HTML attribution the tile provider asks for. */
  readonly VITE_MAP_TILE_ATTRIBUTION?: string;
}
