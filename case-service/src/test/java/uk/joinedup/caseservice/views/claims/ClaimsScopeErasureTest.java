package uk.joinedup.caseservice.views.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.infrastructure.mongo.InMemoryDocuments;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.DatabaseSearch;

/** An erased family leaves the list of every agency ever involved in it; another family stays. */
class ClaimsScopeErasureTest {

    private static final AgencyId EARLY_HELP = new AgencyId("early-help");
    private static final AgencyId HOUSING = new AgencyId("housing");

    private final InMemoryDocuments store = new InMemoryDocuments();
    private final ClaimsScopeProjection projection = new ClaimsScopeProjection(store.documents());
    private final ClaimsScope scope = new ClaimsScope(store.documents());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theErasedFamilyLeavesEveryAgencysList() {
        family("hills");
        family("parks");

        projection.on(new FamilyErased(new FamilyId("hills"), new ErasureId("erasure-1")));

        assertThat(DatabaseSearch.find(store.database(), Set.of("hills"))).isEmpty();
        assertThat(scope.familiesOf(EARLY_HELP)).containsExactly("parks");
        assertThat(scope.familiesOf(HOUSING)).containsExactly("parks");
    }

    private void family(String id) {
        FamilyId family = new FamilyId(id);
        projection.on(new FamilyRegistered(family, id + " family", EARLY_HELP));
        projection.on(new KeyworkerJoinedTeam(
                family,
                new TeamMember("lee.morgan", "Lee Morgan", HOUSING, "Housing", "Officer", "lee@example.org"),
                LocalDate.of(2026, 11, 2)));
    }
}
