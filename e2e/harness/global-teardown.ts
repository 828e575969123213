import { removeBuilds } from './spa-build';

// biome-ignore lint/style/noDefaultExport: jest loads globalTeardown through its default export
export default function globalTeardown(): void {
  removeBuilds();
}
