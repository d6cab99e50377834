package uk.joinedup.identity.demo;

import java.util.List;
import java.util.Set;

/** The shape of {@code demo/directory.json}. */
record DemoDirectory(String password, List<DemoAgency> agencies, List<DemoTeam> teams, List<DemoUser> users) {

    record DemoAgency(String id, String name, String kind) {}

    record DemoTeam(String id, String agencyId, String name) {}

    /** A demo user; {@code totpSecret} is the base32 secret their authenticator is enrolled with. */
    record DemoUser(
            String username,
            String displayName,
            String agencyId,
            String teamId,
            Set<String> roles,
            String job,
            String totpSecret) {}
}
