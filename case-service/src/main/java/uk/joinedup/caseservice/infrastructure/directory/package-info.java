/**
 * The staff directory adapter: answers {@link uk.joinedup.caseservice.agency.PractitionerDirectory} from
 * identity-service's {@code GET /api/directory/practitioners/{username}}, and {@link uk.joinedup.caseservice.agency.TeamRoster} from
 * {@code GET /api/directory/practitioners?team=}, relaying the access token of
 * the request being served, with a short cache. identity-service down is a 503 for the client, never a
 * guess.
 */
package uk.joinedup.caseservice.infrastructure.directory;
