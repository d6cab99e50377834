/**
 * The sharing agreements and their versions, as the sharing policy and the agreement pages read them:
 * one document per agreement, keyed by its id, with every version, built by a pure evolver; a list of
 * every agreement's id in one document. Agreements are about no one, so their query handlers show them
 * to every signed-in user (published, through the sharing policy).
 */
package uk.joinedup.caseservice.agreement.record;
