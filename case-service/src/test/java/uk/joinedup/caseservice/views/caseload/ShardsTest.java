package uk.joinedup.caseservice.views.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShardsTest {

    @Test
    void spreadsTenThousandFamiliesSoNoShardHoldsMoreThanAFewHundred() {
        Map<String, Integer> sizes = new HashMap<>();
        for (int n = 0; n < 10_000; n++) {
            sizes.merge(
                    Shards.of(
                            "sam.patel",
                            UUID.nameUUIDFromBytes(("family" + n).getBytes()).toString()),
                    1,
                    Integer::sum);
        }

        assertThat(sizes).hasSize(Shards.COUNT);
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isBetween(200, 450));
        assertThat(Shards.all("sam.patel")).containsAll(sizes.keySet()).hasSize(Shards.COUNT);
    }

    @Test
    void anItemAlwaysLandsInTheSameShardOfItsOwnersList() {
        assertThat(Shards.of("sam.patel", "f-1"))
                .isEqualTo(Shards.of("sam.patel", "f-1"))
                .startsWith("sam.patel/");
        assertThat(Shards.of("mo.ahmed", "f-1")).startsWith("mo.ahmed/");
    }
}
