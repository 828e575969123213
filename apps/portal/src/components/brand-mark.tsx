import { useState } from 'react';
import type { Brand } from '../lib/brand';

/** The organization's logo (or initial) and name; the portal's own mark before we know whose it is. */
export function BrandMark({ brand }: { brand?: Brand | null | undefined }) {
  // A logo URL can go stale; the name beside it still says whose portal this is.
  const [logoFailed, setLogoFailed] = useState(false);
  if (!brand) {
    return (
      <div className="brand">
        <span className="brand__mark" aria-hidden="true" />
        <span className="brand__name">Customer portal</span>
      </div>
    );
  }
  return (
    <div className="brand">
      {brand.logoUrl && !logoFailed ? (
        <img className="brand__logo" src={brand.logoUrl} alt="" onError={() => setLogoFailed(true)} />
      ) : (
        <span className="brand__monogram" aria-hidden="true">
          {brand.name.trim().charAt(0).toUpperCase()}
        </span>
      )}
      <span className="brand__name">{brand.name}</span>
    </div>
  );
}
