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
  "/api/v1/contacts/{id}/invitation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite a contact to the customer portal
     * @description Queues the invitation email; a pending invitation is replaced. 422 without an email or while suspended, 409 when already enrolled.
     */
    post: operations["sendInvitation"];
    /** Revoke the contact's pending invitation */
    delete: operations["revokeInvitation"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/invitation/resend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resend the invitation with a new link; older links stop working */
    post: operations["resendInvitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/portal-history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A contact's portal status history, oldest first */
    get: operations["getPortalHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitations/bulk": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite many contacts: chosen ids, or every contact matching the list filter
     * @description Skips enrolled, suspended and email-less contacts and counts them. An Idempotency-Key makes a double submit one batch.
     */
    post: operations["bulkInvite"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitation-batches/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Count the contacts the bulk invite filters reach, by what would happen to them */
    post: operations["previewInvitationBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitation-batches/preview/recipients": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The contacts behind one of the preview's counts */
    post: operations["listInvitationBatchRecipients"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitation-batches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the bulk invitation to every invitable contact the filters reach */
    post: operations["createInvitationBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitation-batches/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A batch's progress: queued, sent and failed emails */
    get: operations["getInvitationBatch"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/invitation-letter": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Print an invitation letter for a contact (PDF)
     * @description Replaces any pending invitation with a letter invitation whose one-time code is printed once and stored only hashed. Works without an email address. 422 while suspended, 409 when already enrolled.
     */
    post: operations["printInvitationLetter"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitation-letters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Print invitation letters for chosen contacts, one page each, as one PDF
     * @description Suspended, enrolled and unknown contacts are left out and listed in the X-Letters-Skipped header. 422 when none can be printed.
     */
    post: operations["printInvitationLetters"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/email-failures": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitation emails that could not be delivered, newest first */
    get: operations["listEmailFailures"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/email-failures/{invitationId}/retry": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a failed invitation email again */
    post: operations["retryEmailFailure"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/suspend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend a contact's portal access at once, with a note they will see */
    post: operations["suspendContact"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/reinstate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reinstate a suspended contact's portal access */
    post: operations["reinstateContact"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/password-reset": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email an enrolled contact a password reset link */
    post: operations["sendContactPasswordReset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/access": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set which portal areas a contact may see
     * @description Inspection reports, service reports, proposals, invoices (and payment methods). Takes effect at once.
     */
    patch: operations["updateContactAccess"];
    trace?: never;
  };
  "/api/v1/contacts/{id}/portal-preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * View the portal as this contact sees it (read-only); recorded in their history
     * @description Answers a one-time link, valid for a minute, that opens the read-only preview in the portal. Any contact of the organization can be previewed, enrolled or not.
     */
    post: operations["startPortalPreview"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/portal-previews": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who viewed the portal as this contact, and when (newest first) */
    get: operations["listPortalPreviews"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/templates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List notification templates, by kind with the default first */
    get: operations["listTemplates"];
    put?: never;
    /**
     * Create a template
     * @description The first template of a kind becomes its default. Unknown {{variables}} are a 400.
     */
    post: operations["createTemplate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/templates/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Render unsaved template text with sample values
     * @description For a live preview while editing: sample values use the caller's organization; values are HTML-escaped in the HTML part.
     */
    post: operations["previewTemplate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/templates/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a template */
    get: operations["getTemplate"];
    put?: never;
    post?: never;
    /**
     * Delete a template
     * @description Refused with 409 for its kind's default: make another template the default first.
     */
    delete: operations["deleteTemplate"];
    options?: never;
    head?: never;
    /**
     * Update a template, or make it the default of its kind
     * @description Unsetting `isDefault` on the default is a 409: make another template the default instead.
     */
    patch: operations["updateTemplate"];
    trace?: never;
  };
  "/api/v1/settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organization's name, branding, invitation, reminder and portal settings */
    get: operations["getSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change some settings; fields left out keep their values */
    patch: operations["updateSettings"];
    trace?: never;
  };
  "/api/v1/help-articles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Help articles in their portal order */
    get: operations["listHelpArticles"];
    put?: never;
    /** Write a new article (unpublished, last in the order) */
    post: operations["createHelpArticle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/help-articles/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The HTML the portal would show for this Markdown (rendered and sanitized) */
    post: operations["previewHelpArticle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/help-articles/order": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the whole order at once (every article, once each) */
    put: operations["reorderHelpArticles"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/help-articles/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One article, with its rendered HTML */
    get: operations["getHelpArticle"];
    put?: never;
    post?: never;
    /** Delete an article */
    delete: operations["deleteHelpArticle"];
    options?: never;
    head?: never;
    /** Change the title, slug, body or topic */
    patch: operations["updateHelpArticle"];
    trace?: never;
  };
  "/api/v1/help-articles/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish an article to the portal, or take it out */
    post: operations["publishHelpArticle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/help-articles/{id}/move": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an article one place up or down */
    post: operations["moveHelpArticle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/reports/portal-adoption": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Portal adoption: who has access, who is invited, who still needs an invitation
     * @description Headline counts over the filtered customers and their contacts, and one page of the customers or emails table.
     */
    get: operations["getPortalAdoptionReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/reports/portal-usage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How customers use the portal, and which accounts have nobody enrolled */
    get: operations["getPortalUsage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/reports/channel-shift": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per month: portal messages and service requests beside logged inbound emails and calls */
    get: operations["getChannelShiftReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/inbound-contacts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The log of inbound emails and calls, newest first */
    get: operations["listInboundContacts"];
    put?: never;
    /**
     * Log an inbound email or call, or a tally of them
     * @description An account of another organization answers 404; a time more than a day ahead, 400.
     */
    post: operations["createInboundContact"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/inbound-contacts/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an entry logged by mistake */
    delete: operations["deleteInboundContact"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/reports/portal-adoption/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the adoption report (a table or the summary) as CSV, XLSX or PDF */
    get: operations["exportPortalAdoptionReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/reports/portal-usage/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the usage metrics (a section or the summary) as CSV, XLSX or PDF */
    get: operations["exportPortalUsageReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/reports/send": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email an export now to up to 50 recipients (queued; the answer is the run) */
    post: operations["sendReportExport"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/report-schedules": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List scheduled exports by name */
    get: operations["listReportSchedules"];
    put?: never;
    /** Schedule an export: daily, weekly or monthly at a time in a time zone */
    post: operations["createReportSchedule"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/report-schedules/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One scheduled export */
    get: operations["getReportSchedule"];
    /** Replace a schedule's settings */
    put: operations["updateReportSchedule"];
    post?: never;
    /** Delete a schedule (its past runs stay in the history) */
    delete: operations["deleteReportSchedule"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/report-schedules/{id}/duplicate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy a schedule; the copy starts paused */
    post: operations["duplicateReportSchedule"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/report-schedules/{id}/pause": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pause a schedule */
    post: operations["pauseReportSchedule"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/report-schedules/{id}/resume": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume a paused schedule */
    post: operations["resumeReportSchedule"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/report-schedules/{id}/send": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email the schedule's export now, outside its calendar */
    post: operations["sendReportScheduleNow"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/alert-rules": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List alert rules by name */
    get: operations["listAlertRules"];
    put?: never;
    /** Create an alert rule (evaluated hourly) */
    post: operations["createAlertRule"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/alert-rules/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One alert rule */
    get: operations["getAlertRule"];
    /** Replace an alert rule's settings (`paused` pauses or resumes it) */
    put: operations["updateAlertRule"];
    post?: never;
    /** Delete an alert rule and its firings */
    delete: operations["deleteAlertRule"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/alert-rules/{id}/firings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** When the rule fired (newest first, at most 50) */
    get: operations["listAlertFirings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/documents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List documents, newest issued first, with filters and search */
    get: operations["listDocuments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/documents/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a document, with the proposal decision when there is one */
    get: operations["getDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/documents/{id}/file": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a document's PDF (published or not) */
    get: operations["downloadDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/buildings/{id}/audience": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who can see this building in the portal, and which link grants it */
    get: operations["getBuildingAudience"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/documents/{id}/audience": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who can see this document in the portal, which link grants it, and what blocks others */
    get: operations["getDocumentAudience"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/contacts/{id}/access/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dry run of an access change: what the contact would gain and lose
     * @description Nothing is saved. Ids given replace the current links; ids of another organization answer 404, as the contact routes do.
     */
    post: operations["previewContactAccess"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/api-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List integration API keys, oldest first (revoked ones included) */
    get: operations["listApiKeys"];
    put?: never;
    /** Create an API key; the key is in this answer only */
    post: operations["createApiKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/api-keys/{id}/revoke": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an API key at once (revoking again changes nothing) */
    post: operations["revokeApiKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhook endpoints, oldest first */
    get: operations["listWebhookEndpoints"];
    put?: never;
    /** Create a webhook endpoint; its signing secret is in this answer only */
    post: operations["createWebhookEndpoint"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/webhooks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook endpoint */
    get: operations["getWebhookEndpoint"];
    put?: never;
    post?: never;
    /** Delete an endpoint and its delivery log */
    delete: operations["deleteWebhookEndpoint"];
    options?: never;
    head?: never;
    /** Change the URL, description, events, or enable/disable an endpoint */
    patch: operations["updateWebhookEndpoint"];
    trace?: never;
  };
  "/api/v1/webhooks/{id}/enable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable a disabled endpoint again (its failure count starts over) */
    post: operations["enableWebhookEndpoint"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/webhooks/{id}/rotate-secret": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the signing secret; the new one is in this answer only */
    post: operations["rotateWebhookSecret"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/webhooks/{id}/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a `webhook.test` event to this endpoint */
    post: operations["sendWebhookTest"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/webhooks/{id}/deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The endpoint's delivery log, newest first; filter by status or event type */
    get: operations["listWebhookDeliveries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deliver the same event again, as a new delivery with the same event id */
    post: operations["replayWebhookDelivery"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/sso-providers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the single sign-on providers, oldest first */
    get: operations["listSsoProviders"];
    put?: never;
    /** Add a single sign-on provider (the client secret is stored encrypted) */
    post: operations["createSsoProvider"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/sso-providers/discovery-check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read an issuer's discovery document, to check the URL before saving */
    post: operations["checkSsoDiscovery"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/sso-providers/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One single sign-on provider */
    get: operations["getSsoProvider"];
    put?: never;
    post?: never;
    /** Remove a provider (customers who used it sign in another way) */
    delete: operations["deleteSsoProvider"];
    options?: never;
    head?: never;
    /** Change a provider, enable or disable it; a client secret sent replaces the stored one */
    patch: operations["updateSsoProvider"];
    trace?: never;
  };
  "/api/v1/contacts/{id}/notification-preferences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A contact's notification choices (read-only: the contact sets them in the portal) */
    get: operations["getContactNotificationPreferences"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/message-threads": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The inbox: conversations with customers, most recent activity first */
    get: operations["listMessageThreads"];
    put?: never;
    /** Write to a contact about its account, one of its buildings, or a document it can see */
    post: operations["startMessageThread"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/message-threads/unread": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many conversations have a customer message nobody in the office has read */
    get: operations["countUnreadMessageThreads"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/message-threads/assignees": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who a conversation can be assigned to: the active office users */
    get: operations["listMessageAssignees"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/message-threads/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One conversation with its messages */
    get: operations["getMessageThread"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Assign (or unassign) a conversation, close or reopen it */
    patch: operations["updateMessageThread"];
    trace?: never;
  };
  "/api/v1/message-threads/{id}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reply; the thread's contacts are emailed a link to it (unless they turned it off) */
    post: operations["replyToMessageThread"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/message-threads/{id}/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the conversation read for the office */
    post: operations["markMessageThreadRead"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/message-threads/{id}/attachments/{attachmentId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file sent in the conversation */
    get: operations["downloadMessageAttachment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/message-attachments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a file to send with a message
     * @description Raw bytes, at most 10485760 bytes: a PDF, PNG, JPEG or WebP file. The type is read from the content; a file whose content, Content-Type or name disagree is refused (422). Send the returned id with a message (attachmentIds).
     */
    post: operations["uploadMessageAttachment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/service-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List service requests: newest first with filters, or the change feed with updatedSince
     * @description Office users: every request of the organization, newest first, filtered. With `updatedSince` (and always with an API key, scope service-requests:read): the change feed, oldest change first; filters do not apply to it.
     */
    get: operations["listServiceRequests"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/service-requests/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One service request with its status history and photos */
    get: operations["getServiceRequest"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a request's status (the requester is emailed)
     * @description Office users need contacts.write; API keys the service-requests:write scope. 422 for a move the status does not allow, or a decline or reopening without a note; 409 when it already has that status.
     */
    patch: operations["updateServiceRequest"];
    trace?: never;
  };
  "/api/v1/service-requests/{id}/photos/{photoId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One photo of a service request */
    get: operations["downloadServiceRequestPhoto"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/accounts/{externalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace one account by its external id
     * @description Needs the accounts:write scope. Fields left out are cleared (or take their default). An unknown reference answers 422 naming the field.
     */
    put: operations["upsertAccount"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/accounts/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create or replace up to 1000 accounts by external id, with a result per item
     * @description Needs the accounts:write scope. Items are validated one by one; an item whose externalId repeats an earlier one fails. The valid items are written in one transaction.
     */
    post: operations["upsertAccountBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/buildings/{externalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace one building by its external id
     * @description Needs the buildings:write scope. Fields left out are cleared (or take their default). An unknown reference answers 422 naming the field.
     */
    put: operations["upsertBuilding"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/buildings/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create or replace up to 1000 buildings by external id, with a result per item
     * @description Needs the buildings:write scope. Items are validated one by one; an item whose externalId repeats an earlier one fails. The valid items are written in one transaction.
     */
    post: operations["upsertBuildingBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/contacts/{externalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace one contact by its external id
     * @description Needs the contacts:write scope. Fields left out are cleared (or take their default). An unknown reference answers 422 naming the field.
     */
    put: operations["upsertContact"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/contacts/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create or replace up to 1000 contacts by external id, with a result per item
     * @description Needs the contacts:write scope. Items are validated one by one; an item whose externalId repeats an earlier one fails. The valid items are written in one transaction.
     */
    post: operations["upsertContactBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/documents/{externalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace one document by its external id
     * @description Needs the documents:write scope. Fields left out are cleared (or take their default). An unknown reference answers 422 naming the field.
     */
    put: operations["upsertDocument"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/documents/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create or replace up to 1000 documents by external id, with a result per item
     * @description Needs the documents:write scope. Items are validated one by one; an item whose externalId repeats an earlier one fails. The valid items are written in one transaction.
     */
    post: operations["upsertDocumentBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/defects/{externalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace one defect by its external id
     * @description Needs the defects:write scope. Fields left out are cleared (or take their default). An unknown reference answers 422 naming the field.
     */
    put: operations["upsertDefect"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/defects/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create or replace up to 1000 defects by external id, with a result per item
     * @description Needs the defects:write scope. Items are validated one by one; an item whose externalId repeats an earlier one fails. The valid items are written in one transaction.
     */
    post: operations["upsertDefectBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/assets/{externalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace one asset by its external id
     * @description Needs the assets:write scope. Fields left out are cleared (or take their default). An unknown reference answers 422 naming the field.
     */
    put: operations["upsertAsset"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/assets/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create or replace up to 1000 assets by external id, with a result per item
     * @description Needs the assets:write scope. Items are validated one by one; an item whose externalId repeats an earlier one fails. The valid items are written in one transaction.
     */
    post: operations["upsertAssetBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/tasks/{externalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace one task by its external id
     * @description Needs the tasks:write scope. Fields left out are cleared (or take their default). An unknown reference answers 422 naming the field.
     */
    put: operations["upsertTask"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/tasks/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create or replace up to 1000 tasks by external id, with a result per item
     * @description Needs the tasks:write scope. Items are validated one by one; an item whose externalId repeats an earlier one fails. The valid items are written in one transaction.
     */
    post: operations["upsertTaskBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/quotes/{externalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace one quote by its external id
     * @description Needs the quotes:write scope. Fields left out are cleared (or take their default). An unknown reference answers 422 naming the field.
     */
    put: operations["upsertQuote"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/quotes/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create or replace up to 1000 quotes by external id, with a result per item
     * @description Needs the quotes:write scope. Items are validated one by one; an item whose externalId repeats an earlier one fails. The valid items are written in one transaction.
     */
    post: operations["upsertQuoteBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/documents/{externalId}/file": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Upload or replace a document's PDF
     * @description Raw bytes with Content-Type: application/pdf, at most 20971520 bytes (INGEST_FILE_MAX_BYTES). Needs the documents:write scope. Replacing a file deletes the previous one.
     */
    put: operations["uploadDocumentFile"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/integration/inbound-contacts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record up to 500 inbound emails or calls (or tallies), idempotently by external id
     * @description Needs the inbound-contacts:write scope. A malformed body is a 400 as a whole; then each item fails alone (a repeated externalId in the batch, a time more than a day ahead, an unknown accountExternalId) and the others are recorded. An externalId already recorded answers unchanged and is left as it was.
     */
    post: operations["recordInboundContacts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/sign-in": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Customer sign-in with email and password
     * @description A suspended contact gets 403 with `suspendedNote`, the message from the organization.
     */
    post: operations["portalSignIn"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/refresh": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Swap the refresh cookie for a new access token */
    post: operations["portalRefreshSession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/sign-out": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: operations["portalSignOut"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/sign-out-everywhere": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End every session of this customer, on every device */
    post: operations["portalSignOutEverywhere"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in customer: branding, access areas, the views they can switch between and the panels of this view */
    get: operations["getPortalMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/sso/providers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organization's enabled single sign-on providers, for its sign-in page */
    get: operations["listPortalSsoProviders"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/sso/{providerId}/start": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Redirects to the provider's sign-in (authorization code flow with PKCE) */
    get: operations["startPortalSso"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/sso/callback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the provider sends the customer back: verifies, starts a session, redirects to the portal */
    get: operations["finishPortalSso"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/magic-link": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email me a sign-in link (10 minutes, single use) */
    post: operations["requestMagicLink"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/password-reset": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email me a password reset link (1 hour, single use) */
    post: operations["requestPasswordReset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/links/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a sign-in or reset link's page shows; consumes nothing */
    get: operations["getPortalLink"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/magic-link/sign-in": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The "Sign in" button of the magic-link page: consumes the link */
    post: operations["signInWithMagicLink"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/password-reset/complete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password from a reset link; ends every other session and signs in */
    post: operations["completePasswordReset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/invitations/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the accept page shows for an invitation link; consumes nothing
     * @description Called by the accept page's script. The first call on a live link records link_opened; fetching the link itself (as mail scanners do) records nothing.
     */
    get: operations["getInvitationLink"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/invitations/{token}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation: choose a password, become enrolled, get signed in
     * @description The only request that consumes an invitation token. 410 (code invitation_expired, invitation_used or invitation_revoked) when the link can no longer be used. When the link said `needsEmail`, `email` is required (400 without it) and becomes the contact’s sign-in email, taken as given; 409 (code email_taken) when another contact of the organization uses it. For other contacts `email` is refused (400).
     */
    post: operations["acceptInvitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/invitation-codes/redeem": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Redeem a letter's one-time code for its invitation link token
     * @description Single use: the first redemption wins, later ones are refused. Every refusal (unknown, used, expired, replaced) is the same 404 (code invalid_code). Rate limited per IP and per code prefix (429).
     */
    post: operations["redeemInvitationCode"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/buildings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Buildings (properties) with their counts and highest open defect severity */
    get: operations["listPortalBuildings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/buildings/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One building with its address, asset count and document counts */
    get: operations["getPortalBuilding"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/assets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assets of the visible buildings, by type and name */
    get: operations["listPortalAssets"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Routine activities and service calls, newest first */
    get: operations["listPortalTasks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/defects": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published defects, newest raised first (needs inspection reports access) */
    get: operations["listPortalDefects"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/quotes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published quotes, newest issued first (needs proposals access) */
    get: operations["listPortalQuotes"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/search": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search properties, assets, reports, quotes and tasks at once */
    get: operations["searchPortal"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/documents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Documents the customer may see, newest issued first */
    get: operations["listPortalDocuments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/documents/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One document (recorded as viewed) */
    get: operations["getPortalDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/documents/{id}/file": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a document's PDF (recorded as downloaded)
     * @description `disposition=inline` to show it in the browser; 404 when the document has no file.
     */
    get: operations["downloadPortalDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/documents/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept or decline a proposal
     * @description Once only: 409 when the proposal was already decided, 422 when the document is not a proposal.
     */
    post: operations["decidePortalProposal"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/dashboard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Home page panels: counts, activity, defects, routine activities, service calls, spend
     * @description A section is null when the layout (see `panels` in /me) hides its panel or the access areas exclude it.
     */
    get: operations["getPortalDashboard"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/reports/monthly": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A month's quotes, invoices and defects as a PDF */
    get: operations["getPortalMonthlyReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/reports/routine": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Routine tasks performed in a date range (at most 366 days) as a PDF */
    get: operations["getPortalRoutineReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/auth/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The preview page's POST: uses the one-time code for a read-only session
     * @description No refresh cookie is set: the session ends when the token expires, the tab closes or the preview is ended. 404 unknown code, 410 used or expired.
     */
    post: operations["openPortalPreview"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** End this read-only preview: its token stops working at once */
    delete: operations["endPortalPreview"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/me/notification-preferences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the signed-in contact is notified, per category */
    get: operations["getMyNotificationPreferences"];
    /** Set categories to immediately, daily or off (categories not listed stay as they are) */
    put: operations["updateMyNotificationPreferences"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/message-threads": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conversations about what the customer can see, most recent first */
    get: operations["listPortalMessageThreads"];
    put?: never;
    /** Ask the office a question about an account, building or document the customer can see */
    post: operations["startPortalMessageThread"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/message-threads/unread": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unread conversations and messages, for the navigation badge */
    get: operations["countPortalUnreadMessages"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/message-threads/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One conversation with its messages */
    get: operations["getPortalMessageThread"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/message-threads/{id}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write in a conversation (reopens it when closed) */
    post: operations["replyToPortalMessageThread"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/message-threads/{id}/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the conversation read for this contact */
    post: operations["markPortalMessageThreadRead"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/message-threads/{id}/attachments/{attachmentId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file sent in the conversation */
    get: operations["downloadPortalMessageAttachment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/message-attachments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a file to send with a message
     * @description Raw bytes, at most 10485760 bytes: a PDF, PNG, JPEG or WebP file. The type is read from the content; a file whose content, Content-Type or name disagree is refused (422). Send the returned id with a message (attachmentIds).
     */
    post: operations["uploadPortalMessageAttachment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/service-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service requests on the buildings the customer sees, newest first */
    get: operations["listPortalServiceRequests"];
    put?: never;
    /**
     * Raise a service request for a building; add photos next with uploadServiceRequestPhoto
     * @description 404 when the building is not one the customer sees.
     */
    post: operations["createPortalServiceRequest"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/service-requests/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One service request with its status timeline and photos */
    get: operations["getPortalServiceRequest"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/service-requests/{id}/photos/{photoId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One photo of a service request */
    get: operations["downloadPortalServiceRequestPhoto"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/service-requests/{id}/photos": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a photo to a request the customer raised
     * @description Raw bytes of a PNG, JPEG, WebP or HEIC image, at most 10485760 bytes, 6 per request. The type is read from the content: bytes that are no such image, or not the image the Content-Type names, answer 422.
     */
    post: operations["uploadServiceRequestPhoto"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/help-articles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published help articles in order; search with `q`, narrow with `topic` */
    get: operations["listPortalHelpArticles"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/help-articles/{slug}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One published article with its sanitized HTML */
    get: operations["getPortalHelpArticle"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/documents/{id}/pay": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The payment page of an unpaid invoice (recorded as a click on 'Pay now')
     * @description 404 for an invoice the contact may not see; 422 when it has nothing to pay online.
     */
    post: operations["payPortalInvoice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/portal/v1/unsubscribe": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an unsubscribe link would turn off; changes nothing */
    get: operations["previewUnsubscribe"];
    put?: never;
    /**
     * One-click unsubscribe: turn the link's categories off
     * @description The token comes in the body (the portal page) or the query (a mail client following List-Unsubscribe-Post). Already off is still 200. 400 for a token that is not genuine; 404 when its contact no longer exists.
     */
    post: operations["unsubscribe"];
    delete?: never;
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
          /** @description Invite to the customer portal at once (needs invitations.send and an email). */
          invite?: boolean;
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
  sendInvitation: {
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
          /**
           * Format: uuid
           * @description An invitation template; the organization's default when omitted.
           */
          templateId?: string;
          /** Format: email */
          fromAddress?: string;
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
            contactId: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "expired" | "revoked";
            /** @enum {string} */
            deliveryState: "queued" | "sending" | "sent" | "failed";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  revokeInvitation: {
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  resendInvitation: {
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
          /**
           * Format: uuid
           * @description An invitation template; the organization's default when omitted.
           */
          templateId?: string;
          /** Format: email */
          fromAddress?: string;
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
            contactId: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "expired" | "revoked";
            /** @enum {string} */
            deliveryState: "queued" | "sending" | "sent" | "failed";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPortalHistory: {
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
            /** @enum {string} */
            type: "invited" | "resent" | "reminded" | "email_sent" | "email_failed" | "link_opened" | "registered" | "expired" | "revoked" | "suspended" | "reinstated" | "password_reset_requested" | "previewed_by_office" | "letter_printed" | "code_redeemed";
            /** Format: date-time */
            at: string;
            invitationId: string | null;
            actor: {
              /** @enum {string} */
              type: "office_user" | "contact" | "integration" | "system";
              id: string | null;
              name: string | null;
            };
            /** @description email_sent: messageId; email_failed: reason; link to a batch: batchId. */
            detail: {
              [key: string]: string | number | boolean | null;
            };
          }[];
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
  bulkInvite: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: the same key answers the first result. */
        "idempotency-key"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          contactIds?: string[];
          /** @description The contact list's filters: 'select all matching'. */
          filter?: {
            /** @description Any of these statuses; repeat the parameter. */
            portalStatus?: ("not_invited" | "invited" | "expired" | "enrolled" | "suspended")[];
            /**
             * Format: uuid
             * @description Linked to the account or one of its buildings.
             */
            accountId?: string;
            /**
             * Format: uuid
             * @description Linked to the building or its account.
             */
            buildingId?: string;
            hasEmail?: boolean;
            /** @description Name or email contains (case-insensitive). */
            q?: string;
          };
          /** Format: uuid */
          templateId?: string;
          /** Format: email */
          fromAddress?: string;
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
            batchId: string;
            invited: number;
            skipped: {
              enrolled: number;
              noEmail: number;
              suspended: number;
            };
            /** @description True when an earlier request with the same Idempotency-Key made this batch. */
            replayed: boolean;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            batchId: string;
            invited: number;
            skipped: {
              enrolled: number;
              noEmail: number;
              suspended: number;
            };
            /** @description True when an earlier request with the same Idempotency-Key made this batch. */
            replayed: boolean;
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  previewInvitationBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** InvitationBatchFilter */
          filter: {
            division?: string;
            accountClass?: string;
            billGroup?: string;
            accountSource?: string;
            siteSource?: string;
            /** @description Accounts with at least one active service. */
            withActiveServices?: boolean;
            /** @description Accounts with an outstanding balance. */
            withBalanceDue?: boolean;
            /** @description Only the accounts' billing contacts. */
            billingContactsOnly?: boolean;
            /** @description Accounts without automatic payment. */
            withoutAutopay?: boolean;
            /** @default true */
            activeCustomersOnly?: boolean;
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
            /** @description Contacts the filters reach. */
            total: number;
            /** @description Already enrolled: no email is sent. */
            accepted: number;
            /** @description Invited, not accepted yet: invited again. */
            pending: number;
            /** @description Never invited, or their invitation expired: invited. */
            notSent: number;
            /** @description No email address. */
            cannotInvite: number;
            /** @description Suspended from the portal: skipped. */
            suspended: number;
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
  listInvitationBatchRecipients: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** InvitationBatchFilter */
          filter: {
            division?: string;
            accountClass?: string;
            billGroup?: string;
            accountSource?: string;
            siteSource?: string;
            /** @description Accounts with at least one active service. */
            withActiveServices?: boolean;
            /** @description Accounts with an outstanding balance. */
            withBalanceDue?: boolean;
            /** @description Only the accounts' billing contacts. */
            billingContactsOnly?: boolean;
            /** @description Accounts without automatic payment. */
            withoutAutopay?: boolean;
            /** @default true */
            activeCustomersOnly?: boolean;
          };
          /** @enum {string} */
          category: "total" | "accepted" | "pending" | "notSent" | "cannotInvite" | "suspended";
          /**
           * @description Page size (1-200).
           * @default 50
           */
          limit: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
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
  createInvitationBatch: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: the same key answers the first result. */
        "idempotency-key"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** InvitationBatchFilter */
          filter: {
            division?: string;
            accountClass?: string;
            billGroup?: string;
            accountSource?: string;
            siteSource?: string;
            /** @description Accounts with at least one active service. */
            withActiveServices?: boolean;
            /** @description Accounts with an outstanding balance. */
            withBalanceDue?: boolean;
            /** @description Only the accounts' billing contacts. */
            billingContactsOnly?: boolean;
            /** @description Accounts without automatic payment. */
            withoutAutopay?: boolean;
            /** @default true */
            activeCustomersOnly?: boolean;
          };
          /** Format: email */
          fromAddress?: string;
          /** Format: uuid */
          templateId?: string;
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
            batchId: string;
            invited: number;
            skipped: {
              enrolled: number;
              noEmail: number;
              suspended: number;
            };
            /** @description True when an earlier request with the same Idempotency-Key made this batch. */
            replayed: boolean;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            batchId: string;
            invited: number;
            skipped: {
              enrolled: number;
              noEmail: number;
              suspended: number;
            };
            /** @description True when an earlier request with the same Idempotency-Key made this batch. */
            replayed: boolean;
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getInvitationBatch: {
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
            total: number;
            skipped: {
              [key: string]: number;
            };
            /** @description Waiting to be sent. */
            queued: number;
            sent: number;
            failed: number;
            done: boolean;
            /** Format: date-time */
            createdAt: string;
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
  printInvitationLetter: {
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
      /** @description The PDF file. */
      200: {
        headers: {
          /** @description How many letters (pages) the PDF holds. */
          "x-letters-printed"?: unknown;
          /** @description JSON array of the contacts left out and why: [{"contactId": "…", "reason": "not_found" | "suspended" | "enrolled"}]. */
          "x-letters-skipped"?: unknown;
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  printInvitationLetters: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The contacts to print a letter for, at most 500. */
          contactIds: string[];
        };
      };
    };
    responses: {
      /** @description The PDF file. */
      200: {
        headers: {
          /** @description How many letters (pages) the PDF holds. */
          "x-letters-printed"?: unknown;
          /** @description JSON array of the contacts left out and why: [{"contactId": "…", "reason": "not_found" | "suspended" | "enrolled"}]. */
          "x-letters-skipped"?: unknown;
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listEmailFailures: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        order?: "asc" | "desc";
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
              invitationId: string;
              /** Format: uuid */
              contactId: string;
              contactName: string;
              email: string | null;
              reason: string | null;
              attempts: number;
              batchId: string | null;
              /** Format: date-time */
              failedAt: string;
              /** @description False once the invitation is accepted, revoked or expired. */
              retryable: boolean;
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
  retryEmailFailure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      202: {
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  suspendContact: {
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
          /** @description Shown to the contact when they try to sign in, e.g. whom to call. */
          note: string;
        };
      };
    };
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  reinstateContact: {
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  sendContactPasswordReset: {
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
      202: {
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  updateContactAccess: {
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
          inspectionReports?: boolean;
          serviceReports?: boolean;
          proposals?: boolean;
          invoices?: boolean;
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
    };
  };
  startPortalPreview: {
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description Open in a new tab: the portal page that starts the preview. The one-time code is in the fragment, so it never reaches a server log. */
            url: string;
            /**
             * Format: date-time
             * @description The link works once, until then.
             */
            codeExpiresAt: string;
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
    };
  };
  listPortalPreviews: {
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
            officeUser: {
              id: string | null;
              name: string;
            };
            /** Format: date-time */
            startedAt: string;
            openedAt: string | null;
            endedAt: string | null;
            expiresAt: string | null;
            ip: string | null;
            userAgent: string | null;
          }[];
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
    };
  };
  listTemplates: {
    parameters: {
      query: {
        /** @description Which email the template is for; each kind has its own variables. */
        kind?: "invitation" | "invitation_reminder" | "password_reset" | "magic_link" | "document_shared" | "export_delivery";
        /** @description At most 200. */
        limit: number;
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
              /**
               * @description Which email the template is for; each kind has its own variables.
               * @enum {string}
               */
              kind: "invitation" | "invitation_reminder" | "password_reset" | "magic_link" | "document_shared" | "export_delivery";
              name: string;
              subject: string;
              htmlBody: string;
              textBody: string;
              isDefault: boolean;
              /** @description The {{variables}} this kind can use. */
              variables: string[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
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
  createTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description Which email the template is for; each kind has its own variables.
           * @enum {string}
           */
          kind: "invitation" | "invitation_reminder" | "password_reset" | "magic_link" | "document_shared" | "export_delivery";
          name: string;
          /** @description Plain text with {{variables}}; line breaks in values are removed. */
          subject: string;
          /** @description HTML with {{variables}}; values are HTML-escaped. At most 100,000 characters. */
          htmlBody: string;
          /** @description The plain-text part, for clients that do not show HTML. At most 100,000 characters. */
          textBody: string;
          /** @description The template its kind uses when none is chosen; setting it clears the previous default. */
          isDefault?: boolean;
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
            /**
             * @description Which email the template is for; each kind has its own variables.
             * @enum {string}
             */
            kind: "invitation" | "invitation_reminder" | "password_reset" | "magic_link" | "document_shared" | "export_delivery";
            name: string;
            subject: string;
            htmlBody: string;
            textBody: string;
            isDefault: boolean;
            /** @description The {{variables}} this kind can use. */
            variables: string[];
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
    };
  };
  previewTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description Which email the template is for; each kind has its own variables.
           * @enum {string}
           */
          kind: "invitation" | "invitation_reminder" | "password_reset" | "magic_link" | "document_shared" | "export_delivery";
          /** @description Plain text with {{variables}}; line breaks in values are removed. */
          subject: string;
          /** @description HTML with {{variables}}; values are HTML-escaped. At most 100,000 characters. */
          htmlBody: string;
          /** @description The plain-text part, for clients that do not show HTML. At most 100,000 characters. */
          textBody: string;
          /** @description Replace sample values by variable name, e.g. { contactFirstName: 'Alexandra' }. */
          values?: {
            [key: string]: string;
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
            subject: string;
            html: string;
            text: string;
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
  getTemplate: {
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
            /**
             * @description Which email the template is for; each kind has its own variables.
             * @enum {string}
             */
            kind: "invitation" | "invitation_reminder" | "password_reset" | "magic_link" | "document_shared" | "export_delivery";
            name: string;
            subject: string;
            htmlBody: string;
            textBody: string;
            isDefault: boolean;
            /** @description The {{variables}} this kind can use. */
            variables: string[];
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
  deleteTemplate: {
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
  updateTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The kind cannot change. */
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          /** @description Plain text with {{variables}}; line breaks in values are removed. */
          subject?: string;
          /** @description HTML with {{variables}}; values are HTML-escaped. At most 100,000 characters. */
          htmlBody?: string;
          /** @description The plain-text part, for clients that do not show HTML. At most 100,000 characters. */
          textBody?: string;
          /** @description The template its kind uses when none is chosen; setting it clears the previous default. */
          isDefault?: boolean;
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
            /**
             * @description Which email the template is for; each kind has its own variables.
             * @enum {string}
             */
            kind: "invitation" | "invitation_reminder" | "password_reset" | "magic_link" | "document_shared" | "export_delivery";
            name: string;
            subject: string;
            htmlBody: string;
            textBody: string;
            isDefault: boolean;
            /** @description The {{variables}} this kind can use. */
            variables: string[];
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
  getSettings: {
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
            name: string;
            brandColor: string;
            logoUrl: string | null;
            autoInviteNewContacts: boolean;
            inviteExpiryDays: number;
            defaultEmailFrom: string | null;
            remindersEnabled: boolean;
            reminderAfterDays: number;
            reminderMaxCount: number;
            /**
             * PortalPanels
             * @description Defaults for every account.
             */
            portalPanels: {
              activityReport: boolean;
              spendTracking: boolean;
              defectAnalytics: boolean;
              routineActivities: boolean;
              serviceCalls: boolean;
            };
            webhooksAllowPrivateTargets: boolean;
            paymentLinkTemplate: string | null;
            /** Format: date-time */
            updatedAt: string;
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
  updateSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          /** @description #rrggbb */
          brandColor?: string;
          logoUrl?: string | null;
          /** @description Invite every new contact that has an email. */
          autoInviteNewContacts?: boolean;
          inviteExpiryDays?: number;
          defaultEmailFrom?: string | null;
          remindersEnabled?: boolean;
          /** @description Days after an unaccepted invitation before a reminder goes out. */
          reminderAfterDays?: number;
          /** @description Reminders per invitation at most. */
          reminderMaxCount?: number;
          /** @description Let webhook endpoints target private, loopback or link-local addresses (an on-premises receiver). Off by default: such URLs are refused. */
          webhooksAllowPrivateTargets?: boolean;
          paymentLinkTemplate?: string | null;
          /** @description Only the panels that change. */
          portalPanels?: {
            activityReport?: boolean;
            spendTracking?: boolean;
            defectAnalytics?: boolean;
            routineActivities?: boolean;
            serviceCalls?: boolean;
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
            name: string;
            brandColor: string;
            logoUrl: string | null;
            autoInviteNewContacts: boolean;
            inviteExpiryDays: number;
            defaultEmailFrom: string | null;
            remindersEnabled: boolean;
            reminderAfterDays: number;
            reminderMaxCount: number;
            /**
             * PortalPanels
             * @description Defaults for every account.
             */
            portalPanels: {
              activityReport: boolean;
              spendTracking: boolean;
              defectAnalytics: boolean;
              routineActivities: boolean;
              serviceCalls: boolean;
            };
            webhooksAllowPrivateTargets: boolean;
            paymentLinkTemplate: string | null;
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
    };
  };
  listHelpArticles: {
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
            items: {
              /** Format: uuid */
              id: string;
              title: string;
              slug: string;
              /** @description Markdown, as written. */
              body: string;
              topic: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
              position: number;
              published: boolean;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createHelpArticle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          /** @description Lowercase letters, digits and hyphens; unique in the organization. Made from the title when left out. */
          slug?: string;
          /** @description Markdown (raw HTML is shown as text). */
          body: string;
          topic?: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
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
            title: string;
            slug: string;
            /** @description Markdown, as written. */
            body: string;
            topic: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
            position: number;
            published: boolean;
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The Markdown rendered and sanitized on the server: safe to insert as is. */
            html: string;
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
  previewHelpArticle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Markdown (raw HTML is shown as text). */
          body: string;
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
            /** @description The Markdown rendered and sanitized on the server: safe to insert as is. */
            html: string;
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
    };
  };
  reorderHelpArticles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Every article of the organization, once each, in the new order. */
          ids: string[];
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
            items: {
              /** Format: uuid */
              id: string;
              title: string;
              slug: string;
              /** @description Markdown, as written. */
              body: string;
              topic: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
              position: number;
              published: boolean;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
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
    };
  };
  getHelpArticle: {
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
            title: string;
            slug: string;
            /** @description Markdown, as written. */
            body: string;
            topic: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
            position: number;
            published: boolean;
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The Markdown rendered and sanitized on the server: safe to insert as is. */
            html: string;
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
    };
  };
  deleteHelpArticle: {
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
  updateHelpArticle: {
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
          title?: string;
          /** @description Lowercase letters, digits and hyphens; unique in the organization. Made from the title when left out. */
          slug?: string;
          /** @description Markdown (raw HTML is shown as text). */
          body?: string;
          topic?: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
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
            title: string;
            slug: string;
            /** @description Markdown, as written. */
            body: string;
            topic: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
            position: number;
            published: boolean;
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The Markdown rendered and sanitized on the server: safe to insert as is. */
            html: string;
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
  publishHelpArticle: {
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
          /** @description false takes it out of the portal at once. */
          published: boolean;
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
            title: string;
            slug: string;
            /** @description Markdown, as written. */
            body: string;
            topic: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
            position: number;
            published: boolean;
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The Markdown rendered and sanitized on the server: safe to insert as is. */
            html: string;
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
    };
  };
  moveHelpArticle: {
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
          /** @enum {string} */
          direction: "up" | "down";
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
            items: {
              /** Format: uuid */
              id: string;
              title: string;
              slug: string;
              /** @description Markdown, as written. */
              body: string;
              topic: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
              position: number;
              published: boolean;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
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
    };
  };
  getPortalAdoptionReport: {
    parameters: {
      query: {
        /** @description Inactive customers lose portal access, so the report shows active ones unless asked. */
        customers?: "active" | "inactive" | "all";
        /** @description Customers with (yes) or without (no) at least one contact that has access. */
        customerHasAccess?: "yes" | "no";
        /** @description Only these customers (account ids); repeat the parameter. */
        customer?: string[];
        /** @description Customer name contains (case-insensitive). */
        customerName?: string;
        /** @description Contacts that are (yes) or are not (no) enrolled and unsuspended. */
        emailHasAccess?: "yes" | "no";
        /** @description Email contains (case-insensitive). */
        email?: string;
        /** @description Any of these statuses; repeat the parameter. */
        inviteStatus?: ("not_invited" | "invited" | "expired" | "enrolled" | "suspended")[];
        /** @description Which table to page; the other is null. */
        table?: "customers" | "emails";
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
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
            /** AdoptionHeadline */
            headline: {
              customersWithAccess: number;
              customersWithoutAccess: number;
              emailsWithAccess: number;
              emailsWithoutAccess: number;
              invitesPending: number;
              invitesExpired: number;
              invitesNotSent: number;
              contactsWithoutEmail: number;
            };
            customers: {
              items: {
                /** Format: uuid */
                accountId: string;
                name: string;
                active: boolean;
                contacts: number;
                emailsWithAccess: number;
                hasAccess: boolean;
              }[];
              nextCursor: string | null;
              total: number;
            } | null;
            emails: {
              items: {
                /** Format: uuid */
                contactId: string;
                name: string;
                email: string | null;
                accountNames: string[];
                /**
                 * @description not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.
                 * @enum {string}
                 */
                portalStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
                lastSignInAt: string | null;
                invitedAt: string | null;
              }[];
              nextCursor: string | null;
              total: number;
            } | null;
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
    };
  };
  getPortalUsage: {
    parameters: {
      query?: {
        /** @description First day (UTC) of first invitations the funnel, median and cohorts cover. */
        from?: string;
        /** @description Last day (UTC, inclusive); defaults to today. */
        to?: string;
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
            period: {
              from: string | null;
              /**
               * Format: date
               * @description Inclusive.
               */
              to: string;
            };
            /** @description Contacts ever invited. */
            invitedContacts: number;
            /** @description Invited contacts that are enrolled and signed in at least once. */
            activatedContacts: number;
            activationRate: number | null;
            /** @description Contacts that signed in during the last 30 days. */
            monthlyActiveUsers: number;
            /** @description Every kind of portal activity, zeros included. */
            featureUsage: {
              /** @enum {string} */
              feature: "sign_in" | "sign_out" | "document_viewed" | "document_downloaded" | "proposal_decided" | "search" | "invoice_pay_clicked";
              /** @description In the last 30 days. */
              events: number;
            }[];
            /** PortalUsageFunnel */
            funnel: {
              /** @description Contacts first invited in the period. */
              invited: number;
              /** @description ... that opened the invitation link. */
              opened: number;
              /** @description ... that registered. */
              registered: number;
              /** @description ... that signed in during the last 30 days. */
              active: number;
              /** @description ... that did something in the portal: proposal_decided, document_downloaded, document_viewed, search, invoice_pay_clicked. */
              tookAction: number;
            };
            medianTimeToRegisterHours: number | null;
            cohorts: {
              /** @description Month (UTC) of first invitation. */
              month: string;
              /** @description Contacts first invited that month. */
              invited: number;
              /** @description ... that registered since. */
              registered: number;
              /** @description ... that signed in during the last 30 days. */
              active: number;
            }[];
            /** @description Weekly, since the organization's first invitation. */
            adoptionCurve: {
              /**
               * Format: date
               * @description Monday (UTC).
               */
              weekStart: string;
              /** @description Contacts enrolled by the end of that week. */
              enrolledContacts: number;
            }[];
            /** @description Active accounts with open critical defects or overdue invoices (published: what the customer would see) and no enrolled contact, by name, at most 100: whom to invite first. */
            atRiskAccounts: {
              items: {
                /** Format: uuid */
                accountId: string;
                name: string;
                /** @description Published, open, critical defects on its buildings. */
                openCriticalDefects: number;
                /** @description Published invoices past due and not fully paid. */
                overdueInvoices: number;
                /** @description What is left to pay on those invoices. */
                overdueAmount: number;
                /** @description Linked contacts with an email, not enrolled nor suspended. */
                invitableContacts: number;
              }[];
              /** @description At-risk accounts across the whole list (the export has them all). */
              total: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getChannelShiftReport: {
    parameters: {
      query?: {
        /** @description First month (YYYY-MM); defaults to 11 months before `to`. */
        from?: string;
        /** @description Last month (YYYY-MM, inclusive); defaults to the current month. */
        to?: string;
        /** @description Only these customers (account ids), as in the adoption report; repeat the parameter. Logged emails and calls without a customer are then left out. */
        customer?: string[];
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
            period: {
              /** @description YYYY-MM */
              from: string;
              /** @description YYYY-MM, inclusive */
              to: string;
              /** @description The months are calendar months in this zone. */
              timeZone: string;
            };
            /** @description Every month of the period, oldest first, quiet months as zeros. */
            months: {
              /** @description YYYY-MM */
              month: string;
              /** @description Portal messages written by contacts (office replies are not counted). */
              portalMessages: number;
              /** @description Service requests raised. */
              serviceRequests: number;
              /** @description Inbound emails the office logged. */
              emails: number;
              /** @description Inbound calls the office logged. */
              calls: number;
              portalShare: number | null;
            }[];
            /** ChannelShiftTotals */
            totals: {
              /** @description Portal messages written by contacts (office replies are not counted). */
              portalMessages: number;
              /** @description Service requests raised. */
              serviceRequests: number;
              /** @description Inbound emails the office logged. */
              emails: number;
              /** @description Inbound calls the office logged. */
              calls: number;
              portalShare: number | null;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listInboundContacts: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        /** @description By occurredAt; newest first unless asked. */
        order?: "asc" | "desc";
        /** @description How the customer reached the office outside the portal. */
        channel?: "email" | "call";
        /** @description Logged by hand in the console, or posted by an integration. */
        source?: "manual" | "integration";
        /** @description Only this customer (account id). */
        customer?: string;
        /** @description First day (UTC) of occurredAt. */
        from?: string;
        /** @description Last day (UTC, inclusive) of occurredAt. */
        to?: string;
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
              /**
               * @description How the customer reached the office outside the portal.
               * @enum {string}
               */
              channel: "email" | "call";
              /** Format: date-time */
              occurredAt: string;
              count: number;
              accountId: string | null;
              accountName: string | null;
              subject: string | null;
              /**
               * @description Logged by hand in the console, or posted by an integration.
               * @enum {string}
               */
              source: "manual" | "integration";
              externalId: string | null;
              /** Format: date-time */
              createdAt: string;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createInboundContact: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description How the customer reached the office outside the portal.
           * @enum {string}
           */
          channel: "email" | "call";
          /**
           * Format: date-time
           * @description When the email arrived or the call came in (a tally: any time on its day).
           */
          occurredAt: string;
          /**
           * @description How many emails or calls the entry stands for: more than 1 logs a tally (e.g. a day of calls).
           * @default 1
           */
          count?: number;
          accountId?: string | null;
          subject?: string | null;
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
            /**
             * @description How the customer reached the office outside the portal.
             * @enum {string}
             */
            channel: "email" | "call";
            /** Format: date-time */
            occurredAt: string;
            count: number;
            accountId: string | null;
            accountName: string | null;
            subject: string | null;
            /**
             * @description Logged by hand in the console, or posted by an integration.
             * @enum {string}
             */
            source: "manual" | "integration";
            externalId: string | null;
            /** Format: date-time */
            createdAt: string;
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
    };
  };
  deleteInboundContact: {
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
  exportPortalAdoptionReport: {
    parameters: {
      query: {
        /** @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows. */
        format: "csv" | "xlsx" | "pdf";
        /** @description Which table to export. */
        table?: "customers" | "emails" | "summary";
        /** @description Inactive customers lose portal access, so the report shows active ones unless asked. */
        customers?: "active" | "inactive" | "all";
        /** @description Customers with (yes) or without (no) at least one contact that has access. */
        customerHasAccess?: "yes" | "no";
        /** @description Only these customers (account ids); repeat the parameter. */
        customer?: string[];
        /** @description Customer name contains (case-insensitive). */
        customerName?: string;
        /** @description Contacts that are (yes) or are not (no) enrolled and unsuspended. */
        emailHasAccess?: "yes" | "no";
        /** @description Email contains (case-insensitive). */
        email?: string;
        /** @description Any of these statuses; repeat the parameter. */
        inviteStatus?: ("not_invited" | "invited" | "expired" | "enrolled" | "suspended")[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export, streamed as it is written. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          "application/pdf": string;
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
    };
  };
  exportPortalUsageReport: {
    parameters: {
      query: {
        /** @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows. */
        format: "csv" | "xlsx" | "pdf";
        /** @description Which section to export. */
        table?: "summary" | "features" | "funnel" | "cohorts" | "adoptionCurve" | "atRiskAccounts";
        /** @description First day (UTC) of first invitations the funnel, median and cohorts cover. */
        from?: string;
        /** @description Last day (UTC, inclusive); defaults to today. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export, streamed as it is written. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          "application/pdf": string;
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
    };
  };
  sendReportExport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          /**
           * @description Which report.
           * @enum {string}
           */
          report: "adoption" | "usage";
          /**
           * @description A table of the report: customers | emails | summary (adoption); summary | features | funnel | cohorts | adoptionCurve | atRiskAccounts (usage). The report default when omitted.
           * @enum {string}
           */
          table?: "customers" | "emails" | "summary" | "features" | "funnel" | "cohorts" | "adoptionCurve" | "atRiskAccounts";
          /**
           * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
           * @enum {string}
           */
          format: "csv" | "xlsx" | "pdf";
          /** @description The report's own query filters (those of its GET and export routes). */
          filters?: {
            /** @enum {string} */
            customers?: "active" | "inactive" | "all";
            /**
             * @description Customers with (yes) or without (no) at least one contact that has access.
             * @enum {string}
             */
            customerHasAccess?: "yes" | "no";
            /** @description Only these customers (account ids); repeat the parameter. */
            customer?: string[];
            /** @description Customer name contains (case-insensitive). */
            customerName?: string;
            /**
             * @description Contacts that are (yes) or are not (no) enrolled and unsuspended.
             * @enum {string}
             */
            emailHasAccess?: "yes" | "no";
            /** @description Email contains (case-insensitive). */
            email?: string;
            /** @description Any of these statuses; repeat the parameter. */
            inviteStatus?: ("not_invited" | "invited" | "expired" | "enrolled" | "suspended")[];
          } | {
            /**
             * Format: date
             * @description First day (UTC) of first invitations the funnel, median and cohorts cover.
             */
            from?: string;
            /**
             * Format: date
             * @description Last day (UTC, inclusive); defaults to today.
             */
            to?: string;
          };
          /** @description Up to 50 addresses; one email goes to all of them. */
          recipients: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            trigger: "manual" | "schedule" | "alert";
            scheduleId: string | null;
            alertId: string | null;
            name: string;
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            recipients: string[];
            /**
             * @description queued, sending, sent or failed (with `error`).
             * @enum {string}
             */
            status: "queued" | "sending" | "sent" | "failed";
            error: string | null;
            sentAt: string | null;
            /** Format: date-time */
            createdAt: string;
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
    };
  };
  listReportSchedules: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
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
              /** @enum {string} */
              report: "adoption" | "usage";
              table: string;
              /**
               * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
               * @enum {string}
               */
              format: "csv" | "xlsx" | "pdf";
              filters: {
                [key: string]: unknown;
              };
              recipients: string[];
              /** @enum {string} */
              frequency: "daily" | "weekly" | "monthly";
              time: string;
              weekday: number | null;
              monthday: number | null;
              timezone: string;
              paused: boolean;
              lastRunAt: string | null;
              nextRunAt: string | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createReportSchedule: {
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
          /**
           * @description Which report.
           * @enum {string}
           */
          report: "adoption" | "usage";
          /**
           * @description A table of the report: customers | emails | summary (adoption); summary | features | funnel | cohorts | adoptionCurve | atRiskAccounts (usage). The report default when omitted.
           * @enum {string}
           */
          table?: "customers" | "emails" | "summary" | "features" | "funnel" | "cohorts" | "adoptionCurve" | "atRiskAccounts";
          /**
           * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
           * @enum {string}
           */
          format: "csv" | "xlsx" | "pdf";
          /** @description The report's own query filters (those of its GET and export routes). */
          filters?: {
            /** @enum {string} */
            customers?: "active" | "inactive" | "all";
            /**
             * @description Customers with (yes) or without (no) at least one contact that has access.
             * @enum {string}
             */
            customerHasAccess?: "yes" | "no";
            /** @description Only these customers (account ids); repeat the parameter. */
            customer?: string[];
            /** @description Customer name contains (case-insensitive). */
            customerName?: string;
            /**
             * @description Contacts that are (yes) or are not (no) enrolled and unsuspended.
             * @enum {string}
             */
            emailHasAccess?: "yes" | "no";
            /** @description Email contains (case-insensitive). */
            email?: string;
            /** @description Any of these statuses; repeat the parameter. */
            inviteStatus?: ("not_invited" | "invited" | "expired" | "enrolled" | "suspended")[];
          } | {
            /**
             * Format: date
             * @description First day (UTC) of first invitations the funnel, median and cohorts cover.
             */
            from?: string;
            /**
             * Format: date
             * @description Last day (UTC, inclusive); defaults to today.
             */
            to?: string;
          };
          /** @description Up to 50 addresses; one email goes to all of them. */
          recipients: string[];
          /** @enum {string} */
          frequency: "daily" | "weekly" | "monthly";
          /** @description HH:MM, 24-hour, in `timezone`. */
          time: string;
          weekday?: number | null;
          monthday?: number | null;
          /** @description IANA time zone, e.g. Europe/London. */
          timezone: string;
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
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            filters: {
              [key: string]: unknown;
            };
            recipients: string[];
            /** @enum {string} */
            frequency: "daily" | "weekly" | "monthly";
            time: string;
            weekday: number | null;
            monthday: number | null;
            timezone: string;
            paused: boolean;
            lastRunAt: string | null;
            nextRunAt: string | null;
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
    };
  };
  getReportSchedule: {
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
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            filters: {
              [key: string]: unknown;
            };
            recipients: string[];
            /** @enum {string} */
            frequency: "daily" | "weekly" | "monthly";
            time: string;
            weekday: number | null;
            monthday: number | null;
            timezone: string;
            paused: boolean;
            lastRunAt: string | null;
            nextRunAt: string | null;
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
    };
  };
  updateReportSchedule: {
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
          name: string;
          /**
           * @description Which report.
           * @enum {string}
           */
          report: "adoption" | "usage";
          /**
           * @description A table of the report: customers | emails | summary (adoption); summary | features | funnel | cohorts | adoptionCurve | atRiskAccounts (usage). The report default when omitted.
           * @enum {string}
           */
          table?: "customers" | "emails" | "summary" | "features" | "funnel" | "cohorts" | "adoptionCurve" | "atRiskAccounts";
          /**
           * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
           * @enum {string}
           */
          format: "csv" | "xlsx" | "pdf";
          /** @description The report's own query filters (those of its GET and export routes). */
          filters?: {
            /** @enum {string} */
            customers?: "active" | "inactive" | "all";
            /**
             * @description Customers with (yes) or without (no) at least one contact that has access.
             * @enum {string}
             */
            customerHasAccess?: "yes" | "no";
            /** @description Only these customers (account ids); repeat the parameter. */
            customer?: string[];
            /** @description Customer name contains (case-insensitive). */
            customerName?: string;
            /**
             * @description Contacts that are (yes) or are not (no) enrolled and unsuspended.
             * @enum {string}
             */
            emailHasAccess?: "yes" | "no";
            /** @description Email contains (case-insensitive). */
            email?: string;
            /** @description Any of these statuses; repeat the parameter. */
            inviteStatus?: ("not_invited" | "invited" | "expired" | "enrolled" | "suspended")[];
          } | {
            /**
             * Format: date
             * @description First day (UTC) of first invitations the funnel, median and cohorts cover.
             */
            from?: string;
            /**
             * Format: date
             * @description Last day (UTC, inclusive); defaults to today.
             */
            to?: string;
          };
          /** @description Up to 50 addresses; one email goes to all of them. */
          recipients: string[];
          /** @enum {string} */
          frequency: "daily" | "weekly" | "monthly";
          /** @description HH:MM, 24-hour, in `timezone`. */
          time: string;
          weekday?: number | null;
          monthday?: number | null;
          /** @description IANA time zone, e.g. Europe/London. */
          timezone: string;
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
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            filters: {
              [key: string]: unknown;
            };
            recipients: string[];
            /** @enum {string} */
            frequency: "daily" | "weekly" | "monthly";
            time: string;
            weekday: number | null;
            monthday: number | null;
            timezone: string;
            paused: boolean;
            lastRunAt: string | null;
            nextRunAt: string | null;
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
    };
  };
  deleteReportSchedule: {
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
  duplicateReportSchedule: {
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            filters: {
              [key: string]: unknown;
            };
            recipients: string[];
            /** @enum {string} */
            frequency: "daily" | "weekly" | "monthly";
            time: string;
            weekday: number | null;
            monthday: number | null;
            timezone: string;
            paused: boolean;
            lastRunAt: string | null;
            nextRunAt: string | null;
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
    };
  };
  pauseReportSchedule: {
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
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            filters: {
              [key: string]: unknown;
            };
            recipients: string[];
            /** @enum {string} */
            frequency: "daily" | "weekly" | "monthly";
            time: string;
            weekday: number | null;
            monthday: number | null;
            timezone: string;
            paused: boolean;
            lastRunAt: string | null;
            nextRunAt: string | null;
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
    };
  };
  resumeReportSchedule: {
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
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            filters: {
              [key: string]: unknown;
            };
            recipients: string[];
            /** @enum {string} */
            frequency: "daily" | "weekly" | "monthly";
            time: string;
            weekday: number | null;
            monthday: number | null;
            timezone: string;
            paused: boolean;
            lastRunAt: string | null;
            nextRunAt: string | null;
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
    };
  };
  sendReportScheduleNow: {
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
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            trigger: "manual" | "schedule" | "alert";
            scheduleId: string | null;
            alertId: string | null;
            name: string;
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            recipients: string[];
            /**
             * @description queued, sending, sent or failed (with `error`).
             * @enum {string}
             */
            status: "queued" | "sending" | "sent" | "failed";
            error: string | null;
            sentAt: string | null;
            /** Format: date-time */
            createdAt: string;
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
    };
  };
  listAlertRules: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
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
              /** @enum {string} */
              metric: "activation_rate" | "pending_invites" | "expired_invites" | "email_failures" | "monthly_active_users";
              /** @enum {string} */
              comparator: "lt" | "gt";
              threshold: number;
              /** @enum {string} */
              period: "daily" | "weekly";
              /** @enum {string} */
              report: "adoption" | "usage";
              table: string;
              /**
               * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
               * @enum {string}
               */
              format: "csv" | "xlsx" | "pdf";
              filters: {
                [key: string]: unknown;
              };
              recipients: string[];
              paused: boolean;
              lastFiredAt: string | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createAlertRule: {
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
          /**
           * @description activation_rate (percent), pending_invites, expired_invites (adoption headline, active customers), email_failures (in the current period), monthly_active_users.
           * @enum {string}
           */
          metric: "activation_rate" | "pending_invites" | "expired_invites" | "email_failures" | "monthly_active_users";
          /**
           * @description lt: below; gt: above.
           * @enum {string}
           */
          comparator: "lt" | "gt";
          /** @description In the metric unit: a percentage (0-100) for activation_rate. */
          threshold: number;
          /**
           * @description At most one firing per UTC day (daily) or ISO week (weekly).
           * @enum {string}
           */
          period: "daily" | "weekly";
          /**
           * @description Which report.
           * @enum {string}
           */
          report: "adoption" | "usage";
          /**
           * @description A table of the report: customers | emails | summary (adoption); summary | features | funnel | cohorts | adoptionCurve | atRiskAccounts (usage). The report default when omitted.
           * @enum {string}
           */
          table?: "customers" | "emails" | "summary" | "features" | "funnel" | "cohorts" | "adoptionCurve" | "atRiskAccounts";
          /**
           * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
           * @enum {string}
           */
          format: "csv" | "xlsx" | "pdf";
          /** @description The report's own query filters (those of its GET and export routes). */
          filters?: {
            /** @enum {string} */
            customers?: "active" | "inactive" | "all";
            /**
             * @description Customers with (yes) or without (no) at least one contact that has access.
             * @enum {string}
             */
            customerHasAccess?: "yes" | "no";
            /** @description Only these customers (account ids); repeat the parameter. */
            customer?: string[];
            /** @description Customer name contains (case-insensitive). */
            customerName?: string;
            /**
             * @description Contacts that are (yes) or are not (no) enrolled and unsuspended.
             * @enum {string}
             */
            emailHasAccess?: "yes" | "no";
            /** @description Email contains (case-insensitive). */
            email?: string;
            /** @description Any of these statuses; repeat the parameter. */
            inviteStatus?: ("not_invited" | "invited" | "expired" | "enrolled" | "suspended")[];
          } | {
            /**
             * Format: date
             * @description First day (UTC) of first invitations the funnel, median and cohorts cover.
             */
            from?: string;
            /**
             * Format: date
             * @description Last day (UTC, inclusive); defaults to today.
             */
            to?: string;
          };
          /** @description Up to 50 addresses; one email goes to all of them. */
          recipients: string[];
          /** @default false */
          paused?: boolean;
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
            /** @enum {string} */
            metric: "activation_rate" | "pending_invites" | "expired_invites" | "email_failures" | "monthly_active_users";
            /** @enum {string} */
            comparator: "lt" | "gt";
            threshold: number;
            /** @enum {string} */
            period: "daily" | "weekly";
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            filters: {
              [key: string]: unknown;
            };
            recipients: string[];
            paused: boolean;
            lastFiredAt: string | null;
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
    };
  };
  getAlertRule: {
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
            /** @enum {string} */
            metric: "activation_rate" | "pending_invites" | "expired_invites" | "email_failures" | "monthly_active_users";
            /** @enum {string} */
            comparator: "lt" | "gt";
            threshold: number;
            /** @enum {string} */
            period: "daily" | "weekly";
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            filters: {
              [key: string]: unknown;
            };
            recipients: string[];
            paused: boolean;
            lastFiredAt: string | null;
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
    };
  };
  updateAlertRule: {
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
          name: string;
          /**
           * @description activation_rate (percent), pending_invites, expired_invites (adoption headline, active customers), email_failures (in the current period), monthly_active_users.
           * @enum {string}
           */
          metric: "activation_rate" | "pending_invites" | "expired_invites" | "email_failures" | "monthly_active_users";
          /**
           * @description lt: below; gt: above.
           * @enum {string}
           */
          comparator: "lt" | "gt";
          /** @description In the metric unit: a percentage (0-100) for activation_rate. */
          threshold: number;
          /**
           * @description At most one firing per UTC day (daily) or ISO week (weekly).
           * @enum {string}
           */
          period: "daily" | "weekly";
          /**
           * @description Which report.
           * @enum {string}
           */
          report: "adoption" | "usage";
          /**
           * @description A table of the report: customers | emails | summary (adoption); summary | features | funnel | cohorts | adoptionCurve | atRiskAccounts (usage). The report default when omitted.
           * @enum {string}
           */
          table?: "customers" | "emails" | "summary" | "features" | "funnel" | "cohorts" | "adoptionCurve" | "atRiskAccounts";
          /**
           * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
           * @enum {string}
           */
          format: "csv" | "xlsx" | "pdf";
          /** @description The report's own query filters (those of its GET and export routes). */
          filters?: {
            /** @enum {string} */
            customers?: "active" | "inactive" | "all";
            /**
             * @description Customers with (yes) or without (no) at least one contact that has access.
             * @enum {string}
             */
            customerHasAccess?: "yes" | "no";
            /** @description Only these customers (account ids); repeat the parameter. */
            customer?: string[];
            /** @description Customer name contains (case-insensitive). */
            customerName?: string;
            /**
             * @description Contacts that are (yes) or are not (no) enrolled and unsuspended.
             * @enum {string}
             */
            emailHasAccess?: "yes" | "no";
            /** @description Email contains (case-insensitive). */
            email?: string;
            /** @description Any of these statuses; repeat the parameter. */
            inviteStatus?: ("not_invited" | "invited" | "expired" | "enrolled" | "suspended")[];
          } | {
            /**
             * Format: date
             * @description First day (UTC) of first invitations the funnel, median and cohorts cover.
             */
            from?: string;
            /**
             * Format: date
             * @description Last day (UTC, inclusive); defaults to today.
             */
            to?: string;
          };
          /** @description Up to 50 addresses; one email goes to all of them. */
          recipients: string[];
          /** @default false */
          paused?: boolean;
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
            /** @enum {string} */
            metric: "activation_rate" | "pending_invites" | "expired_invites" | "email_failures" | "monthly_active_users";
            /** @enum {string} */
            comparator: "lt" | "gt";
            threshold: number;
            /** @enum {string} */
            period: "daily" | "weekly";
            /** @enum {string} */
            report: "adoption" | "usage";
            table: string;
            /**
             * @description csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pdf";
            filters: {
              [key: string]: unknown;
            };
            recipients: string[];
            paused: boolean;
            lastFiredAt: string | null;
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
    };
  };
  deleteAlertRule: {
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
  listAlertFirings: {
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
            /** @description The UTC day (YYYY-MM-DD) or ISO week (YYYY-Www). */
            periodKey: string;
            /** @description The metric when the rule fired. */
            value: number;
            runId: string | null;
            /** Format: date-time */
            firedAt: string;
          }[];
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
    };
  };
  listDocuments: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        kind?: "inspection_report" | "service_report" | "proposal" | "invoice";
        accountId?: string;
        buildingId?: string;
        published?: boolean;
        /** @description A proposal decision; `undecided` lists proposals still awaiting one. */
        decision?: "accepted" | "declined" | "undecided";
        /** @description Title or number contains (case-insensitive). */
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
              /** @enum {string} */
              kind: "inspection_report" | "service_report" | "proposal" | "invoice";
              number: string | null;
              title: string;
              status: string | null;
              amount: number | null;
              amountPaid: number | null;
              currency: string;
              issuedOn: string | null;
              dueOn: string | null;
              paidOn: string | null;
              published: boolean;
              publishedAt: string | null;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              buildingId: string | null;
              buildingName: string | null;
              externalId: string;
              hasFile: boolean;
              decision: {
                /** @enum {string} */
                decision: "accepted" | "declined";
                name: string | null;
                decidedAt: string | null;
                note: string | null;
                contactId: string | null;
                contactName: string | null;
              } | null;
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
  getDocument: {
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
            /** @enum {string} */
            kind: "inspection_report" | "service_report" | "proposal" | "invoice";
            number: string | null;
            title: string;
            status: string | null;
            amount: number | null;
            amountPaid: number | null;
            currency: string;
            issuedOn: string | null;
            dueOn: string | null;
            paidOn: string | null;
            published: boolean;
            publishedAt: string | null;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            buildingId: string | null;
            buildingName: string | null;
            externalId: string;
            hasFile: boolean;
            decision: {
              /** @enum {string} */
              decision: "accepted" | "declined";
              name: string | null;
              decidedAt: string | null;
              note: string | null;
              contactId: string | null;
              contactName: string | null;
            } | null;
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
  downloadDocument: {
    parameters: {
      query?: {
        disposition?: "inline" | "attachment";
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
    };
  };
  getBuildingAudience: {
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
            items: {
              contact: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string | null;
                /**
                 * @description not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.
                 * @enum {string}
                 */
                portalStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
                suspended: boolean;
                /** AccessAreas */
                access: {
                  inspectionReports: boolean;
                  serviceReports: boolean;
                  proposals: boolean;
                  invoices: boolean;
                };
              };
              /** @description The links that open it to this contact: its account, its building, or the client group. */
              grants: {
                /** @enum {string} */
                rule: "account_link" | "building_link" | "client_group";
                via: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
              }[];
              /** @description Documents: the contact's access includes the document's area. Always true for a building. */
              areaAllowed: boolean;
              /** @description The portal shows it to this contact right now. */
              canSeeNow: boolean;
              /** @description Why a contact with a link cannot see it: not_enrolled, suspended, area (its access excludes the kind), unpublished, inactive_account, outside_client_group (a client-group user only sees its group). */
              blockedBy: ("not_enrolled" | "suspended" | "area" | "unpublished" | "inactive_account" | "outside_client_group")[];
            }[];
            total: number;
            /** @description How many of the items can see it right now. */
            canSeeNow: number;
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
    };
  };
  getDocumentAudience: {
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
            items: {
              contact: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string | null;
                /**
                 * @description not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.
                 * @enum {string}
                 */
                portalStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
                suspended: boolean;
                /** AccessAreas */
                access: {
                  inspectionReports: boolean;
                  serviceReports: boolean;
                  proposals: boolean;
                  invoices: boolean;
                };
              };
              /** @description The links that open it to this contact: its account, its building, or the client group. */
              grants: {
                /** @enum {string} */
                rule: "account_link" | "building_link" | "client_group";
                via: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
              }[];
              /** @description Documents: the contact's access includes the document's area. Always true for a building. */
              areaAllowed: boolean;
              /** @description The portal shows it to this contact right now. */
              canSeeNow: boolean;
              /** @description Why a contact with a link cannot see it: not_enrolled, suspended, area (its access excludes the kind), unpublished, inactive_account, outside_client_group (a client-group user only sees its group). */
              blockedBy: ("not_enrolled" | "suspended" | "area" | "unpublished" | "inactive_account" | "outside_client_group")[];
            }[];
            total: number;
            /** @description How many of the items can see it right now. */
            canSeeNow: number;
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
    };
  };
  previewContactAccess: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description A proposed change; omitted parts stay as they are. */
    requestBody: {
      content: {
        "application/json": {
          /** @description Replaces the contact's account links. */
          accountIds?: string[];
          /** @description Replaces the contact's building links. */
          buildingIds?: string[];
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
            buildings: {
              gained: {
                /** Format: uuid */
                id: string;
                name: string;
                accountName: string;
              }[];
              lost: {
                /** Format: uuid */
                id: string;
                name: string;
                accountName: string;
              }[];
            };
            accounts: {
              gained: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              lost: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
            };
            /** @description Published documents, by kind, that would appear or disappear. */
            documents: {
              gained: {
                inspectionReport: number;
                serviceReport: number;
                proposal: number;
                invoice: number;
              };
              lost: {
                inspectionReport: number;
                serviceReport: number;
                proposal: number;
                invoice: number;
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
  listApiKeys: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        order?: "asc" | "desc";
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
              /** @description The first characters of the key, to tell keys apart. */
              prefix: string;
              scopes: ("accounts:write" | "buildings:write" | "contacts:write" | "documents:write" | "defects:write" | "assets:write" | "tasks:write" | "quotes:write" | "service-requests:read" | "service-requests:write" | "inbound-contacts:write")[];
              /** Format: date-time */
              createdAt: string;
              lastUsedAt: string | null;
              revokedAt: string | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createApiKey: {
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
          scopes: ("accounts:write" | "buildings:write" | "contacts:write" | "documents:write" | "defects:write" | "assets:write" | "tasks:write" | "quotes:write" | "service-requests:read" | "service-requests:write" | "inbound-contacts:write")[];
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
            /** ApiKey */
            apiKey: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The first characters of the key, to tell keys apart. */
              prefix: string;
              scopes: ("accounts:write" | "buildings:write" | "contacts:write" | "documents:write" | "defects:write" | "assets:write" | "tasks:write" | "quotes:write" | "service-requests:read" | "service-requests:write" | "inbound-contacts:write")[];
              /** Format: date-time */
              createdAt: string;
              lastUsedAt: string | null;
              revokedAt: string | null;
            };
            /** @description The key itself. Shown this once: only its hash is stored. */
            key: string;
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
    };
  };
  revokeApiKey: {
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
            /** @description The first characters of the key, to tell keys apart. */
            prefix: string;
            scopes: ("accounts:write" | "buildings:write" | "contacts:write" | "documents:write" | "defects:write" | "assets:write" | "tasks:write" | "quotes:write" | "service-requests:read" | "service-requests:write" | "inbound-contacts:write")[];
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
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
    };
  };
  listWebhookEndpoints: {
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
            items: {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              events: ("contact.enrolled" | "contact.suspended" | "invitation.sent" | "invitation.failed" | "invitation.expired" | "proposal.accepted" | "proposal.declined" | "document.viewed" | "service_request.created" | "service_request.updated")[];
              /** @description The first characters of the signing secret. */
              secretPrefix: string;
              enabled: boolean;
              disabledAt: string | null;
              disabledReason: string | null;
              /** @description Deliveries in a row that failed every attempt. */
              consecutiveFailures: number;
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description An http(s) URL that receives the POSTs. */
          url: string;
          description?: string;
          events: ("contact.enrolled" | "contact.suspended" | "invitation.sent" | "invitation.failed" | "invitation.expired" | "proposal.accepted" | "proposal.declined" | "document.viewed" | "service_request.created" | "service_request.updated")[];
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
            /** WebhookEndpoint */
            endpoint: {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              events: ("contact.enrolled" | "contact.suspended" | "invitation.sent" | "invitation.failed" | "invitation.expired" | "proposal.accepted" | "proposal.declined" | "document.viewed" | "service_request.created" | "service_request.updated")[];
              /** @description The first characters of the signing secret. */
              secretPrefix: string;
              enabled: boolean;
              disabledAt: string | null;
              disabledReason: string | null;
              /** @description Deliveries in a row that failed every attempt. */
              consecutiveFailures: number;
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
            /** @description The signing secret. Shown this once: store it in the receiver to verify signatures. */
            secret: string;
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getWebhookEndpoint: {
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
            url: string;
            description: string;
            events: ("contact.enrolled" | "contact.suspended" | "invitation.sent" | "invitation.failed" | "invitation.expired" | "proposal.accepted" | "proposal.declined" | "document.viewed" | "service_request.created" | "service_request.updated")[];
            /** @description The first characters of the signing secret. */
            secretPrefix: string;
            enabled: boolean;
            disabledAt: string | null;
            disabledReason: string | null;
            /** @description Deliveries in a row that failed every attempt. */
            consecutiveFailures: number;
            failingSince: string | null;
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
    };
  };
  deleteWebhookEndpoint: {
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
  updateWebhookEndpoint: {
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
          /** @description An http(s) URL that receives the POSTs. */
          url?: string;
          description?: string;
          events?: ("contact.enrolled" | "contact.suspended" | "invitation.sent" | "invitation.failed" | "invitation.expired" | "proposal.accepted" | "proposal.declined" | "document.viewed" | "service_request.created" | "service_request.updated")[];
          /** @description Enabling clears the disabled state and failure count. */
          enabled?: boolean;
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
            url: string;
            description: string;
            events: ("contact.enrolled" | "contact.suspended" | "invitation.sent" | "invitation.failed" | "invitation.expired" | "proposal.accepted" | "proposal.declined" | "document.viewed" | "service_request.created" | "service_request.updated")[];
            /** @description The first characters of the signing secret. */
            secretPrefix: string;
            enabled: boolean;
            disabledAt: string | null;
            disabledReason: string | null;
            /** @description Deliveries in a row that failed every attempt. */
            consecutiveFailures: number;
            failingSince: string | null;
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
    };
  };
  enableWebhookEndpoint: {
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
            url: string;
            description: string;
            events: ("contact.enrolled" | "contact.suspended" | "invitation.sent" | "invitation.failed" | "invitation.expired" | "proposal.accepted" | "proposal.declined" | "document.viewed" | "service_request.created" | "service_request.updated")[];
            /** @description The first characters of the signing secret. */
            secretPrefix: string;
            enabled: boolean;
            disabledAt: string | null;
            disabledReason: string | null;
            /** @description Deliveries in a row that failed every attempt. */
            consecutiveFailures: number;
            failingSince: string | null;
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
    };
  };
  rotateWebhookSecret: {
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
            /** WebhookEndpoint */
            endpoint: {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              events: ("contact.enrolled" | "contact.suspended" | "invitation.sent" | "invitation.failed" | "invitation.expired" | "proposal.accepted" | "proposal.declined" | "document.viewed" | "service_request.created" | "service_request.updated")[];
              /** @description The first characters of the signing secret. */
              secretPrefix: string;
              enabled: boolean;
              disabledAt: string | null;
              disabledReason: string | null;
              /** @description Deliveries in a row that failed every attempt. */
              consecutiveFailures: number;
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
            /** @description The signing secret. Shown this once: store it in the receiver to verify signatures. */
            secret: string;
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
    };
  };
  sendWebhookTest: {
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
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            eventType: string;
            /**
             * Format: uuid
             * @description Same in every delivery and replay of one event.
             */
            eventId: string;
            /** @description The JSON body sent. */
            payload: {
              [key: string]: unknown;
            };
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            lastResponseCode: number | null;
            lastError: string | null;
            nextAttemptAt: string | null;
            deliveredAt: string | null;
            replayOf: string | null;
            /** Format: date-time */
            createdAt: string;
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        order?: "asc" | "desc";
        status?: "pending" | "succeeded" | "failed";
        /** @description An event type, e.g. contact.enrolled. */
        event?: string;
      };
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
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              endpointId: string;
              eventType: string;
              /**
               * Format: uuid
               * @description Same in every delivery and replay of one event.
               */
              eventId: string;
              /** @description The JSON body sent. */
              payload: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              status: "pending" | "succeeded" | "failed";
              attempts: number;
              lastResponseCode: number | null;
              lastError: string | null;
              nextAttemptAt: string | null;
              deliveredAt: string | null;
              replayOf: string | null;
              /** Format: date-time */
              createdAt: string;
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
  replayWebhookDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            eventType: string;
            /**
             * Format: uuid
             * @description Same in every delivery and replay of one event.
             */
            eventId: string;
            /** @description The JSON body sent. */
            payload: {
              [key: string]: unknown;
            };
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            lastResponseCode: number | null;
            lastError: string | null;
            nextAttemptAt: string | null;
            deliveredAt: string | null;
            replayOf: string | null;
            /** Format: date-time */
            createdAt: string;
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listSsoProviders: {
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
            items: {
              /** Format: uuid */
              id: string;
              /** @description What the sign-in button says: "Sign in with <displayName>". */
              displayName: string;
              /** @description The OpenID Connect issuer identifier. */
              issuerUrl: string;
              clientId: string;
              enabled: boolean;
              /** @description The redirect URI to register at the provider. */
              redirectUri: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @description The redirect URI every provider of this portal uses. */
            redirectUri: string;
            /** @description The portal's sign-in page for this organization, where its providers' buttons show. */
            signInUrl: string;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createSsoProvider: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          displayName: string;
          issuerUrl: string;
          clientId: string;
          /** @description Write-only. */
          clientSecret: string;
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description The client secret is write-only: it is never returned. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description What the sign-in button says: "Sign in with <displayName>". */
            displayName: string;
            /** @description The OpenID Connect issuer identifier. */
            issuerUrl: string;
            clientId: string;
            enabled: boolean;
            /** @description The redirect URI to register at the provider. */
            redirectUri: string;
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  checkSsoDiscovery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          issuerUrl: string;
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
            issuer: string;
            authorizationEndpoint: string;
            tokenEndpoint: string;
            jwksUri: string | null;
            supportsPkceS256: boolean;
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
    };
  };
  getSsoProvider: {
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
      /** @description The client secret is write-only: it is never returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description What the sign-in button says: "Sign in with <displayName>". */
            displayName: string;
            /** @description The OpenID Connect issuer identifier. */
            issuerUrl: string;
            clientId: string;
            enabled: boolean;
            /** @description The redirect URI to register at the provider. */
            redirectUri: string;
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
    };
  };
  deleteSsoProvider: {
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
  updateSsoProvider: {
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
          displayName?: string;
          issuerUrl?: string;
          clientId?: string;
          /** @description Write-only. */
          clientSecret?: string;
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description The client secret is write-only: it is never returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description What the sign-in button says: "Sign in with <displayName>". */
            displayName: string;
            /** @description The OpenID Connect issuer identifier. */
            issuerUrl: string;
            clientId: string;
            enabled: boolean;
            /** @description The redirect URI to register at the provider. */
            redirectUri: string;
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
    };
  };
  getContactNotificationPreferences: {
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
            /** @description Every category, in a fixed order. */
            preferences: {
              /**
               * @description new_documents: inspection and service reports; invoices_due: invoices; proposals: proposals awaiting a decision; service_requests: changes to requests the contact raised; messages: replies to its messages.
               * @enum {string}
               */
              category: "new_documents" | "invoices_due" | "proposals" | "service_requests" | "messages";
              /**
               * @description immediately: an email as things are published; daily: one summary email a day; off: none.
               * @enum {string}
               */
              choice: "immediately" | "daily" | "off";
              updatedAt: string | null;
              updatedBy: ("contact" | "unsubscribe_link") | null;
              /** @description What may be chosen for this category (messages and service requests have no digest). */
              choices: ("immediately" | "daily" | "off")[];
            }[];
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
  listMessageThreads: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        order?: "asc" | "desc";
        status?: "open" | "closed";
        /** @description An office user id, `me`, or `unassigned`. */
        assignee?: string | "me" | "unassigned";
        accountId?: string;
        /** @description Only threads with (true) or without (false) unread contact messages. */
        unread?: boolean;
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
              subject: string;
              /** @enum {string} */
              status: "open" | "closed";
              about: {
                /** @enum {string} */
                kind: "account" | "building" | "document";
                /** Format: uuid */
                accountId: string;
                accountName: string;
                buildingId: string | null;
                buildingName: string | null;
                documentId: string | null;
                documentTitle: string | null;
              };
              /** @enum {string} */
              startedBy: "contact" | "office";
              contact: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              /** Format: date-time */
              lastMessageAt: string;
              /** Format: date-time */
              createdAt: string;
              /** @description Messages the reader has not read yet (the office's, as a team). */
              unreadCount: number;
              lastMessage: {
                /** @enum {string} */
                authorKind: "contact" | "office";
                preview: string;
              } | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  startMessageThread: {
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
          contactId: string;
          subject: string;
          body: string;
          /** @description Exactly one: what the conversation is about. */
          about: {
            /** Format: uuid */
            accountId?: string;
            /** Format: uuid */
            buildingId?: string;
            /** Format: uuid */
            documentId?: string;
          };
          /** @description Ids from the attachment upload, sent with this message. */
          attachmentIds?: string[];
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
            subject: string;
            /** @enum {string} */
            status: "open" | "closed";
            about: {
              /** @enum {string} */
              kind: "account" | "building" | "document";
              /** Format: uuid */
              accountId: string;
              accountName: string;
              buildingId: string | null;
              buildingName: string | null;
              documentId: string | null;
              documentTitle: string | null;
            };
            /** @enum {string} */
            startedBy: "contact" | "office";
            contact: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            /** Format: date-time */
            lastMessageAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Messages the reader has not read yet (the office's, as a team). */
            unreadCount: number;
            lastMessage: {
              /** @enum {string} */
              authorKind: "contact" | "office";
              preview: string;
            } | null;
            messages: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              authorKind: "contact" | "office";
              authorName: string;
              /** @description The reader's own message. */
              mine: boolean;
              body: string;
              /** Format: date-time */
              createdAt: string;
              attachments: {
                /** Format: uuid */
                id: string;
                filename: string;
                contentType: string;
                byteSize: number;
              }[];
            }[];
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  countUnreadMessageThreads: {
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
            threads: number;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listMessageAssignees: {
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
            items: {
              /** Format: uuid */
              id: string;
              name: string;
            }[];
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMessageThread: {
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
            subject: string;
            /** @enum {string} */
            status: "open" | "closed";
            about: {
              /** @enum {string} */
              kind: "account" | "building" | "document";
              /** Format: uuid */
              accountId: string;
              accountName: string;
              buildingId: string | null;
              buildingName: string | null;
              documentId: string | null;
              documentTitle: string | null;
            };
            /** @enum {string} */
            startedBy: "contact" | "office";
            contact: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            /** Format: date-time */
            lastMessageAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Messages the reader has not read yet (the office's, as a team). */
            unreadCount: number;
            lastMessage: {
              /** @enum {string} */
              authorKind: "contact" | "office";
              preview: string;
            } | null;
            messages: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              authorKind: "contact" | "office";
              authorName: string;
              /** @description The reader's own message. */
              mine: boolean;
              body: string;
              /** Format: date-time */
              createdAt: string;
              attachments: {
                /** Format: uuid */
                id: string;
                filename: string;
                contentType: string;
                byteSize: number;
              }[];
            }[];
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
    };
  };
  updateMessageThread: {
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
          /** @enum {string} */
          status?: "open" | "closed";
          assigneeId?: string | null;
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
            subject: string;
            /** @enum {string} */
            status: "open" | "closed";
            about: {
              /** @enum {string} */
              kind: "account" | "building" | "document";
              /** Format: uuid */
              accountId: string;
              accountName: string;
              buildingId: string | null;
              buildingName: string | null;
              documentId: string | null;
              documentTitle: string | null;
            };
            /** @enum {string} */
            startedBy: "contact" | "office";
            contact: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            /** Format: date-time */
            lastMessageAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Messages the reader has not read yet (the office's, as a team). */
            unreadCount: number;
            lastMessage: {
              /** @enum {string} */
              authorKind: "contact" | "office";
              preview: string;
            } | null;
            messages: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              authorKind: "contact" | "office";
              authorName: string;
              /** @description The reader's own message. */
              mine: boolean;
              body: string;
              /** Format: date-time */
              createdAt: string;
              attachments: {
                /** Format: uuid */
                id: string;
                filename: string;
                contentType: string;
                byteSize: number;
              }[];
            }[];
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  replyToMessageThread: {
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
          body: string;
          /** @description Ids from the attachment upload, sent with this message. */
          attachmentIds?: string[];
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
            subject: string;
            /** @enum {string} */
            status: "open" | "closed";
            about: {
              /** @enum {string} */
              kind: "account" | "building" | "document";
              /** Format: uuid */
              accountId: string;
              accountName: string;
              buildingId: string | null;
              buildingName: string | null;
              documentId: string | null;
              documentTitle: string | null;
            };
            /** @enum {string} */
            startedBy: "contact" | "office";
            contact: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            /** Format: date-time */
            lastMessageAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Messages the reader has not read yet (the office's, as a team). */
            unreadCount: number;
            lastMessage: {
              /** @enum {string} */
              authorKind: "contact" | "office";
              preview: string;
            } | null;
            messages: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              authorKind: "contact" | "office";
              authorName: string;
              /** @description The reader's own message. */
              mine: boolean;
              body: string;
              /** Format: date-time */
              createdAt: string;
              attachments: {
                /** Format: uuid */
                id: string;
                filename: string;
                contentType: string;
                byteSize: number;
              }[];
            }[];
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  markMessageThreadRead: {
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
            threads: number;
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
    };
  };
  downloadMessageAttachment: {
    parameters: {
      query?: {
        disposition?: "inline" | "attachment";
      };
      header?: never;
      path: {
        id: string;
        attachmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
          "image/png": string;
          "image/jpeg": string;
          "image/webp": string;
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
    };
  };
  uploadMessageAttachment: {
    parameters: {
      query?: {
        filename?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/pdf": string;
        "image/png": string;
        "image/jpeg": string;
        "image/webp": string;
        "application/octet-stream": string;
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
            filename: string;
            contentType: string;
            byteSize: number;
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
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listServiceRequests: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        /** @description The change feed: requests changed at or after this time, oldest change first, paged by (updatedAt, id). The last few seconds are held back until their transactions have surely committed. An API key always reads the feed (without it: from the beginning). */
        updatedSince?: string;
        /** @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note. */
        status?: "received" | "scheduled" | "in_progress" | "done" | "declined";
        urgency?: "low" | "normal" | "high" | "emergency";
        accountId?: string;
        buildingId?: string;
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
              /** @description Per organization, from 1. */
              number: number;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              buildingId: string;
              buildingName: string;
              requestedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string | null;
              } | null;
              description: string;
              /** @enum {string} */
              urgency: "low" | "normal" | "high" | "emergency";
              /**
               * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
               * @enum {string}
               */
              status: "received" | "scheduled" | "in_progress" | "done" | "declined";
              declineReason: string | null;
              scheduledFor: string | null;
              photoCount: number;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getServiceRequest: {
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
            /** @description Per organization, from 1. */
            number: number;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            /** Format: uuid */
            buildingId: string;
            buildingName: string;
            requestedBy: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string | null;
            } | null;
            description: string;
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "emergency";
            /**
             * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
             * @enum {string}
             */
            status: "received" | "scheduled" | "in_progress" | "done" | "declined";
            declineReason: string | null;
            scheduledFor: string | null;
            photoCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            history: {
              /** Format: uuid */
              id: string;
              fromStatus: ("received" | "scheduled" | "in_progress" | "done" | "declined") | null;
              /**
               * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
               * @enum {string}
               */
              toStatus: "received" | "scheduled" | "in_progress" | "done" | "declined";
              note: string | null;
              scheduledFor: string | null;
              actor: {
                /** @enum {string} */
                type: "contact" | "office_user" | "integration";
                /** @description In the portal, the organization stands for its staff and systems. */
                name: string;
              };
              /** Format: date-time */
              createdAt: string;
            }[];
            photos: {
              /** Format: uuid */
              id: string;
              filename: string;
              contentType: string;
              byteSize: number;
              /** Format: date-time */
              createdAt: string;
            }[];
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
    };
  };
  updateServiceRequest: {
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
          /**
           * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
           * @enum {string}
           */
          status: "received" | "scheduled" | "in_progress" | "done" | "declined";
          note?: string | null;
          scheduledFor?: string | null;
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
            /** @description Per organization, from 1. */
            number: number;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            /** Format: uuid */
            buildingId: string;
            buildingName: string;
            requestedBy: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string | null;
            } | null;
            description: string;
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "emergency";
            /**
             * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
             * @enum {string}
             */
            status: "received" | "scheduled" | "in_progress" | "done" | "declined";
            declineReason: string | null;
            scheduledFor: string | null;
            photoCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            history: {
              /** Format: uuid */
              id: string;
              fromStatus: ("received" | "scheduled" | "in_progress" | "done" | "declined") | null;
              /**
               * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
               * @enum {string}
               */
              toStatus: "received" | "scheduled" | "in_progress" | "done" | "declined";
              note: string | null;
              scheduledFor: string | null;
              actor: {
                /** @enum {string} */
                type: "contact" | "office_user" | "integration";
                /** @description In the portal, the organization stands for its staff and systems. */
                name: string;
              };
              /** Format: date-time */
              createdAt: string;
            }[];
            photos: {
              /** Format: uuid */
              id: string;
              filename: string;
              contentType: string;
              byteSize: number;
              /** Format: date-time */
              createdAt: string;
            }[];
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  downloadServiceRequestPhoto: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        photoId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The photo. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/*": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/png": components["schemas"]["Problem"];
          "image/jpeg": components["schemas"]["Problem"];
          "image/webp": components["schemas"]["Problem"];
          "image/heic": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/png": components["schemas"]["Problem"];
          "image/jpeg": components["schemas"]["Problem"];
          "image/webp": components["schemas"]["Problem"];
          "image/heic": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/png": components["schemas"]["Problem"];
          "image/jpeg": components["schemas"]["Problem"];
          "image/webp": components["schemas"]["Problem"];
          "image/heic": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/png": components["schemas"]["Problem"];
          "image/jpeg": components["schemas"]["Problem"];
          "image/webp": components["schemas"]["Problem"];
          "image/heic": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @description true when left out. */
          active?: boolean;
          division?: string | null;
          accountClass?: string | null;
          billGroup?: string | null;
          accountSource?: string | null;
          balanceDue?: number;
          autopay?: boolean;
          activeServicesCount?: number;
          clientGroupExternalId?: string | null;
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
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertAccountBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Each item is validated on its own: an invalid item fails alone. */
          items: {
            /** @description The record's id in the sending system; unique per organization and kind. */
            externalId: string;
            name: string;
            /** @description true when left out. */
            active?: boolean;
            division?: string | null;
            accountClass?: string | null;
            billGroup?: string | null;
            accountSource?: string | null;
            balanceDue?: number;
            autopay?: boolean;
            activeServicesCount?: number;
            clientGroupExternalId?: string | null;
          }[];
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
            results: {
              /** @description Position of the item in the request. */
              index: number;
              externalId: string | null;
              /** @enum {string} */
              status: "created" | "updated" | "unchanged" | "failed";
              id: string | null;
              error: {
                /** @enum {string} */
                code: "validation" | "duplicate_in_batch" | "unknown_reference" | "conflict" | "rule_violation";
                detail: string;
                field?: string;
              } | null;
            }[];
            summary: {
              created: number;
              updated: number;
              unchanged: number;
              failed: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertBuilding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The account (customer) the building belongs to. */
          accountExternalId: string;
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
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertBuildingBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Each item is validated on its own: an invalid item fails alone. */
          items: {
            /** @description The record's id in the sending system; unique per organization and kind. */
            externalId: string;
            /** @description The account (customer) the building belongs to. */
            accountExternalId: string;
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
          }[];
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
            results: {
              /** @description Position of the item in the request. */
              index: number;
              externalId: string | null;
              /** @enum {string} */
              status: "created" | "updated" | "unchanged" | "failed";
              id: string | null;
              error: {
                /** @enum {string} */
                code: "validation" | "duplicate_in_batch" | "unknown_reference" | "conflict" | "rule_violation";
                detail: string;
                field?: string;
              } | null;
            }[];
            summary: {
              created: number;
              updated: number;
              unchanged: number;
              failed: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          firstName: string;
          lastName?: string | null;
          /** @description Unique per organization (case-insensitive); empty or null means none. */
          email?: string | "" | null;
          phone?: string | null;
          jobTitle?: string | null;
          /** @description When given, replaces the contact's account links. */
          accountLinks?: {
            /** @description An account of this organization. */
            accountExternalId: string;
            isBillingContact?: boolean;
          }[];
          /** @description When given, replaces the contact's building links. */
          buildingExternalIds?: string[];
          /** @description Areas given are set; areas left out keep their value. */
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
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertContactBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Each item is validated on its own: an invalid item fails alone. */
          items: {
            /** @description The record's id in the sending system; unique per organization and kind. */
            externalId: string;
            firstName: string;
            lastName?: string | null;
            /** @description Unique per organization (case-insensitive); empty or null means none. */
            email?: string | "" | null;
            phone?: string | null;
            jobTitle?: string | null;
            /** @description When given, replaces the contact's account links. */
            accountLinks?: {
              /** @description An account of this organization. */
              accountExternalId: string;
              isBillingContact?: boolean;
            }[];
            /** @description When given, replaces the contact's building links. */
            buildingExternalIds?: string[];
            /** @description Areas given are set; areas left out keep their value. */
            access?: {
              inspectionReports?: boolean;
              serviceReports?: boolean;
              proposals?: boolean;
              invoices?: boolean;
            };
          }[];
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
            results: {
              /** @description Position of the item in the request. */
              index: number;
              externalId: string | null;
              /** @enum {string} */
              status: "created" | "updated" | "unchanged" | "failed";
              id: string | null;
              error: {
                /** @enum {string} */
                code: "validation" | "duplicate_in_batch" | "unknown_reference" | "conflict" | "rule_violation";
                detail: string;
                field?: string;
              } | null;
            }[];
            summary: {
              created: number;
              updated: number;
              unchanged: number;
              failed: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          kind: "inspection_report" | "service_report" | "proposal" | "invoice";
          buildingExternalId?: string | null;
          accountExternalId?: string | null;
          number?: string | null;
          title: string;
          status?: string | null;
          amount?: number | null;
          amountPaid?: number | null;
          /** @description ISO 4217 code; USD when left out. */
          currency?: string;
          issuedOn?: string | null;
          dueOn?: string | null;
          paidOn?: string | null;
          paymentUrl?: string | null;
          /** @description Customers see published documents only; false when left out. */
          published?: boolean;
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
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertDocumentBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Each item is validated on its own: an invalid item fails alone. */
          items: {
            /** @description The record's id in the sending system; unique per organization and kind. */
            externalId: string;
            /** @enum {string} */
            kind: "inspection_report" | "service_report" | "proposal" | "invoice";
            buildingExternalId?: string | null;
            accountExternalId?: string | null;
            number?: string | null;
            title: string;
            status?: string | null;
            amount?: number | null;
            amountPaid?: number | null;
            /** @description ISO 4217 code; USD when left out. */
            currency?: string;
            issuedOn?: string | null;
            dueOn?: string | null;
            paidOn?: string | null;
            paymentUrl?: string | null;
            /** @description Customers see published documents only; false when left out. */
            published?: boolean;
          }[];
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
            results: {
              /** @description Position of the item in the request. */
              index: number;
              externalId: string | null;
              /** @enum {string} */
              status: "created" | "updated" | "unchanged" | "failed";
              id: string | null;
              error: {
                /** @enum {string} */
                code: "validation" | "duplicate_in_batch" | "unknown_reference" | "conflict" | "rule_violation";
                detail: string;
                field?: string;
              } | null;
            }[];
            summary: {
              created: number;
              updated: number;
              unchanged: number;
              failed: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertDefect: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The building the defect was raised at. */
          buildingExternalId: string;
          assetExternalId?: string | null;
          documentExternalId?: string | null;
          assetType: string;
          description: string;
          /** @enum {string} */
          severity: "critical" | "non_conformance" | "non_critical" | "recommendation" | "info";
          /**
           * @description open when left out.
           * @enum {string}
           */
          status?: "open" | "resolved";
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          raisedOn: string;
          resolvedOn?: string | null;
          /** @description false when left out. */
          published?: boolean;
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
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertDefectBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Each item is validated on its own: an invalid item fails alone. */
          items: {
            /** @description The record's id in the sending system; unique per organization and kind. */
            externalId: string;
            /** @description The building the defect was raised at. */
            buildingExternalId: string;
            assetExternalId?: string | null;
            documentExternalId?: string | null;
            assetType: string;
            description: string;
            /** @enum {string} */
            severity: "critical" | "non_conformance" | "non_critical" | "recommendation" | "info";
            /**
             * @description open when left out.
             * @enum {string}
             */
            status?: "open" | "resolved";
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            raisedOn: string;
            resolvedOn?: string | null;
            /** @description false when left out. */
            published?: boolean;
          }[];
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
            results: {
              /** @description Position of the item in the request. */
              index: number;
              externalId: string | null;
              /** @enum {string} */
              status: "created" | "updated" | "unchanged" | "failed";
              id: string | null;
              error: {
                /** @enum {string} */
                code: "validation" | "duplicate_in_batch" | "unknown_reference" | "conflict" | "rule_violation";
                detail: string;
                field?: string;
              } | null;
            }[];
            summary: {
              created: number;
              updated: number;
              unchanged: number;
              failed: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The building the asset is at. */
          buildingExternalId: string;
          name: string;
          assetType: string;
          location?: string | null;
          status?: string | null;
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
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertAssetBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Each item is validated on its own: an invalid item fails alone. */
          items: {
            /** @description The record's id in the sending system; unique per organization and kind. */
            externalId: string;
            /** @description The building the asset is at. */
            buildingExternalId: string;
            name: string;
            assetType: string;
            location?: string | null;
            status?: string | null;
          }[];
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
            results: {
              /** @description Position of the item in the request. */
              index: number;
              externalId: string | null;
              /** @enum {string} */
              status: "created" | "updated" | "unchanged" | "failed";
              id: string | null;
              error: {
                /** @enum {string} */
                code: "validation" | "duplicate_in_batch" | "unknown_reference" | "conflict" | "rule_violation";
                detail: string;
                field?: string;
              } | null;
            }[];
            summary: {
              created: number;
              updated: number;
              unchanged: number;
              failed: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The building the work is at. */
          buildingExternalId: string;
          assetExternalId?: string | null;
          /**
           * @description routine (scheduled) or reactive (service call).
           * @enum {string}
           */
          kind: "routine" | "reactive";
          title: string;
          /**
           * @description ready when left out.
           * @enum {string}
           */
          stage?: "on_hold" | "ready" | "in_progress" | "performed" | "complete";
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          createdOn: string;
          dueOn?: string | null;
          performedOn?: string | null;
          /** @description Days after due still on time; 7 when left out. */
          toleranceDays?: number;
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
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertTaskBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Each item is validated on its own: an invalid item fails alone. */
          items: {
            /** @description The record's id in the sending system; unique per organization and kind. */
            externalId: string;
            /** @description The building the work is at. */
            buildingExternalId: string;
            assetExternalId?: string | null;
            /**
             * @description routine (scheduled) or reactive (service call).
             * @enum {string}
             */
            kind: "routine" | "reactive";
            title: string;
            /**
             * @description ready when left out.
             * @enum {string}
             */
            stage?: "on_hold" | "ready" | "in_progress" | "performed" | "complete";
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            createdOn: string;
            dueOn?: string | null;
            performedOn?: string | null;
            /** @description Days after due still on time; 7 when left out. */
            toleranceDays?: number;
          }[];
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
            results: {
              /** @description Position of the item in the request. */
              index: number;
              externalId: string | null;
              /** @enum {string} */
              status: "created" | "updated" | "unchanged" | "failed";
              id: string | null;
              error: {
                /** @enum {string} */
                code: "validation" | "duplicate_in_batch" | "unknown_reference" | "conflict" | "rule_violation";
                detail: string;
                field?: string;
              } | null;
            }[];
            summary: {
              created: number;
              updated: number;
              unchanged: number;
              failed: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The building the quote is for. */
          buildingExternalId: string;
          defectExternalId?: string | null;
          /** @enum {string} */
          kind: "defect_quote" | "service_quote";
          number?: string | null;
          title: string;
          amount: number;
          /** @description ISO 4217 code; USD when left out. */
          currency?: string;
          /**
           * @description pending when left out.
           * @enum {string}
           */
          status?: "pending" | "accepted" | "declined" | "expired";
          issuedOn?: string | null;
          /** @description false when left out. */
          published?: boolean;
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
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            externalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "created" | "updated" | "unchanged";
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  upsertQuoteBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Each item is validated on its own: an invalid item fails alone. */
          items: {
            /** @description The record's id in the sending system; unique per organization and kind. */
            externalId: string;
            /** @description The building the quote is for. */
            buildingExternalId: string;
            defectExternalId?: string | null;
            /** @enum {string} */
            kind: "defect_quote" | "service_quote";
            number?: string | null;
            title: string;
            amount: number;
            /** @description ISO 4217 code; USD when left out. */
            currency?: string;
            /**
             * @description pending when left out.
             * @enum {string}
             */
            status?: "pending" | "accepted" | "declined" | "expired";
            issuedOn?: string | null;
            /** @description false when left out. */
            published?: boolean;
          }[];
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
            results: {
              /** @description Position of the item in the request. */
              index: number;
              externalId: string | null;
              /** @enum {string} */
              status: "created" | "updated" | "unchanged" | "failed";
              id: string | null;
              error: {
                /** @enum {string} */
                code: "validation" | "duplicate_in_batch" | "unknown_reference" | "conflict" | "rule_violation";
                detail: string;
                field?: string;
              } | null;
            }[];
            summary: {
              created: number;
              updated: number;
              unchanged: number;
              failed: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  uploadDocumentFile: {
    parameters: {
      query?: {
        /** @description Download name; sanitized. Defaults to the document number (or external id) + .pdf. */
        filename?: string;
      };
      header?: never;
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/pdf": string;
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
            documentId: string;
            /** Format: uuid */
            fileId: string;
            filename: string;
            byteSize: number;
            sha256: string;
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
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  recordInboundContacts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          items: {
            /** @description Your system's id for the email, call or tally: posting it again changes nothing. */
            externalId: string;
            /**
             * @description How the customer reached the office outside the portal.
             * @enum {string}
             */
            channel: "email" | "call";
            /**
             * Format: date-time
             * @description When the email arrived or the call came in (a tally: any time on its day).
             */
            occurredAt: string;
            /**
             * @description How many emails or calls the entry stands for: more than 1 logs a tally (e.g. a day of calls).
             * @default 1
             */
            count?: number;
            /** @description The customer's external id, when known. */
            accountExternalId?: string;
            /** @description What it was about; optional. */
            subject?: string;
          }[];
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
            results: {
              /** @description Position of the item in the request. */
              index: number;
              externalId: string;
              /**
               * @description unchanged: this externalId was already recorded (and was left as it was).
               * @enum {string}
               */
              status: "created" | "unchanged" | "failed";
              id: string | null;
              error: {
                /** @enum {string} */
                code: "validation" | "duplicate_in_batch" | "unknown_reference";
                detail: string;
                field?: string;
              } | null;
            }[];
            summary: {
              created: number;
              unchanged: number;
              failed: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  portalSignIn: {
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
            expiresIn: number;
            /** PortalMe */
            me: {
              /** Format: uuid */
              id: string;
              firstName: string;
              lastName: string;
              email: string | null;
              /** AccessAreas */
              access: {
                inspectionReports: boolean;
                serviceReports: boolean;
                proposals: boolean;
                invoices: boolean;
              };
              organization: {
                name: string;
                logoUrl: string | null;
                brandColor: string;
              };
              views: {
                /** @description Send as the X-Portal-View header: all, group:<id> or account:<id>. */
                key: string;
                /** @enum {string} */
                kind: "all" | "group" | "account";
                id: string | null;
                name: string;
              }[];
              /** @description The key of the view used when a request names none. */
              defaultView: string;
              /**
               * PortalPanels
               * @description The home page layout in the current view: a panel shows only if every account in the view shows it.
               */
              panels: {
                activityReport: boolean;
                spendTracking: boolean;
                defectAnalytics: boolean;
                routineActivities: boolean;
                serviceCalls: boolean;
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
      403: {
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
  portalRefreshSession: {
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
            expiresIn: number;
            /** PortalMe */
            me: {
              /** Format: uuid */
              id: string;
              firstName: string;
              lastName: string;
              email: string | null;
              /** AccessAreas */
              access: {
                inspectionReports: boolean;
                serviceReports: boolean;
                proposals: boolean;
                invoices: boolean;
              };
              organization: {
                name: string;
                logoUrl: string | null;
                brandColor: string;
              };
              views: {
                /** @description Send as the X-Portal-View header: all, group:<id> or account:<id>. */
                key: string;
                /** @enum {string} */
                kind: "all" | "group" | "account";
                id: string | null;
                name: string;
              }[];
              /** @description The key of the view used when a request names none. */
              defaultView: string;
              /**
               * PortalPanels
               * @description The home page layout in the current view: a panel shows only if every account in the view shows it.
               */
              panels: {
                activityReport: boolean;
                spendTracking: boolean;
                defectAnalytics: boolean;
                routineActivities: boolean;
                serviceCalls: boolean;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  portalSignOut: {
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
  portalSignOutEverywhere: {
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
    };
  };
  getPortalMe: {
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
            firstName: string;
            lastName: string;
            email: string | null;
            /** AccessAreas */
            access: {
              inspectionReports: boolean;
              serviceReports: boolean;
              proposals: boolean;
              invoices: boolean;
            };
            organization: {
              name: string;
              logoUrl: string | null;
              brandColor: string;
            };
            views: {
              /** @description Send as the X-Portal-View header: all, group:<id> or account:<id>. */
              key: string;
              /** @enum {string} */
              kind: "all" | "group" | "account";
              id: string | null;
              name: string;
            }[];
            /** @description The key of the view used when a request names none. */
            defaultView: string;
            /**
             * PortalPanels
             * @description The home page layout in the current view: a panel shows only if every account in the view shows it.
             */
            panels: {
              activityReport: boolean;
              spendTracking: boolean;
              defectAnalytics: boolean;
              routineActivities: boolean;
              serviceCalls: boolean;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listPortalSsoProviders: {
    parameters: {
      query: {
        /** @description The organization's slug. */
        org: string;
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
            organization: {
              slug: string;
              name: string;
              logoUrl: string | null;
              brandColor: string;
            };
            providers: {
              /** Format: uuid */
              id: string;
              displayName: string;
            }[];
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
  startPortalSso: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        providerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  finishPortalSso: {
    parameters: {
      query?: {
        state?: string;
        code?: string;
        iss?: string;
        error?: string;
        error_description?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  requestMagicLink: {
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
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
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
  requestPasswordReset: {
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
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
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
  getPortalLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
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
            /** @enum {string} */
            purpose: "magic_link" | "password_reset";
            /** @enum {string} */
            state: "valid" | "expired" | "used";
            expiresAt: string | null;
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
  signInWithMagicLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          token: string;
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
            expiresIn: number;
            /** PortalMe */
            me: {
              /** Format: uuid */
              id: string;
              firstName: string;
              lastName: string;
              email: string | null;
              /** AccessAreas */
              access: {
                inspectionReports: boolean;
                serviceReports: boolean;
                proposals: boolean;
                invoices: boolean;
              };
              organization: {
                name: string;
                logoUrl: string | null;
                brandColor: string;
              };
              views: {
                /** @description Send as the X-Portal-View header: all, group:<id> or account:<id>. */
                key: string;
                /** @enum {string} */
                kind: "all" | "group" | "account";
                id: string | null;
                name: string;
              }[];
              /** @description The key of the view used when a request names none. */
              defaultView: string;
              /**
               * PortalPanels
               * @description The home page layout in the current view: a panel shows only if every account in the view shows it.
               */
              panels: {
                activityReport: boolean;
                spendTracking: boolean;
                defectAnalytics: boolean;
                routineActivities: boolean;
                serviceCalls: boolean;
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
      410: {
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
  completePasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          token: string;
          /**
           * @description Keep the session for 30 days.
           * @default false
           */
          staySignedIn?: boolean;
          password: string;
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
            expiresIn: number;
            /** PortalMe */
            me: {
              /** Format: uuid */
              id: string;
              firstName: string;
              lastName: string;
              email: string | null;
              /** AccessAreas */
              access: {
                inspectionReports: boolean;
                serviceReports: boolean;
                proposals: boolean;
                invoices: boolean;
              };
              organization: {
                name: string;
                logoUrl: string | null;
                brandColor: string;
              };
              views: {
                /** @description Send as the X-Portal-View header: all, group:<id> or account:<id>. */
                key: string;
                /** @enum {string} */
                kind: "all" | "group" | "account";
                id: string | null;
                name: string;
              }[];
              /** @description The key of the view used when a request names none. */
              defaultView: string;
              /**
               * PortalPanels
               * @description The home page layout in the current view: a panel shows only if every account in the view shows it.
               */
              panels: {
                activityReport: boolean;
                spendTracking: boolean;
                defectAnalytics: boolean;
                routineActivities: boolean;
                serviceCalls: boolean;
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
      410: {
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
  getInvitationLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
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
            /**
             * @description revoked: a newer invitation replaced this one, or the office withdrew it.
             * @enum {string}
             */
            state: "valid" | "expired" | "used" | "revoked";
            /** Format: date-time */
            expiresAt: string;
            contact: {
              firstName: string;
              email: string | null;
            };
            /** @description The contact has no email (invited by letter): accepting then requires `email`, the address to sign in with. */
            needsEmail: boolean;
            organization: {
              name: string;
              logoUrl: string | null;
              brandColor: string;
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
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          password: string;
          /**
           * @description Keep the session for 30 days.
           * @default false
           */
          staySignedIn?: boolean;
          /**
           * Format: email
           * @description Only when the invitation says `needsEmail`: the address to sign in with (stored lower-cased). Refused otherwise.
           */
          email?: string;
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
            expiresIn: number;
            /** PortalMe */
            me: {
              /** Format: uuid */
              id: string;
              firstName: string;
              lastName: string;
              email: string | null;
              /** AccessAreas */
              access: {
                inspectionReports: boolean;
                serviceReports: boolean;
                proposals: boolean;
                invoices: boolean;
              };
              organization: {
                name: string;
                logoUrl: string | null;
                brandColor: string;
              };
              views: {
                /** @description Send as the X-Portal-View header: all, group:<id> or account:<id>. */
                key: string;
                /** @enum {string} */
                kind: "all" | "group" | "account";
                id: string | null;
                name: string;
              }[];
              /** @description The key of the view used when a request names none. */
              defaultView: string;
              /**
               * PortalPanels
               * @description The home page layout in the current view: a panel shows only if every account in the view shows it.
               */
              panels: {
                activityReport: boolean;
                spendTracking: boolean;
                defectAnalytics: boolean;
                routineActivities: boolean;
                serviceCalls: boolean;
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
      /** @description Default Response */
      410: {
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
  redeemInvitationCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The code from the letter; case, spaces and dashes do not matter. */
          code: string;
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
            /** @description The invitation's link token: continue at the accept page (/accept?token=…). */
            token: string;
            /** Format: date-time */
            expiresAt: string;
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
      404: {
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
  listPortalBuildings: {
    parameters: {
      query: {
        /** @description Page size (1-500). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        /** @description Contains (case-insensitive). */
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
              /** Format: uuid */
              accountId: string;
              accountName: string;
              address: string | null;
              latitude: number | null;
              longitude: number | null;
              counts: {
                overdueInvoices: number;
                outstandingQuotes: number;
                /** @description Open defects, not counting information or recommendations. */
                openDefects: number;
              };
              highestOpenSeverity: ("critical" | "non_conformance" | "non_critical" | "recommendation" | "info") | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPortalBuilding: {
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
            /** Format: uuid */
            accountId: string;
            accountName: string;
            address: string | null;
            latitude: number | null;
            longitude: number | null;
            counts: {
              overdueInvoices: number;
              outstandingQuotes: number;
              /** @description Open defects, not counting information or recommendations. */
              openDefects: number;
            };
            highestOpenSeverity: ("critical" | "non_conformance" | "non_critical" | "recommendation" | "info") | null;
            addressLines: string[];
            assetCount: number;
            documentCounts: {
              inspectionReport: number;
              serviceReport: number;
              proposal: number;
              invoice: number;
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
  listPortalAssets: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        buildingId?: string;
        assetType?: string;
        /** @description Contains (case-insensitive). */
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
              buildingId: string;
              buildingName: string;
              name: string;
              assetType: string;
              location: string | null;
              status: string | null;
              openDefects: number;
              highestOpenSeverity: ("critical" | "non_conformance" | "non_critical" | "recommendation" | "info") | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listPortalTasks: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        buildingId?: string;
        kind?: "routine" | "reactive";
        stage?: "on_hold" | "ready" | "in_progress" | "performed" | "complete";
        tolerance?: "on_time" | "late" | "overdue" | "pending";
        /** @description YYYY-MM: routine tasks by due month, reactive by created month. */
        month?: string;
        /** @description Contains (case-insensitive). */
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
              buildingId: string;
              buildingName: string;
              assetId: string | null;
              /** @enum {string} */
              kind: "routine" | "reactive";
              title: string;
              /** @enum {string} */
              stage: "on_hold" | "ready" | "in_progress" | "performed" | "complete";
              /**
               * Format: date
               * @description YYYY-MM-DD
               */
              createdOn: string;
              dueOn: string | null;
              performedOn: string | null;
              tolerance: ("on_time" | "late" | "overdue" | "pending") | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listPortalDefects: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        buildingId?: string;
        assetId?: string;
        assetType?: string;
        severity?: "critical" | "non_conformance" | "non_critical" | "recommendation" | "info";
        status?: "open" | "resolved";
        /** @description YYYY-MM of the day the defect was raised. */
        month?: string;
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
              buildingId: string;
              buildingName: string;
              assetId: string | null;
              assetName: string | null;
              assetType: string;
              description: string;
              /** @enum {string} */
              severity: "critical" | "non_conformance" | "non_critical" | "recommendation" | "info";
              /** @enum {string} */
              status: "open" | "resolved";
              /**
               * Format: date
               * @description YYYY-MM-DD
               */
              raisedOn: string;
              resolvedOn: string | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listPortalQuotes: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        buildingId?: string;
        kind?: "defect_quote" | "service_quote";
        status?: "pending" | "accepted" | "declined" | "expired";
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
              buildingId: string;
              buildingName: string;
              /** @enum {string} */
              kind: "defect_quote" | "service_quote";
              number: string | null;
              title: string;
              amount: number;
              currency: string;
              /** @enum {string} */
              status: "pending" | "accepted" | "declined" | "expired";
              issuedOn: string | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  searchPortal: {
    parameters: {
      query: {
        q: string;
        /** @description Results per group (1-20). */
        limit: number;
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
            properties: {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                address: string | null;
                latitude: number | null;
                longitude: number | null;
                counts: {
                  overdueInvoices: number;
                  outstandingQuotes: number;
                  /** @description Open defects, not counting information or recommendations. */
                  openDefects: number;
                };
                highestOpenSeverity: ("critical" | "non_conformance" | "non_critical" | "recommendation" | "info") | null;
              }[];
              total: number;
            };
            assets: {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                buildingId: string;
                buildingName: string;
                name: string;
                assetType: string;
                location: string | null;
                status: string | null;
                openDefects: number;
                highestOpenSeverity: ("critical" | "non_conformance" | "non_critical" | "recommendation" | "info") | null;
              }[];
              total: number;
            };
            reports: {
              items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "inspection_report" | "service_report" | "proposal" | "invoice";
                number: string | null;
                title: string;
                status: string | null;
                amount: number | null;
                amountPaid: number | null;
                currency: string;
                issuedOn: string | null;
                dueOn: string | null;
                paidOn: string | null;
                buildingId: string | null;
                buildingName: string | null;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                hasFile: boolean;
                /** @description An invoice past due and not fully paid. */
                overdue: boolean;
                /** @description An unpaid invoice with a payment link: offer "Pay now". */
                payable: boolean;
                decision: {
                  /** @enum {string} */
                  decision: "accepted" | "declined";
                  name: string;
                  /** Format: date-time */
                  decidedAt: string;
                  note: string | null;
                } | null;
              }[];
              total: number;
            };
            quotes: {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                buildingId: string;
                buildingName: string;
                /** @enum {string} */
                kind: "defect_quote" | "service_quote";
                number: string | null;
                title: string;
                amount: number;
                currency: string;
                /** @enum {string} */
                status: "pending" | "accepted" | "declined" | "expired";
                issuedOn: string | null;
              }[];
              total: number;
            };
            tasks: {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                buildingId: string;
                buildingName: string;
                assetId: string | null;
                /** @enum {string} */
                kind: "routine" | "reactive";
                title: string;
                /** @enum {string} */
                stage: "on_hold" | "ready" | "in_progress" | "performed" | "complete";
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                createdOn: string;
                dueOn: string | null;
                performedOn: string | null;
                tolerance: ("on_time" | "late" | "overdue" | "pending") | null;
              }[];
              total: number;
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
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listPortalDocuments: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        kind?: "inspection_report" | "service_report" | "proposal" | "invoice";
        buildingId?: string;
        status?: string;
        overdue?: boolean;
        decision?: "accepted" | "declined" | "undecided";
        /** @description Contains (case-insensitive). */
        q?: string;
        /** @description Issued on or after (YYYY-MM-DD). */
        from?: string;
        /** @description Issued on or before (YYYY-MM-DD). */
        to?: string;
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
              /** @enum {string} */
              kind: "inspection_report" | "service_report" | "proposal" | "invoice";
              number: string | null;
              title: string;
              status: string | null;
              amount: number | null;
              amountPaid: number | null;
              currency: string;
              issuedOn: string | null;
              dueOn: string | null;
              paidOn: string | null;
              buildingId: string | null;
              buildingName: string | null;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              hasFile: boolean;
              /** @description An invoice past due and not fully paid. */
              overdue: boolean;
              /** @description An unpaid invoice with a payment link: offer "Pay now". */
              payable: boolean;
              decision: {
                /** @enum {string} */
                decision: "accepted" | "declined";
                name: string;
                /** Format: date-time */
                decidedAt: string;
                note: string | null;
              } | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPortalDocument: {
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
            /** @enum {string} */
            kind: "inspection_report" | "service_report" | "proposal" | "invoice";
            number: string | null;
            title: string;
            status: string | null;
            amount: number | null;
            amountPaid: number | null;
            currency: string;
            issuedOn: string | null;
            dueOn: string | null;
            paidOn: string | null;
            buildingId: string | null;
            buildingName: string | null;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            hasFile: boolean;
            /** @description An invoice past due and not fully paid. */
            overdue: boolean;
            /** @description An unpaid invoice with a payment link: offer "Pay now". */
            payable: boolean;
            decision: {
              /** @enum {string} */
              decision: "accepted" | "declined";
              name: string;
              /** Format: date-time */
              decidedAt: string;
              note: string | null;
            } | null;
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
    };
  };
  downloadPortalDocument: {
    parameters: {
      query?: {
        disposition?: "inline" | "attachment";
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
    };
  };
  decidePortalProposal: {
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
          /** @enum {string} */
          decision: "accepted" | "declined";
          /** @description The name of the person deciding. */
          name: string;
          note?: string | null;
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
            /** @enum {string} */
            kind: "inspection_report" | "service_report" | "proposal" | "invoice";
            number: string | null;
            title: string;
            status: string | null;
            amount: number | null;
            amountPaid: number | null;
            currency: string;
            issuedOn: string | null;
            dueOn: string | null;
            paidOn: string | null;
            buildingId: string | null;
            buildingName: string | null;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            hasFile: boolean;
            /** @description An invoice past due and not fully paid. */
            overdue: boolean;
            /** @description An unpaid invoice with a payment link: offer "Pay now". */
            payable: boolean;
            decision: {
              /** @enum {string} */
              decision: "accepted" | "declined";
              name: string;
              /** Format: date-time */
              decidedAt: string;
              note: string | null;
            } | null;
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
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPortalDashboard: {
    parameters: {
      query?: {
        /** @description Calendar year of the routine activities panel; the current year when absent. */
        year?: number;
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
            counts: {
              overdueInvoices: number | null;
              outstandingQuotes: number | null;
              openDefects: number | null;
            };
            activity: {
              pendingQuotes: {
                count: number;
                /** @description The balance still owed (invoices) or quoted. */
                amount: number;
              } | null;
              overdueInvoices: {
                count: number;
                /** @description The balance still owed (invoices) or quoted. */
                amount: number;
              } | null;
              unpaidInvoices: {
                count: number;
                /** @description The balance still owed (invoices) or quoted. */
                amount: number;
              } | null;
            } | null;
            defectsByMonth: {
              /** @description YYYY-MM */
              month: string;
              open: {
                critical: number;
                nonConformance: number;
                nonCritical: number;
                recommendation: number;
                info: number;
              };
              resolved: number;
            }[] | null;
            defectsByAssetType: {
              assetType: string;
              highestSeverity: ("critical" | "non_conformance" | "non_critical" | "recommendation" | "info") | null;
              openDefects: number;
              assets: number;
            }[] | null;
            routineByMonth: {
              year: number;
              /** @description January to December, by due month. */
              months: {
                /** @description YYYY-MM */
                month: string;
                onTime: number;
                late: number;
                overdue: number;
                pending: number;
              }[];
            } | null;
            serviceCallsByMonth: {
              /** @description YYYY-MM */
              month: string;
              onHold: number;
              ready: number;
              inProgress: number;
              performed: number;
              complete: number;
            }[] | null;
            spend: {
              /** @description YYYY-MM */
              month: string;
              invoiced: number;
              paid: number;
            }[] | null;
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
    };
  };
  getPortalMonthlyReport: {
    parameters: {
      query: {
        /** @description YYYY-MM */
        month: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report as a PDF. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPortalRoutineReport: {
    parameters: {
      query: {
        /** @description First day performed, YYYY-MM-DD. */
        from: string;
        /** @description Last day performed (included); at most 366 days in all. */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report as a PDF. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": components["schemas"]["Problem"];
        };
      };
    };
  };
  openPortalPreview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          code: string;
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
            /** @description Read-only, in memory only: there is no refresh. */
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            expiresIn: number;
            /** PortalMe */
            me: {
              /** Format: uuid */
              id: string;
              firstName: string;
              lastName: string;
              email: string | null;
              /** AccessAreas */
              access: {
                inspectionReports: boolean;
                serviceReports: boolean;
                proposals: boolean;
                invoices: boolean;
              };
              organization: {
                name: string;
                logoUrl: string | null;
                brandColor: string;
              };
              views: {
                /** @description Send as the X-Portal-View header: all, group:<id> or account:<id>. */
                key: string;
                /** @enum {string} */
                kind: "all" | "group" | "account";
                id: string | null;
                name: string;
              }[];
              /** @description The key of the view used when a request names none. */
              defaultView: string;
              /**
               * PortalPanels
               * @description The home page layout in the current view: a panel shows only if every account in the view shows it.
               */
              panels: {
                activityReport: boolean;
                spendTracking: boolean;
                defectAnalytics: boolean;
                routineActivities: boolean;
                serviceCalls: boolean;
              };
            };
            /** PortalPreviewInfo */
            preview: {
              /** Format: uuid */
              id: string;
              officeUserName: string;
              /**
               * @description Where the contact stands: the banner says when they could not sign in themselves.
               * @enum {string}
               */
              contactStatus: "not_invited" | "invited" | "expired" | "enrolled" | "suspended";
              /** Format: date-time */
              expiresAt: string;
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
      /** @description Default Response */
      410: {
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
  endPortalPreview: {
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
  getMyNotificationPreferences: {
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
            /** @description Every category, in a fixed order. */
            preferences: {
              /**
               * @description new_documents: inspection and service reports; invoices_due: invoices; proposals: proposals awaiting a decision; service_requests: changes to requests the contact raised; messages: replies to its messages.
               * @enum {string}
               */
              category: "new_documents" | "invoices_due" | "proposals" | "service_requests" | "messages";
              /**
               * @description immediately: an email as things are published; daily: one summary email a day; off: none.
               * @enum {string}
               */
              choice: "immediately" | "daily" | "off";
              updatedAt: string | null;
              updatedBy: ("contact" | "unsubscribe_link") | null;
              /** @description What may be chosen for this category (messages and service requests have no digest). */
              choices: ("immediately" | "daily" | "off")[];
            }[];
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  updateMyNotificationPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          preferences: {
            /**
             * @description new_documents: inspection and service reports; invoices_due: invoices; proposals: proposals awaiting a decision; service_requests: changes to requests the contact raised; messages: replies to its messages.
             * @enum {string}
             */
            category: "new_documents" | "invoices_due" | "proposals" | "service_requests" | "messages";
            /**
             * @description immediately: an email as things are published; daily: one summary email a day; off: none.
             * @enum {string}
             */
            choice: "immediately" | "daily" | "off";
          }[];
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
            /** @description Every category, in a fixed order. */
            preferences: {
              /**
               * @description new_documents: inspection and service reports; invoices_due: invoices; proposals: proposals awaiting a decision; service_requests: changes to requests the contact raised; messages: replies to its messages.
               * @enum {string}
               */
              category: "new_documents" | "invoices_due" | "proposals" | "service_requests" | "messages";
              /**
               * @description immediately: an email as things are published; daily: one summary email a day; off: none.
               * @enum {string}
               */
              choice: "immediately" | "daily" | "off";
              updatedAt: string | null;
              updatedBy: ("contact" | "unsubscribe_link") | null;
              /** @description What may be chosen for this category (messages and service requests have no digest). */
              choices: ("immediately" | "daily" | "off")[];
            }[];
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
    };
  };
  listPortalMessageThreads: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        order?: "asc" | "desc";
        status?: "open" | "closed";
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
              subject: string;
              /** @enum {string} */
              status: "open" | "closed";
              about: {
                /** @enum {string} */
                kind: "account" | "building" | "document";
                /** Format: uuid */
                accountId: string;
                accountName: string;
                buildingId: string | null;
                buildingName: string | null;
                documentId: string | null;
                documentTitle: string | null;
              };
              /** @enum {string} */
              startedBy: "contact" | "office";
              contact: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              /** Format: date-time */
              lastMessageAt: string;
              /** Format: date-time */
              createdAt: string;
              /** @description Messages the reader has not read yet (the office's, as a team). */
              unreadCount: number;
              lastMessage: {
                /** @enum {string} */
                authorKind: "contact" | "office";
                preview: string;
              } | null;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  startPortalMessageThread: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          subject: string;
          body: string;
          /** @description Exactly one: what the conversation is about. */
          about: {
            /** Format: uuid */
            accountId?: string;
            /** Format: uuid */
            buildingId?: string;
            /** Format: uuid */
            documentId?: string;
          };
          /** @description Ids from the attachment upload, sent with this message. */
          attachmentIds?: string[];
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
            subject: string;
            /** @enum {string} */
            status: "open" | "closed";
            about: {
              /** @enum {string} */
              kind: "account" | "building" | "document";
              /** Format: uuid */
              accountId: string;
              accountName: string;
              buildingId: string | null;
              buildingName: string | null;
              documentId: string | null;
              documentTitle: string | null;
            };
            /** @enum {string} */
            startedBy: "contact" | "office";
            contact: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            /** Format: date-time */
            lastMessageAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Messages the reader has not read yet (the office's, as a team). */
            unreadCount: number;
            lastMessage: {
              /** @enum {string} */
              authorKind: "contact" | "office";
              preview: string;
            } | null;
            messages: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              authorKind: "contact" | "office";
              authorName: string;
              /** @description The reader's own message. */
              mine: boolean;
              body: string;
              /** Format: date-time */
              createdAt: string;
              attachments: {
                /** Format: uuid */
                id: string;
                filename: string;
                contentType: string;
                byteSize: number;
              }[];
            }[];
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  countPortalUnreadMessages: {
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
            threads: number;
            messages: number;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPortalMessageThread: {
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
            subject: string;
            /** @enum {string} */
            status: "open" | "closed";
            about: {
              /** @enum {string} */
              kind: "account" | "building" | "document";
              /** Format: uuid */
              accountId: string;
              accountName: string;
              buildingId: string | null;
              buildingName: string | null;
              documentId: string | null;
              documentTitle: string | null;
            };
            /** @enum {string} */
            startedBy: "contact" | "office";
            contact: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            /** Format: date-time */
            lastMessageAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Messages the reader has not read yet (the office's, as a team). */
            unreadCount: number;
            lastMessage: {
              /** @enum {string} */
              authorKind: "contact" | "office";
              preview: string;
            } | null;
            messages: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              authorKind: "contact" | "office";
              authorName: string;
              /** @description The reader's own message. */
              mine: boolean;
              body: string;
              /** Format: date-time */
              createdAt: string;
              attachments: {
                /** Format: uuid */
                id: string;
                filename: string;
                contentType: string;
                byteSize: number;
              }[];
            }[];
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
    };
  };
  replyToPortalMessageThread: {
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
          body: string;
          /** @description Ids from the attachment upload, sent with this message. */
          attachmentIds?: string[];
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
            subject: string;
            /** @enum {string} */
            status: "open" | "closed";
            about: {
              /** @enum {string} */
              kind: "account" | "building" | "document";
              /** Format: uuid */
              accountId: string;
              accountName: string;
              buildingId: string | null;
              buildingName: string | null;
              documentId: string | null;
              documentTitle: string | null;
            };
            /** @enum {string} */
            startedBy: "contact" | "office";
            contact: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            assignee: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            /** Format: date-time */
            lastMessageAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Messages the reader has not read yet (the office's, as a team). */
            unreadCount: number;
            lastMessage: {
              /** @enum {string} */
              authorKind: "contact" | "office";
              preview: string;
            } | null;
            messages: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              authorKind: "contact" | "office";
              authorName: string;
              /** @description The reader's own message. */
              mine: boolean;
              body: string;
              /** Format: date-time */
              createdAt: string;
              attachments: {
                /** Format: uuid */
                id: string;
                filename: string;
                contentType: string;
                byteSize: number;
              }[];
            }[];
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  markPortalMessageThreadRead: {
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
            threads: number;
            messages: number;
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
    };
  };
  downloadPortalMessageAttachment: {
    parameters: {
      query?: {
        disposition?: "inline" | "attachment";
      };
      header?: never;
      path: {
        id: string;
        attachmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
          "image/png": string;
          "image/jpeg": string;
          "image/webp": string;
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
    };
  };
  uploadPortalMessageAttachment: {
    parameters: {
      query?: {
        filename?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/pdf": string;
        "image/png": string;
        "image/jpeg": string;
        "image/webp": string;
        "application/octet-stream": string;
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
            filename: string;
            contentType: string;
            byteSize: number;
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
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listPortalServiceRequests: {
    parameters: {
      query: {
        /** @description Page size (1-200). */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        /** @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note. */
        status?: "received" | "scheduled" | "in_progress" | "done" | "declined";
        buildingId?: string;
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
              /** @description Per organization, from 1. */
              number: number;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              buildingId: string;
              buildingName: string;
              requestedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string | null;
              } | null;
              description: string;
              /** @enum {string} */
              urgency: "low" | "normal" | "high" | "emergency";
              /**
               * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
               * @enum {string}
               */
              status: "received" | "scheduled" | "in_progress" | "done" | "declined";
              declineReason: string | null;
              scheduledFor: string | null;
              photoCount: number;
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
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  createPortalServiceRequest: {
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
          buildingId: string;
          description: string;
          /** @enum {string} */
          urgency?: "low" | "normal" | "high" | "emergency";
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
            /** @description Per organization, from 1. */
            number: number;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            /** Format: uuid */
            buildingId: string;
            buildingName: string;
            requestedBy: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string | null;
            } | null;
            description: string;
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "emergency";
            /**
             * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
             * @enum {string}
             */
            status: "received" | "scheduled" | "in_progress" | "done" | "declined";
            declineReason: string | null;
            scheduledFor: string | null;
            photoCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            history: {
              /** Format: uuid */
              id: string;
              fromStatus: ("received" | "scheduled" | "in_progress" | "done" | "declined") | null;
              /**
               * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
               * @enum {string}
               */
              toStatus: "received" | "scheduled" | "in_progress" | "done" | "declined";
              note: string | null;
              scheduledFor: string | null;
              actor: {
                /** @enum {string} */
                type: "contact" | "office_user" | "integration";
                /** @description In the portal, the organization stands for its staff and systems. */
                name: string;
              };
              /** Format: date-time */
              createdAt: string;
            }[];
            photos: {
              /** Format: uuid */
              id: string;
              filename: string;
              contentType: string;
              byteSize: number;
              /** Format: date-time */
              createdAt: string;
            }[];
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
    };
  };
  getPortalServiceRequest: {
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
            /** @description Per organization, from 1. */
            number: number;
            /** Format: uuid */
            accountId: string;
            accountName: string;
            /** Format: uuid */
            buildingId: string;
            buildingName: string;
            requestedBy: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string | null;
            } | null;
            description: string;
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "emergency";
            /**
             * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
             * @enum {string}
             */
            status: "received" | "scheduled" | "in_progress" | "done" | "declined";
            declineReason: string | null;
            scheduledFor: string | null;
            photoCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            history: {
              /** Format: uuid */
              id: string;
              fromStatus: ("received" | "scheduled" | "in_progress" | "done" | "declined") | null;
              /**
               * @description received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.
               * @enum {string}
               */
              toStatus: "received" | "scheduled" | "in_progress" | "done" | "declined";
              note: string | null;
              scheduledFor: string | null;
              actor: {
                /** @enum {string} */
                type: "contact" | "office_user" | "integration";
                /** @description In the portal, the organization stands for its staff and systems. */
                name: string;
              };
              /** Format: date-time */
              createdAt: string;
            }[];
            photos: {
              /** Format: uuid */
              id: string;
              filename: string;
              contentType: string;
              byteSize: number;
              /** Format: date-time */
              createdAt: string;
            }[];
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
    };
  };
  downloadPortalServiceRequestPhoto: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        photoId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The photo. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/*": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/png": components["schemas"]["Problem"];
          "image/jpeg": components["schemas"]["Problem"];
          "image/webp": components["schemas"]["Problem"];
          "image/heic": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/png": components["schemas"]["Problem"];
          "image/jpeg": components["schemas"]["Problem"];
          "image/webp": components["schemas"]["Problem"];
          "image/heic": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/png": components["schemas"]["Problem"];
          "image/jpeg": components["schemas"]["Problem"];
          "image/webp": components["schemas"]["Problem"];
          "image/heic": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/png": components["schemas"]["Problem"];
          "image/jpeg": components["schemas"]["Problem"];
          "image/webp": components["schemas"]["Problem"];
          "image/heic": components["schemas"]["Problem"];
        };
      };
    };
  };
  uploadServiceRequestPhoto: {
    parameters: {
      query?: {
        /** @description The name on the phone. */
        filename?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "image/png": string;
        "image/jpeg": string;
        "image/webp": string;
        "image/heic": string;
        "application/octet-stream": string;
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
            filename: string;
            contentType: string;
            byteSize: number;
            /** Format: date-time */
            createdAt: string;
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
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  listPortalHelpArticles: {
    parameters: {
      query?: {
        /** @description Words in the title or body. */
        q?: string;
        /** @description What the article is about: portal empty states link to the article of their topic. */
        topic?: "properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in";
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
              title: string;
              slug: string;
              topic: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
              /** Format: date-time */
              updatedAt: string;
            }[];
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
  getPortalHelpArticle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
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
            title: string;
            slug: string;
            topic: ("properties" | "documents" | "invoices" | "proposals" | "defects" | "messages" | "service_requests" | "sign_in") | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description The Markdown rendered and sanitized on the server: safe to insert as is. */
            html: string;
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
  payPortalInvoice: {
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
            /** @description The payment page to open (https). */
            url: string;
            /**
             * @description The invoice's own URL, or the organization's template filled in.
             * @enum {string}
             */
            source: "invoice" | "template";
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
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  previewUnsubscribe: {
    parameters: {
      query?: {
        /** @description The token of the unsubscribe link. */
        token?: string;
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
            organizationName: string;
            /** @description What the link turns off. */
            categories: ("new_documents" | "invoices_due" | "proposals" | "service_requests" | "messages")[];
            /** @description The contact's preferences: as they are (GET) or after the change (POST). */
            preferences: {
              /**
               * @description new_documents: inspection and service reports; invoices_due: invoices; proposals: proposals awaiting a decision; service_requests: changes to requests the contact raised; messages: replies to its messages.
               * @enum {string}
               */
              category: "new_documents" | "invoices_due" | "proposals" | "service_requests" | "messages";
              /**
               * @description immediately: an email as things are published; daily: one summary email a day; off: none.
               * @enum {string}
               */
              choice: "immediately" | "daily" | "off";
              updatedAt: string | null;
              updatedBy: ("contact" | "unsubscribe_link") | null;
              /** @description What may be chosen for this category (messages and service requests have no digest). */
              choices: ("immediately" | "daily" | "off")[];
            }[];
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
  unsubscribe: {
    parameters: {
      query?: {
        /** @description The token of the unsubscribe link. */
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The token of the unsubscribe link. */
          token?: string;
          "List-Unsubscribe"?: string;
        };
        "application/x-www-form-urlencoded": {
          /** @description The token of the unsubscribe link. */
          token?: string;
          "List-Unsubscribe"?: string;
        };
        "multipart/form-data": {
          /** @description The token of the unsubscribe link. */
          token?: string;
          "List-Unsubscribe"?: string;
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
            organizationName: string;
            /** @description What the link turns off. */
            categories: ("new_documents" | "invoices_due" | "proposals" | "service_requests" | "messages")[];
            /** @description The contact's preferences: as they are (GET) or after the change (POST). */
            preferences: {
              /**
               * @description new_documents: inspection and service reports; invoices_due: invoices; proposals: proposals awaiting a decision; service_requests: changes to requests the contact raised; messages: replies to its messages.
               * @enum {string}
               */
              category: "new_documents" | "invoices_due" | "proposals" | "service_requests" | "messages";
              /**
               * @description immediately: an email as things are published; daily: one summary email a day; off: none.
               * @enum {string}
               */
              choice: "immediately" | "daily" | "off";
              updatedAt: string | null;
              updatedBy: ("contact" | "unsubscribe_link") | null;
              /** @description What may be chosen for this category (messages and service requests have no digest). */
              choices: ("immediately" | "daily" | "off")[];
            }[];
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
