package uk.joinedup.identity.directory.web;

import java.util.List;

/**
 * A practitioner as colleagues may see them: never a password hash or whether they can sign in.
 *
 * @param username their sign-in name, the subject of their tokens
 * @param displayName the name colleagues see
 * @param agencyId the agency they work for
 * @param agencyName that agency's name
 * @param agencyKind that agency's kind, e.g. {@code HOUSING}
 * @param roles what they may do, sorted
 * @param job what they do, e.g. "Housing officer", or null
 * @param teamId their team within the agency, or null
 */
record PractitionerView(
        String username,
        String displayName,
        String agencyId,
        String agencyName,
        String agencyKind,
        List<String> roles,
        String job,
        String teamId) {}
