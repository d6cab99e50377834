package uk.joinedup.caseservice.outcomes.dashboard;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Where a scope's open caseload is filed: {@code <scope>/<n>}, a family's document chosen by its id. A
 * keyworker's caseload is small (about 30 families), so it is one document; an agency's is split over
 * {@value #AGENCY_SHARDS}, so that none holds more than a few hundred families at 10,000. A team's people
 * are then one {@code _id $in} of a dozen ids (architecture.md §3).
 */
final class CaseloadShards {

    static final int AGENCY_SHARDS = 32;
    static final String FAMILIES = "families";

    private CaseloadShards() {}

    /** The document of the scope's caseload that holds {@code familyId}. */
    static String of(CaseloadScope scope, String familyId) {
        return scope.id() + "/" + Math.floorMod(familyId.hashCode(), count(scope));
    }

    /** Every document of the scope's caseload. */
    static List<String> all(CaseloadScope scope) {
        return IntStream.range(0, count(scope))
                .mapToObj(n -> scope.id() + "/" + n)
                .toList();
    }

    private static int count(CaseloadScope scope) {
        return scope.isAgency() ? AGENCY_SHARDS : 1;
    }
}
