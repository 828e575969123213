import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API is reached through this dev server so the refresh cookie (path /api/v1/auth,
// SameSite=Strict) is same-origin, exactly as behind the production reverse proxy.
const api = process.env.API_URL ?? 'http://localhost:3000';
const proxied = ['/api/', '/portal/', '/docs', '/openapi.json', '/healthz'];
// `vite preview` serves the built console the same way, so a production build can be tried as is.
const proxy = Object.fromEntries(proxied.map((path) => [path, { target: api }]));

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy,
  },
  preview: { port: 5173, proxy },
});
