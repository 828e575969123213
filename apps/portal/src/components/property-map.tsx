import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { mapTiles } from '../lib/map-tiles';
import {
  colorOfHighest,
  labelOfHighest,
  SEVERITIES,
  type Severity,
  severityColor,
  severityLabel,
} from '../lib/severity';

export interface MapPlace {
  id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  highestOpenSeverity: Severity | null;
}

interface PropertyMapProps {
  places: readonly MapPlace[];
  /** A pin was clicked, or focused and Enter pressed. */
  onOpen: (id: string) => void;
  /** Tile URL template; the deployment's (VITE_MAP_TILE_URL) unless given. */
  tileUrl?: string;
  /** Without a tile loaded by then, the map is taken to be offline (a firewall that drops, not refuses). */
  tileTimeoutMs?: number;
}

type Tiles = 'loading' | 'shown' | 'failed';

const pinIcon = (severity: Severity | null) =>
  L.divIcon({
    className: 'pin',
    html: `<span class="pin__dot" style="--pin:${colorOfHighest(severity)}"></span>`,
    iconSize: [26, 34],
    iconAnchor: [13, 34],
  });

const located = (place: MapPlace): place is MapPlace & { latitude: number; longitude: number } =>
  place.latitude !== null && place.longitude !== null;

/**
 * Where the properties are, each pin in the colour of its worst open defect. The tiles come from
 * outside (often blocked on site networks, absent offline): when they fail, the map drops them and
 * keeps the pins on a plain background, so the panel still answers "where are my problems".
 */
export function PropertyMap({
  places,
  onOpen,
  tileUrl = mapTiles.url,
  tileTimeoutMs = 10_000,
}: PropertyMapProps) {
  const container = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const pins = useRef<L.LayerGroup | null>(null);
  const [tiles, setTiles] = useState<Tiles>('loading');
  const openRef = useRef(onOpen);
  openRef.current = onOpen;

  // The map and its tiles, once per tile server.
  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, {
      scrollWheelZoom: false,
      zoomControl: true,
      attributionControl: true,
    });
    created.setView([20, 0], 2);
    map.current = created;
    pins.current = L.layerGroup().addTo(created);
    setTiles('loading');

    let loaded = 0;
    const layer = L.tileLayer(tileUrl, { attribution: mapTiles.attribution, maxZoom: 19 });
    const fail = () => {
      if (loaded > 0 || !created.hasLayer(layer)) return;
      created.removeLayer(layer);
      setTiles('failed');
    };
    layer.on('tileload', () => {
      loaded += 1;
      setTiles('shown');
    });
    // One missing tile among loaded ones is a hiccup; no tile at all is a map without a background.
    layer.on('tileerror', fail);
    layer.addTo(created);
    const timer = setTimeout(fail, tileTimeoutMs);

    return () => {
      clearTimeout(timer);
      created.remove();
      map.current = null;
      pins.current = null;
    };
  }, [tileUrl, tileTimeoutMs]);

  // The pins, whenever the places change.
  useEffect(() => {
    const group = pins.current;
    const current = map.current;
    if (!group || !current) return;
    group.clearLayers();
    const withLocation = places.filter(located);
    for (const place of withLocation) {
      const label = `${place.name}: ${labelOfHighest(place.highestOpenSeverity)}`;
      const marker = L.marker([place.latitude, place.longitude], {
        icon: pinIcon(place.highestOpenSeverity),
        title: label,
        keyboard: true,
        riseOnHover: true,
      });
      marker.on('click', () => openRef.current(place.id));
      marker.addTo(group);
      const element = marker.getElement();
      if (element) {
        element.setAttribute('aria-label', label);
        element.dataset.placeId = place.id;
        element.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            openRef.current(place.id);
          }
        });
      }
    }
    if (withLocation.length === 1) {
      const only = withLocation[0];
      if (only) current.setView([only.latitude, only.longitude], 14);
    } else if (withLocation.length > 1) {
      current.fitBounds(L.latLngBounds(withLocation.map((p) => [p.latitude, p.longitude])), {
        padding: [32, 32],
        maxZoom: 15,
      });
    }
  }, [places]);

  const missing = places.length - places.filter(located).length;
  const used = new Set(places.filter(located).map((p) => p.highestOpenSeverity));

  return (
    <div className={`map map--${tiles}`}>
      <section ref={container} className="map__canvas" aria-label="Map of your properties" />
      {tiles === 'failed' && (
        <p className="map__note" role="status">
          The map background could not load. Pins show where your properties are.
        </p>
      )}
      <ul className="map__legend" aria-label="Pin colours: highest open defect">
        {SEVERITIES.filter((s) => used.has(s)).map((severity) => (
          <li key={severity}>
            <span className="swatch" style={{ background: severityColor[severity] }} aria-hidden="true" />
            {severityLabel[severity]}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: colorOfHighest(null) }} aria-hidden="true" />
          No open defects
        </li>
      </ul>
      {missing > 0 && (
        <p className="map__missing muted">
          {missing === 1
            ? '1 property has no location yet, so it is not on the map.'
            : `${missing} properties have no location yet, so they are not on the map.`}
        </p>
      )}
    </div>
  );
}
