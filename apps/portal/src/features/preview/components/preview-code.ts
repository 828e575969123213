import { isLinkToken } from '../../../lib/tokens';

/**
 * The office opens `/preview#code=…`: a fragment never reaches a server log or a Referer header.
 * Null when the link was cut short.
 */
export function previewCodeOf(hash: string): string | null {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get('code');
  return isLinkToken(code) ? code : null;
}
