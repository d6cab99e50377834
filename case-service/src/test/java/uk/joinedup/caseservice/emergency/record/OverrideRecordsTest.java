package uk.joinedup.caseservice.emergency.record;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.IN_A_DAY;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.NOW;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.OVERRIDE;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.STEPHEN;
import static uk.joinedup.caseservice.emergency.OverrideFixtures.granted;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.sharing.EmergencyAccess;

/** Many people's overrides are read together as they are one at a time. */
class OverrideRecordsTest {

    private static final Recorded BY_LEE = new Recorded(
            "Lee Morgan",
            new AgencyId("southampton-housing"),
            "Southampton City Council Housing",
            AgencyKind.HOUSING,
            Instant.parse("2026-12-02T10:00:00Z"));

    @Test
    void readsManyPeoplesOverridesTogetherAsOneAtATime() {
        try (InMemoryDocuments store = new InMemoryDocuments()) {
            OverrideRecord override = OverrideRecordEvolver.evolve(null, granted(), BY_LEE, 0);
            store.documents()
                    .collection(OverrideProjection.COLLECTION, OverrideProjection.PersonOverrides.class)
                    .save(
                            STEPHEN.value(),
                            new OverrideProjection.PersonOverrides(
                                    STEPHEN.value(), Map.of(override.overrideId(), override)));
            OverrideRecords records = new OverrideRecords(store.documents());

            Map<String, List<EmergencyAccess>> each = records.accessToEach(List.of(STEPHEN.value(), "nobody"));

            assertThat(each).containsOnlyKeys(STEPHEN.value());
            assertThat(each.get(STEPHEN.value()))
                    .isEqualTo(records.accessTo(STEPHEN.value()))
                    .containsExactly(new EmergencyAccess(OVERRIDE.value(), "lee.morgan", NOW, IN_A_DAY));
        }
    }
}
