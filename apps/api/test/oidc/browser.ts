/**
 * A browser's part in a redirect-based sign-in, over real HTTP: follows redirects by hand and
 * keeps cookies per origin (name and value only; path scoping does not matter for these tests).
 */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string) {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(origin, jar);
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const { origin } = new URL(url);
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const expired = attributes.some(
        (a) =>
          /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && new Date(a.slice(8)).getTime() < Date.now()),
      );
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** GETs `url` and follows redirects until a page that is not one; returns every URL visited. */
  async navigate(
    url: string,
    stopAt?: (url: string) => boolean,
  ): Promise<{ visited: string[]; final: Response }> {
    const visited = [url];
    let current = url;
    for (let hop = 0; hop < 20; hop++) {
      if (stopAt?.(current)) break;
      const response = await this.fetch(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { visited, final: response };
      await response.arrayBuffer();
      current = new URL(location, current).href;
      visited.push(current);
    }
    return { visited, final: new Response(null, { status: 599 }) };
  }
}
