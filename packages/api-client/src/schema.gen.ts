/**
 * GENERATED FILE: never hand-edit it.
 * Produced by packages/api-client/scripts/generate.ts from the API's OpenAPI document
 * (packages/api-client/openapi.json). Regenerate with `pnpm api-client:generate`.
 */

export interface paths {
  "/healthz": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process is up */
    get: operations["getHealth"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/readyz": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: PostgreSQL and Redis answer */
    get: operations["getReadiness"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/auth/sign-in": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with email and password
     * @description Answers an access token and sets the rotating refresh token as an httpOnly cookie.
     */
    post: operations["signIn"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/auth/refresh": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Swap the refresh cookie for a new access token
     * @description Rotates the refresh token. Presenting an already-used one ends every session of its family.
     */
    post: operations["refreshSession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/auth/sign-out": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: operations["signOut"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in office user, role and permissions */
    get: operations["getMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/client-groups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List client groups, by name */
    get: operations["listClientGroups"];
    put?: never;
    /** Create a client group */
    post: operations["createClientGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/client-groups/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a client group with its account count */
    get: operations["getClientGroup"];
    put?: never;
    post?: never;
    /**
     * Delete a client group
     * @description Its accounts and contacts stay; they just leave the group.
     */
    delete: operations["deleteClientGroup"];
    options?: never;
    head?: never;
    /** Update a client group */
    patch: operations["updateClientGroup"];
    trace?: never;
  };
  "/api/v1/accounts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List accounts (customers) */
    get: operations["listAccounts"];
    put?: never;
    /** Create an account */
    post: operations["createAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/accounts/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an account with its building and contact counts */
    get: operations["getAccount"];
    put?: never;
    post?: never;
    /**
     * Delete an account and its buildings
     * @description Refused with 409 while contacts are linked to the account; deactivate it instead to keep its history.
     */
    delete: operations["deleteAccount"];
    options?: never;
    head?: never;
    /** Update an account */
    patch: operations["updateAccount"];
    trace?: never;
  };
  "/api/v1/buildings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List buildings (sites), by name */
    get: operations["listBuildings"];
    put?: never;
    /** Create a building for an account */
    post: operations["createBuilding"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/buildings/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a building */
    get: operations["getBuilding"];
    put?: never;
    post?: never;
    /**
     * Delete a building
     * @description Contacts linked to the building lose the link; the contacts themselves stay.
     */
    delete: operations["deleteBuilding"];
    options?: never;
    head?: never;
    /** Update a building */
    patch: operations["updateBuilding"];
    trace?: never;
  };
  "/api/v1/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List contacts with portal status, filters and search */
    get: operations["listContacts"];
    put?: never;
    /**
     * Create a contact with its account and building links
     * @description Setting `access` also needs the access.manage permission.
     */
    post: operations["createContact"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a contact */
    get: operations["getContact"];
    put?: never;
    post?: never;
    /** Delete a contact with its links, portal sign-in and history */
    delete: operations["deleteContact"];
    options?: never;
    head?: never;
    /** Update a contact */
    patch: operations["updateContact"];
    trace?: never;
  };
  "/api/v1/contacts/{id}/accounts/{accountId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Link a contact to an account (or change its billing flag) */
    put: operations["linkContactAccount"];
    post?: never;
    /** Unlink a contact from an account */
    delete: operations["unlinkContactAccount"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/buildings/{buildingId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Link a contact to a building */
    put: operations["linkContactBuilding"];
    post?: never;
    /** Unlink a contact from a building */
    delete: operations["unlinkContactBuilding"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      /** @description A URI naming the kind of problem. */
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      /** @description Field errors for invalid input. */
      errors?: {
        field: string;
        message: string;
      }[];
    } & {
      [key: string]: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            status: "ok";
          };
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            status: "ok" | "down";
            checks: {
              postgres: "ok" | "down";
              redis: "ok" | "down";
            };
          };
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            status: "ok" | "down";
            checks: {
              postgres: "ok" | "down";
              redis: "ok" | "down";
            };
          };
        };
      };
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: email */
          email: string;
          password: string;
          /**
           * @description Keep the session for 30 days.
           * @default false
           */
          staySignedIn?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            /** Me */
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              role: string;
              permissions: ("contacts.write" | "invitations.send" | "access.manage" | "reports.read" | "reports.export" | "settings.manage" | "integrations.manage")[];
              organization: {
                /** Format: uuid */
                id: string;
                name: string;
              };
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  refreshSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            /** Me */
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              role: string;
              permissions: ("contacts.write" | "invitations.send" | "access.manage" | "reports.read" | "reports.export" | "settings.manage" | "integrations.manage")[];
              organization: {
                /** Format: uuid */
                id: string;
                name: string;
              };
            };
          };
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            role: string;
            permissions: ("contacts.write" | "invitations.send" | "access.manage" | "reports.read" | "reports.export" | "settings.manage" | "integrations.manage")[];
            organization: {
              /** Format: uuid */
              id: string;
              name: string;
            };
          };
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listClientGroups: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        order?: "asc" | "desc";
        /** @description Name contains (case-insensitive). */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              externalId: string | null;
              /** @description Accounts in the group; list them with `GET /accounts?clientGroupId=`. */
              accountCount: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
            /** @description Rows matching the filters, across all pages. */
            total: number;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createClientGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          externalId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            externalId: string | null;
            /** @description Accounts in the group; list them with `GET /accounts?clientGroupId=`. */
            accountCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getClientGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            externalId: string | null;
            /** @description Accounts in the group; list them with `GET /accounts?clientGroupId=`. */
            accountCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteClientGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  updateClientGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          externalId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            externalId: string | null;
            /** @description Accounts in the group; list them with `GET /accounts?clientGroupId=`. */
            accountCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listAccounts: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        order?: "asc" | "desc";
        sort?: "name" | "createdAt";
        status?: "active" | "inactive" | "all";
        division?: string;
        accountClass?: string;
        billGroup?: string;
        accountSource?: string;
        clientGroupId?: string;
        /** @description Name contains (case-insensitive). */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              active: boolean;
              clientGroupId: string | null;
              division: string | null;
              accountClass: string | null;
              billGroup: string | null;
              accountSource: string | null;
              /** @description Decimal amount, e.g. "1840.00". */
              balanceDue: string;
              autopay: boolean;
              activeServicesCount: number;
              externalId: string | null;
              portalPanels: {
                activityReport?: boolean;
                spendTracking?: boolean;
                defectAnalytics?: boolean;
                routineActivities?: boolean;
                serviceCalls?: boolean;
              } | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
            /** @description Rows matching the filters, across all pages. */
            total: number;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          active?: boolean;
          clientGroupId?: string | null;
          division?: string | null;
          accountClass?: string | null;
          billGroup?: string | null;
          accountSource?: string | null;
          /** @description Decimal, e.g. "120.50". */
          balanceDue?: string;
          autopay?: boolean;
          activeServicesCount?: number;
          externalId?: string | null;
          portalPanels?: {
            activityReport?: boolean;
            spendTracking?: boolean;
            defectAnalytics?: boolean;
            routineActivities?: boolean;
            serviceCalls?: boolean;
          } | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            active: boolean;
            clientGroupId: string | null;
            division: string | null;
            accountClass: string | null;
            billGroup: string | null;
            accountSource: string | null;
            /** @description Decimal amount, e.g. "1840.00". */
            balanceDue: string;
            autopay: boolean;
            activeServicesCount: number;
            externalId: string | null;
            portalPanels: {
              activityReport?: boolean;
              spendTracking?: boolean;
              defectAnalytics?: boolean;
              routineActivities?: boolean;
              serviceCalls?: boolean;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            active: boolean;
            clientGroupId: string | null;
            division: string | null;
            accountClass: string | null;
            billGroup: string | null;
            accountSource: string | null;
            /** @description Decimal amount, e.g. "1840.00". */
            balanceDue: string;
            autopay: boolean;
            activeServicesCount: number;
            externalId: string | null;
            portalPanels: {
              activityReport?: boolean;
              spendTracking?: boolean;
              defectAnalytics?: boolean;
              routineActivities?: boolean;
              serviceCalls?: boolean;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          } & {
            counts: {
              buildings: number;
              contacts: number;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  updateAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          active?: boolean;
          clientGroupId?: string | null;
          division?: string | null;
          accountClass?: string | null;
          billGroup?: string | null;
          accountSource?: string | null;
          /** @description Decimal, e.g. "120.50". */
          balanceDue?: string;
          autopay?: boolean;
          activeServicesCount?: number;
          externalId?: string | null;
          portalPanels?: {
            activityReport?: boolean;
            spendTracking?: boolean;
            defectAnalytics?: boolean;
            routineActivities?: boolean;
            serviceCalls?: boolean;
          } | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            active: boolean;
            clientGroupId: string | null;
            division: string | null;
            accountClass: string | null;
            billGroup: string | null;
            accountSource: string | null;
            /** @description Decimal amount, e.g. "1840.00". */
            balanceDue: string;
            autopay: boolean;
            activeServicesCount: number;
            externalId: string | null;
            portalPanels: {
              activityReport?: boolean;
              spendTracking?: boolean;
              defectAnalytics?: boolean;
              routineActivities?: boolean;
              serviceCalls?: boolean;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listBuildings: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        order?: "asc" | "desc";
        accountId?: string;
        siteSource?: string;
        /** @description Name, first address line or city contains (case-insensitive). */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              addressLine1: string | null;
              addressLine2: string | null;
              city: string | null;
              region: string | null;
              postalCode: string | null;
              country: string | null;
              latitude: number | null;
              longitude: number | null;
              siteSource: string | null;
              externalId: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
            /** @description Rows matching the filters, across all pages. */
            total: number;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createBuilding: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          accountId: string;
          name: string;
          addressLine1?: string | null;
          addressLine2?: string | null;
          city?: string | null;
          region?: string | null;
          postalCode?: string | null;
          country?: string | null;
          latitude?: number | null;
          longitude?: number | null;
          siteSource?: string | null;
          externalId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            name: string;
            addressLine1: string | null;
            addressLine2: string | null;
            city: string | null;
            region: string | null;
            postalCode: string | null;
            country: string | null;
            latitude: number | null;
            longitude: number | null;
            siteSource: string | null;
            externalId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getBuilding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            name: string;
            addressLine1: string | null;
            addressLine2: string | null;
            city: string | null;
            region: string | null;
            postalCode: string | null;
            country: string | null;
            latitude: number | null;
            longitude: number | null;
            siteSource: string | null;
            externalId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteBuilding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  updateBuilding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          accountId?: string;
          name?: string;
          addressLine1?: string | null;
          addressLine2?: string | null;
          city?: string | null;
          region?: string | null;
          postalCode?: string | null;
          country?: string | null;
          latitude?: number | null;
          longitude?: number | null;
          siteSource?: string | null;
          externalId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            name: string;
            addressLine1: string | null;
            addressLine2: string | null;
            city: string | null;
            region: string | null;
            postalCode: string | null;
            country: string | null;
            latitude: number | null;
            longitude: number | null;
            siteSource: string | null;
            externalId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listContacts: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        order?: "asc" | "desc";
        sort?: "name" | "email" | "createdAt";
        /** @description Any of these statuses; repeat the parameter. */
        portalStatus?: ("not_invited" | "invited" | "expired" | "enrolled" | "suspended")[];
        /** @description Linked to the account or one of its buildings. */
        accountId?: string;
        /** @description Linked to the building or its account. */
        buildingId?: string;
        hasEmail?: boolean;
        /** @description Name or email contains (case-insensitive). */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              firstName: string;
              lastName: string;
              email: string | null;
              phone: string | null;
              jobTitle: string | null;
              externalId: string | null;
              clientGroupId: string | null;
              /**
               * @description not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.
               * @enum {string}
               */
              portalStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
              suspendedNote: string | null;
              /** AccessAreas */
              access: {
                inspectionReports: boolean;
                serviceReports: boolean;
                proposals: boolean;
                invoices: boolean;
              };
              accounts: {
                /** Format: uuid */
                accountId: string;
                accountName: string;
                isBillingContact: boolean;
              }[];
              buildings: {
                /** Format: uuid */
                buildingId: string;
                buildingName: string;
                /** Format: uuid */
                accountId: string;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
            /** @description Rows matching the filters, across all pages. */
            total: number;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          firstName: string;
          lastName?: string;
          email?: string | "" | null;
          phone?: string | null;
          jobTitle?: string | null;
          externalId?: string | null;
          clientGroupId?: string | null;
          access?: {
            inspectionReports?: boolean;
            serviceReports?: boolean;
            proposals?: boolean;
            invoices?: boolean;
          };
          accounts?: {
            /** Format: uuid */
            accountId: string;
            /** @default false */
            isBillingContact?: boolean;
          }[];
          buildingIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            jobTitle: string | null;
            externalId: string | null;
            clientGroupId: string | null;
            /**
             * @description not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.
             * @enum {string}
             */
            portalStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
            suspendedNote: string | null;
            /** AccessAreas */
            access: {
              inspectionReports: boolean;
              serviceReports: boolean;
              proposals: boolean;
              invoices: boolean;
            };
            accounts: {
              /** Format: uuid */
              accountId: string;
              accountName: string;
              isBillingContact: boolean;
            }[];
            buildings: {
              /** Format: uuid */
              buildingId: string;
              buildingName: string;
              /** Format: uuid */
              accountId: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            jobTitle: string | null;
            externalId: string | null;
            clientGroupId: string | null;
            /**
             * @description not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.
             * @enum {string}
             */
            portalStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
            suspendedNote: string | null;
            /** AccessAreas */
            access: {
              inspectionReports: boolean;
              serviceReports: boolean;
              proposals: boolean;
              invoices: boolean;
            };
            accounts: {
              /** Format: uuid */
              accountId: string;
              accountName: string;
              isBillingContact: boolean;
            }[];
            buildings: {
              /** Format: uuid */
              buildingId: string;
              buildingName: string;
              /** Format: uuid */
              accountId: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          firstName?: string;
          lastName?: string;
          email?: string | "" | null;
          phone?: string | null;
          jobTitle?: string | null;
          externalId?: string | null;
          clientGroupId?: string | null;
          access?: {
            inspectionReports?: boolean;
            serviceReports?: boolean;
            proposals?: boolean;
            invoices?: boolean;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            jobTitle: string | null;
            externalId: string | null;
            clientGroupId: string | null;
            /**
             * @description not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.
             * @enum {string}
             */
            portalStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
            suspendedNote: string | null;
            /** AccessAreas */
            access: {
              inspectionReports: boolean;
              serviceReports: boolean;
              proposals: boolean;
              invoices: boolean;
            };
            accounts: {
              /** Format: uuid */
              accountId: string;
              accountName: string;
              isBillingContact: boolean;
            }[];
            buildings: {
              /** Format: uuid */
              buildingId: string;
              buildingName: string;
              /** Format: uuid */
              accountId: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  linkContactAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @default false */
          isBillingContact: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            jobTitle: string | null;
            externalId: string | null;
            clientGroupId: string | null;
            /**
             * @description not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.
             * @enum {string}
             */
            portalStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
            suspendedNote: string | null;
            /** AccessAreas */
            access: {
              inspectionReports: boolean;
              serviceReports: boolean;
              proposals: boolean;
              invoices: boolean;
            };
            accounts: {
              /** Format: uuid */
              accountId: string;
              accountName: string;
              isBillingContact: boolean;
            }[];
            buildings: {
              /** Format: uuid */
              buildingId: string;
              buildingName: string;
              /** Format: uuid */
              accountId: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  unlinkContactAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  linkContactBuilding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        buildingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            jobTitle: string | null;
            externalId: string | null;
            clientGroupId: string | null;
            /**
             * @description not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.
             * @enum {string}
             */
            portalStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
            suspendedNote: string | null;
            /** AccessAreas */
            access: {
              inspectionReports: boolean;
              serviceReports: boolean;
              proposals: boolean;
              invoices: boolean;
            };
            accounts: {
              /** Format: uuid */
              accountId: string;
              accountName: string;
              isBillingContact: boolean;
            }[];
            buildings: {
              /** Format: uuid */
              buildingId: string;
              buildingName: string;
              /** Format: uuid */
              accountId: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  unlinkContactBuilding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        buildingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
}
