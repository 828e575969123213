import { randomBytes } from 'node:crypto';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) on loopback, for the SSO tests. Its interaction
 * step signs in `nextAccount` and grants what was asked, without forms, so a test drives the
 * whole code flow over HTTP. It is reached only through a small proxy that is also its issuer
 * URL, so a test can play the attacker between browser, client and provider (`mode`).
 */
export interface TestAccount {
  email: string;
  emailVerified: boolean | 'true';
}

export type ProxyMode =
  | 'pass'
  /** Alters the ID token's payload in the token response (its signature no longer matches). */
  | 'tamper-id-token'
  /** Changes the nonce of the authorization request: a genuine ID token for another nonce. */
  | 'swap-nonce';

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  nextAccount: string;
  mode: ProxyMode;
  close: () => Promise<void>;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

export async function startTestIdp(redirectUri: string): Promise<TestIdp> {
  const proxy = createServer();
  const proxyPort = await listen(proxy);
  const issuer = `http://127.0.0.1:${proxyPort}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };

  const idp: TestIdp = {
    issuer,
    clientId: 'portico-portal',
    clientSecret: randomBytes(24).toString('base64url'),
    accounts: new Map(),
    nextAccount: '',
    mode: 'pass',
    close: async () => {
      await Promise.all([closeServer(proxy), closeServer(inner)]);
    },
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: idp.clientId,
        client_secret: idp.clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // Put the scope's claims in the ID token (the default keeps them for userinfo only).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = idp.accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: account.email, email_verified: account.emailVerified as boolean }),
      };
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  const interact = async (req: IncomingMessage, res: ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: idp.nextAccount } },
        {
          mergeWithLastSubmission: false,
        },
      );
      return;
    }
    const accountId = details.session?.accountId ?? idp.nextAccount;
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  };

  const inner = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interact(req, res).catch((error: Error) => {
        res.statusCode = 500;
        res.end(error.message);
      });
      return;
    }
    callback(req, res);
  });
  const innerPort = await listen(inner);

  proxy.on('request', (req, res) => {
    let path = req.url ?? '/';
    if (idp.mode === 'swap-nonce' && path.startsWith('/auth?')) {
      const url = new URL(path, issuer);
      url.searchParams.set('nonce', randomBytes(16).toString('base64url'));
      path = `${url.pathname}${url.search}`;
    }
    const upstream = httpRequest(
      { host: '127.0.0.1', port: innerPort, method: req.method, path, headers: req.headers },
      (answer) => {
        const tamper = idp.mode === 'tamper-id-token' && path.startsWith('/token');
        if (!tamper) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const body = JSON.parse(Buffer.concat(chunks).toString()) as { id_token?: string };
          if (body.id_token) body.id_token = tamperPayload(body.id_token);
          const text = JSON.stringify(body);
          const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(text)) };
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(text);
        });
      },
    );
    req.pipe(upstream);
  });

  return idp;
}

/** The attacker's edit: another email in the payload, the original signature kept. */
function tamperPayload(jws: string): string {
  const [header, payload, signature] = jws.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
  claims.email = 'someone-else@customer.test';
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}
