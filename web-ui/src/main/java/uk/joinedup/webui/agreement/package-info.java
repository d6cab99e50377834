/**
 * Information sharing agreements, kept by information-governance officers: the list with their state
 * today (in force, review overdue, ended), registering one, revising it (its next version, with a
 * reason), ending it, and every version of one. case-service decides what an agreement opens.
 */
package uk.joinedup.webui.agreement;
