package uk.joinedup.caseservice.outcomes.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One document of a scope's open caseload ({@link CaseloadShards}): its open families, each with the people
 * in its household now. Keyed by family id, so filing a family again (a replay) changes nothing.
 *
 * @param families the household of each open family, by family id
 */
record CaseloadShard(@JsonProperty("_id") String shardId, Map<String, Household> families) {

    CaseloadShard {
        families = families == null ? Map.of() : Map.copyOf(families);
    }

    /** The people of one open family's household, by person id. */
    record Household(List<String> people) {

        Household {
            people = people == null ? List.of() : List.copyOf(people);
        }
    }
}
