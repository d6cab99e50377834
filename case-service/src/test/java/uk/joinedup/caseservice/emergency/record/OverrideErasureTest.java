package uk.joinedup.caseservice.emergency.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.emergency.api.EmergencyAccessGranted;
import uk.joinedup.caseservice.emergency.api.OverrideId;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** An erased person's overrides go, and leave the review queue; another person's stay in both. */
class OverrideErasureTest {

    private static final Instant FROM = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final OverrideProjection projection = new OverrideProjection(store.documents());
    private final OverrideRecords overrides = new OverrideRecords(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theErasedPersonsOverridesGoFromTheirRecordAndTheQueue() {
        granted("o-1", "tom", "Tom Hill missing overnight");
        granted("o-2", "ann", "Ann Hill at risk");

        projection.on(new PersonErased(new PersonId("tom"), new ErasureId("erasure-1")));

        assertThat(overrides.of("tom")).isEmpty();
        assertThat(overrides.awaitingReview())
                .extracting(OverrideRecord::overrideId)
                .containsExactly("o-2");
        assertThat(DatabaseSearch.find(store.database(), Set.of("Tom Hill", "o-1")))
                .isEmpty();
    }

    private void granted(String overrideId, String personId, String explanation) {
        projection.on(
                new EmergencyAccessGranted(
                        new OverrideId(overrideId),
                        new PersonId(personId),
                        "sam",
                        new AgencyId("early-help"),
                        OverrideReason.RISK_TO_LIFE,
                        explanation,
                        FROM,
                        FROM.plusSeconds(86_400),
                        Set.of(new AgencyId("probation"))),
                new GenericDomainEventMessage<>("EmergencyOverride", overrideId, 0, new Object()));
    }
}
