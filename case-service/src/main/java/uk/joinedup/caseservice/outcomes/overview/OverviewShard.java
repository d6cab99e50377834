package uk.joinedup.caseservice.outcomes.overview;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;

/**
 * One document of a scope's figures ({@link OverviewShards}): either a part of its open cases, or a part
 * of one quarter's referrals and closures. Entries are keyed by family, referral or closure id, so filing
 * one twice (a replay) changes nothing.
 *
 * @param open open cases, by family id
 * @param referrals referrals received, by referral id, with the day
 * @param closures closures, by family id and closure number, with the day
 */
record OverviewShard(
        @JsonProperty("_id") String shardId,
        Map<String, OpenCase> open,
        Map<String, LocalDate> referrals,
        Map<String, LocalDate> closures) {

    OverviewShard {
        open = open == null ? Map.of() : Map.copyOf(open);
        referrals = referrals == null ? Map.of() : Map.copyOf(referrals);
        closures = closures == null ? Map.of() : Map.copyOf(closures);
    }
}
