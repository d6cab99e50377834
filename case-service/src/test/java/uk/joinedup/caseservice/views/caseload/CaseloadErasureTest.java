package uk.joinedup.caseservice.views.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseTransferProposed;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.ReferralId;
import uk.joinedup.caseservice.family.api.ReferralReceived;
import uk.joinedup.caseservice.family.api.RiskFactor;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.api.TransferId;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/**
 * An erased family leaves every caseload list that carried its name, and the transfer inbox; an erased person leaves
 * the list of whoever registered them. Others stay.
 */
class CaseloadErasureTest {

    private static final AgencyId EARLY_HELP = new AgencyId("early-help");
    private static final TeamMember SAM =
            new TeamMember("sam.patel", "Sam Patel", EARLY_HELP, "Early Help", "Keyworker", "sam@example.org");
    private static final TeamMember LEE = new TeamMember(
            "lee.morgan", "Lee Morgan", new AgencyId("housing"), "Housing", "Officer", "lee@example.org");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final CaseloadProjection caseloads = new CaseloadProjection(store.documents());
    private final TransferInbox inbox = new TransferInbox(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anErasedFamilyLeavesEveryListAndTheInbox() {
        family("hills", "Pemberton family");
        family("parks", "Park family");

        caseloads.on(new FamilyErased(new FamilyId("hills"), new ErasureId("erasure-1")));
        inbox.on(new FamilyErased(new FamilyId("hills"), new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), Set.of("Pemberton", "hills")))
                .isEmpty();
        assertThat(DatabaseSearch.find(store.database(), Set.of("Park family")))
                .extracting(DatabaseSearch.Hit::collection)
                .contains(CaseloadProjection.SHARDS, CaseloadProjection.CASES);
        assertThat(inbox.awaiting()).hasSize(1);
    }

    @Test
    void anErasedPersonLeavesTheListOfWhoeverRegisteredThem() {
        registered("tom", "sam.patel");
        registered("ann", "sam.patel");

        caseloads.on(new PersonErased(new PersonId("tom"), new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), Set.of("tom"))).isEmpty();
        assertThat(DatabaseSearch.find(store.database(), Set.of("ann")))
                .extracting(DatabaseSearch.Hit::collection)
                .contains(CaseloadProjection.SHARDS);
    }

    private void family(String id, String name) {
        FamilyId family = new FamilyId(id);
        caseloads.on(new FamilyRegistered(family, name, EARLY_HELP));
        caseloads.on(new KeyworkerJoinedTeam(family, SAM, DAY));
        caseloads.on(new ReferralReceived(
                family, new ReferralId(id + "-referral"), "Concern", Set.of(RiskFactor.OTHER), DAY, EARLY_HELP));
        caseloads.on(new CaseOpened(family, DAY));
        inbox.on(new CaseTransferProposed(family, new TransferId(id + "-transfer"), SAM, LEE, "Housing leads", DAY));
    }

    private void registered(String personId, String userId) {
        caseloads.on(
                new PersonRegistered(
                        new PersonId(personId),
                        new PersonDetails(
                                new PersonName("Tom", "Hill"),
                                LocalDate.of(2011, 3, 4),
                                null,
                                null,
                                PersonIdentifiers.none()),
                        EARLY_HELP),
                userId,
                Instant.parse("2026-11-02T10:00:00Z"));
    }
}
