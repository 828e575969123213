import { RateLimitedError } from '@portico/core';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

declare module 'fastify' {
  interface FastifyInstance {
    signInLimits: {
      /** Throws RateLimitedError once the IP or the account has used up its attempts. */
      consume: (scope: string, ip: string, account: string) => Promise<void>;
      /** A successful sign-in clears the account's counter. */
      reset: (scope: string, account: string) => Promise<void>;
    };
  }
}

interface Options {
  prefix: string;
  perIp: number;
  perAccount: number;
  windowSeconds: number;
}

/**
 * Brute-force limits per IP and per account, counted in Redis so every API instance shares them.
 * If Redis is unreachable, an in-process limiter stands in rather than letting attempts through.
 */
export const signInLimitsPlugin = fp(async (app: FastifyInstance, opts: Options) => {
  const make = (name: string, points: number) =>
    new RateLimiterRedis({
      storeClient: app.redis,
      keyPrefix: `${opts.prefix}:rl:${name}`,
      points,
      duration: opts.windowSeconds,
      insuranceLimiter: new RateLimiterMemory({ points, duration: opts.windowSeconds }),
    });
  const byIp = make('ip', opts.perIp);
  const byAccount = make('account', opts.perAccount);

  const consume = async (scope: string, ip: string, account: string) => {
    try {
      await Promise.all([
        byIp.consume(`${scope}:${ip}`),
        byAccount.consume(`${scope}:${account.trim().toLowerCase()}`),
      ]);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw new RateLimitedError(
          `Too many sign-in attempts. Wait ${Math.ceil(retryAfterSeconds / 60)} minute(s) and try again.`,
          retryAfterSeconds,
        );
      }
      throw error;
    }
  };
  const reset = async (scope: string, account: string) => {
    await byAccount.delete(`${scope}:${account.trim().toLowerCase()}`).catch(() => undefined);
  };
  app.decorate('signInLimits', { consume, reset });
});
