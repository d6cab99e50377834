package uk.joinedup.identity.demo;

import java.util.List;
import java.util.Set;

/** The shape of {@code demo/directory.json}. */
record DemoDirectory(String password, List<DemoAgency> agencies, List<DemoUser> users) {

    record DemoAgency(String id, String name, String kind) {}

    record DemoUser(String username, String displayName, String agencyId, Set<String> roles, String job) {}
}
