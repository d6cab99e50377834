/**
 * The administration pages ({@code /admin/**}, GOV.UK style): agencies (system administrators), teams and
 * users (an agency administrator, only of their own agency), a user's roles, deactivation, unlocking,
 * invitation and password reset links, authenticator resets and recent sign-ins; and the audit trail,
 * as a page and as CSV. Who is acting, and what they may manage, is read from the directory on every
 * request; each action is recorded in the audit.
 */
package uk.joinedup.identity.admin;
