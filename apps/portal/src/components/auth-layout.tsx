import type { ReactNode } from 'react';
import { type Brand, brandStyle } from '../lib/brand';
import { BrandMark } from './brand-mark';

interface AuthLayoutProps {
  /** The page's own name, for the browser tab. */
  title: string;
  /** The organization, once the page knows it (an invitation does; a sign-in page does not). */
  brand?: Brand | null | undefined;
  children: ReactNode;
}

/** The signed-out pages: a branded band with one card on it, sized for a phone first. */
export function AuthLayout({ title, brand, children }: AuthLayoutProps) {
  return (
    <div className="portal" style={brandStyle(brand?.brandColor)}>
      <title>{`${title} · ${brand?.name ?? 'Customer portal'}`}</title>
      <header className="portal__bar">
        <BrandMark brand={brand} />
      </header>
      <main className="portal__main">
        {children}
        <p className="portal__help">
          Trouble signing in? Contact {brand ? brand.name : 'your service provider'}’s office.
        </p>
      </main>
    </div>
  );
}
