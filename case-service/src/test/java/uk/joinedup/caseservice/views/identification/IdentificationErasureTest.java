package uk.joinedup.caseservice.views.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** Early identification forgets an erased person, and their address when nobody else lives there. */
class IdentificationErasureTest {

    private static final Address PARK_ROAD = new Address("2 Park Road", null, "Southampton", "SO17 1BJ", null);
    private static final Address ELM_ROAD = new Address("9 Elm Road", null, "Southampton", "SO15 2AA", null);

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final IdentificationProjection projection = new IdentificationProjection(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theErasedPersonAndTheAddressOnlyTheyLivedAtGo() {
        register("tom", "Tom", "2011-03-04", PARK_ROAD);
        register("ann", "Ann", "1980-01-01", ELM_ROAD);
        register("bob", "Bob", "1979-01-01", ELM_ROAD);
        projection.on(new AgencyFactRecorded(
                new PersonId("tom"),
                new FactId("f-1"),
                new ParentRecorded("ann", true),
                LocalDate.parse("2020-01-01"),
                new AgencyId("school"),
                InformationCategory.IDENTITY));

        projection.on(new PersonErased(new PersonId("tom"), new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), Set.of("tom", "2011-03-04", "park-road", "so171bj")))
                .isEmpty();
        assertThat(projection.people(List.of("tom", "ann", "bob"))).containsOnlyKeys("ann", "bob");
        assertThat(projection.holders()).isEmpty();
        assertThat(projection.atAddresses(List.of(AddressKeys.of(ELM_ROAD))).get(AddressKeys.of(ELM_ROAD)))
                .containsExactlyInAnyOrder("ann", "bob");
    }

    @Test
    void anAddressOthersLiveAtStaysWithoutTheErasedPerson() {
        register("ann", "Ann", "1980-01-01", ELM_ROAD);
        register("bob", "Bob", "1979-01-01", ELM_ROAD);

        projection.on(new PersonErased(new PersonId("bob"), new ErasureId("erasure-1")));

        assertThat(projection.atAddresses(List.of(AddressKeys.of(ELM_ROAD))).get(AddressKeys.of(ELM_ROAD)))
                .containsExactly("ann");
        assertThat(DatabaseSearch.find(store.database(), Set.of("bob", "1979-01-01")))
                .isEmpty();
    }

    private void register(String id, String given, String born, Address address) {
        projection.on(new PersonRegistered(
                new PersonId(id),
                new PersonDetails(
                        new PersonName(given, "Hill"), LocalDate.parse(born), null, address, PersonIdentifiers.none()),
                new AgencyId("early-help")));
    }
}
