package uk.joinedup.caseservice.outcomes.overview;

import java.util.List;
import java.util.stream.IntStream;
import uk.joinedup.caseservice.outcomes.overview.OverviewCase.Scope;

/**
 * Where a scope's figures are filed: {@code <scope>/open/<n>} for its open cases and {@code
 * <scope>/<quarter>/<n>} for a quarter's referrals and closures, an entry's document chosen by its id. A
 * keyworker's caseload is small, so their lists are one document each ({@code n} is 0); an agency's are
 * split over {@value #AGENCY_SHARDS}, so none grows past a few hundred entries at 10,000 families. The
 * overview of a team and its agency over four quarters is then one {@code _id $in} of about a hundred ids
 * (architecture.md §3).
 */
final class OverviewShards {

    static final int AGENCY_SHARDS = 16;
    static final String OPEN = "open";

    private OverviewShards() {}

    /** The document of the scope's open cases that holds {@code familyId}. */
    static String open(Scope scope, String familyId) {
        return of(scope, OPEN, familyId);
    }

    /** The document of the scope's figures for {@code quarter} that holds {@code entryId}. */
    static String quarter(Scope scope, Quarter quarter, String entryId) {
        return of(scope, quarter.toString(), entryId);
    }

    /** Every document of the scope's open cases. */
    static List<String> allOpen(Scope scope) {
        return all(scope, OPEN);
    }

    /** Every document of the scope's figures for {@code quarter}. */
    static List<String> allOf(Scope scope, Quarter quarter) {
        return all(scope, quarter.toString());
    }

    private static String of(Scope scope, String list, String entryId) {
        return scope.id() + "/" + list + "/" + Math.floorMod(entryId.hashCode(), count(scope));
    }

    private static List<String> all(Scope scope, String list) {
        return IntStream.range(0, count(scope))
                .mapToObj(n -> scope.id() + "/" + list + "/" + n)
                .toList();
    }

    private static int count(Scope scope) {
        return scope.isAgency() ? AGENCY_SHARDS : 1;
    }
}
