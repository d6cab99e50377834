package uk.joinedup.caseservice.outcomes.dashboard;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.FamilyErased;
import uk.joinedup.caseservice.family.api.FamilyMemberJoined;
import uk.joinedup.caseservice.family.api.FamilyMemberLeft;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.KeyworkerLeftTeam;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.outcomes.dashboard.CaseloadShard.Household;

/**
 * Keeps, for every keyworker and agency, the people in their open caseload: each family's {@link
 * DashboardFamily} by its id, and each open family's household filed in the lists of the scopes that work it
 * ({@link CaseloadShards}). A change files only what it changed, each entry one atomic update of one
 * document; the family's own state is saved last, so an event handled again after a failure files again.
 */
@Component
@ProcessingGroup("outcomes-dashboard")
class CaseloadPeopleProjection {

    static final String FAMILIES = "dashboard_families";
    static final String CASELOADS = "dashboard_caseloads";

    private final DocumentCollection<DashboardFamily> families;
    private final DocumentCollection<CaseloadShard> caseloads;

    CaseloadPeopleProjection(MongoDocuments documents) {
        this.families = documents.collection(FAMILIES, DashboardFamily.class);
        this.caseloads = documents.collection(CASELOADS, CaseloadShard.class);
    }

    @EventHandler
    void on(FamilyRegistered event) {
        String familyId = event.familyId().value();
        if (families.find(familyId).isEmpty()) {
            families.save(
                    familyId,
                    DashboardFamily.registered(familyId, event.registeredBy().value()));
        }
    }

    @EventHandler
    void on(FamilyMemberJoined event) {
        change(
                event.familyId().value(),
                family -> family.memberJoined(event.personId().value()));
    }

    @EventHandler
    void on(FamilyMemberLeft event) {
        change(
                event.familyId().value(),
                family -> family.memberLeft(event.personId().value()));
    }

    @EventHandler
    void on(KeyworkerJoinedTeam event) {
        change(
                event.familyId().value(),
                family -> family.joined(
                        event.member().userId(), event.member().agency().value()));
    }

    @EventHandler
    void on(KeyworkerLeftTeam event) {
        change(event.familyId().value(), family -> family.left(event.userId()));
    }

    @EventHandler
    void on(CaseOpened event) {
        change(event.familyId().value(), family -> family.opened(true));
    }

    @EventHandler
    void on(CaseReopened event) {
        change(event.familyId().value(), family -> family.opened(true));
    }

    @EventHandler
    void on(CaseClosed event) {
        change(event.familyId().value(), family -> family.opened(false));
    }

    /** The family's household leaves every caseload it is in, and the family goes. */
    @EventHandler
    void on(FamilyErased event) {
        String familyId = event.familyId().value();
        families.find(familyId).ifPresent(family -> {
            family.scopesNow()
                    .forEach(scope -> caseloads.removeEntry(
                            CaseloadShards.of(scope, familyId), CaseloadShards.FAMILIES, familyId));
            families.delete(familyId);
        });
    }

    @ResetHandler
    void reset() {
        caseloads.deleteAll();
        families.deleteAll();
    }

    private void change(String familyId, UnaryOperator<DashboardFamily> change) {
        DashboardFamily before = families.find(familyId).orElseThrow();
        DashboardFamily after = change.apply(before);
        if (after.equals(before)) {
            return; // handled before: its entries were filed then
        }
        file(before, after);
        families.save(familyId, after);
    }

    /** Files the family's household in every caseload it is in now, and takes it out of those it left. */
    private void file(DashboardFamily before, DashboardFamily after) {
        String familyId = after.familyId();
        Set<CaseloadScope> was = before.scopesNow();
        Set<CaseloadScope> is = after.scopesNow();
        for (CaseloadScope gone : was) {
            if (!is.contains(gone)) {
                caseloads.removeEntry(CaseloadShards.of(gone, familyId), CaseloadShards.FAMILIES, familyId);
            }
        }
        boolean householdChanged = !before.members().equals(after.members());
        Household household = new Household(after.members().stream().sorted().toList());
        for (CaseloadScope scope : is) {
            if (householdChanged || !was.contains(scope)) {
                caseloads.putRecordEntry(
                        CaseloadShards.of(scope, familyId), CaseloadShards.FAMILIES, familyId, household);
            }
        }
    }
}
