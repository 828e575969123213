import type { Permission } from '@portico/db';

/** Who is acting, and for which tenant. Every office query is scoped by `orgId`. */
export interface OfficeContext {
  orgId: string;
  actor: { type: 'office_user'; id: string };
  permissions: readonly Permission[];
}
