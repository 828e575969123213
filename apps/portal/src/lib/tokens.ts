/**
 * The shape the API accepts for invitation and link tokens (32 random bytes, base64url). A
 * truncated or mangled link is told apart here, without asking the API.
 */
export function isLinkToken(token: string | null): token is string {
  return token !== null && /^[A-Za-z0-9_-]{20,200}$/.test(token);
}
