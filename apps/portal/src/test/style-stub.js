// CSS imports (Leaflet's stylesheet) mean nothing to jsdom.
export {};
