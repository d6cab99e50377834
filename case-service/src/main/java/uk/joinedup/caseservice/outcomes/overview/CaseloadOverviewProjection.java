package uk.joinedup.caseservice.outcomes.overview;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.KeyworkerLeftTeam;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointed;
import uk.joinedup.caseservice.family.api.LeadProfessionalHandedOver;
import uk.joinedup.caseservice.family.api.PlanAction;
import uk.joinedup.caseservice.family.api.PlanActionCompleted;
import uk.joinedup.caseservice.family.api.PlanActionsAdded;
import uk.joinedup.caseservice.family.api.ReferralReceived;
import uk.joinedup.caseservice.family.api.ReviewHeld;
import uk.joinedup.caseservice.family.api.SupportPlanAgreed;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.outcomes.overview.OverviewCase.Scope;

/**
 * Keeps the caseload overview's figures: each family's {@link OverviewCase} by its id, and for every
 * keyworker and agency their open cases and each quarter's referrals and closures, filed where {@link
 * OverviewShards} says. A change files only what it changed, each entry one atomic update of one document
 * (events of different families are handled concurrently); the family's own state is saved last, so an
 * event handled again after a failure files its entries again instead of finding nothing changed.
 */
@Component
@ProcessingGroup("caseload-overview")
class CaseloadOverviewProjection {

    static final String CASES = "overview_cases";
    static final String LISTS = "overview_lists";

    private final DocumentCollection<OverviewCase> cases;
    private final DocumentCollection<OverviewShard> lists;

    CaseloadOverviewProjection(MongoDocuments documents) {
        this.cases = documents.collection(CASES, OverviewCase.class);
        this.lists = documents.collection(LISTS, OverviewShard.class);
    }

    @EventHandler
    void on(FamilyRegistered event) {
        String familyId = event.familyId().value();
        if (cases.find(familyId).isEmpty()) {
            cases.save(
                    familyId,
                    OverviewCase.registered(familyId, event.registeredBy().value()));
        }
    }

    @EventHandler
    void on(KeyworkerJoinedTeam event) {
        change(
                event.familyId().value(),
                state -> state.joined(
                        event.member().userId(), event.member().agency().value()));
    }

    @EventHandler
    void on(KeyworkerLeftTeam event) {
        change(event.familyId().value(), state -> state.left(event.userId()));
    }

    @EventHandler
    void on(ReferralReceived event) {
        change(
                event.familyId().value(),
                state -> state.referred(event.referralId().value(), event.receivedOn()));
    }

    @EventHandler
    void on(CaseOpened event) {
        change(event.familyId().value(), state -> state.withStatus(OverviewCase.Status.OPEN));
    }

    @EventHandler
    void on(CaseReopened event) {
        change(event.familyId().value(), state -> state.withStatus(OverviewCase.Status.OPEN));
    }

    @EventHandler
    void on(CaseClosed event) {
        change(event.familyId().value(), state -> state.closed(event.closedOn()));
    }

    @EventHandler
    void on(LeadProfessionalAppointed event) {
        change(event.familyId().value(), state -> state.ledBy(event.lead().userId()));
    }

    @EventHandler
    void on(LeadProfessionalHandedOver event) {
        change(event.familyId().value(), state -> state.ledBy(event.to().userId()));
    }

    @EventHandler
    void on(SupportPlanAgreed event) {
        Map<String, LocalDate> dues = new HashMap<>();
        for (PlanAction action : event.actions()) {
            dues.put(action.actionId().value(), action.dueOn());
        }
        change(event.familyId().value(), state -> state.planned(dues, event.nextReviewOn()));
    }

    @EventHandler
    void on(PlanActionsAdded event) {
        Map<String, LocalDate> dues = new HashMap<>();
        for (PlanAction action : event.actions()) {
            dues.put(action.actionId().value(), action.dueOn());
        }
        change(event.familyId().value(), state -> state.actionsAdded(dues));
    }

    @EventHandler
    void on(PlanActionCompleted event) {
        change(
                event.familyId().value(),
                state -> state.actionDone(event.actionId().value()));
    }

    @EventHandler
    void on(ReviewHeld event) {
        change(event.familyId().value(), state -> state.reviewed(event.nextReviewOn()));
    }

    /** The family leaves every scope's open cases and quarterly referrals and closures, and its case goes. */
    @EventHandler
    void on(FamilyErased event) {
        String familyId = event.familyId().value();
        cases.find(familyId).ifPresent(state -> {
            if (state.open()) {
                state.scopesNow()
                        .forEach(scope ->
                                lists.removeEntry(OverviewShards.open(scope, familyId), OverviewShards.OPEN, familyId));
            }
            for (Scope scope : state.scopesEver()) {
                state.referrals().forEach((referralId, on) -> unfileDated(scope, "referrals", referralId, on));
                state.closuresByKey().forEach((closureId, on) -> unfileDated(scope, "closures", closureId, on));
            }
            cases.delete(familyId);
        });
    }

    @ResetHandler
    void reset() {
        lists.deleteAll();
        cases.deleteAll();
    }

    private void change(String familyId, UnaryOperator<OverviewCase> change) {
        OverviewCase before = cases.find(familyId).orElseThrow();
        OverviewCase after = change.apply(before);
        if (after.equals(before)) {
            return; // handled before, or nothing the overview counts changed: its entries were filed then
        }
        file(before, after);
        cases.save(familyId, after);
    }

    /** Files what changed between the two states in the lists of every scope concerned. */
    private void file(OverviewCase before, OverviewCase after) {
        String familyId = after.familyId();
        Set<Scope> openBefore = before.open() ? before.scopesNow() : Set.of();
        Set<Scope> openAfter = after.open() ? after.scopesNow() : Set.of();
        for (Scope gone : openBefore) {
            if (!openAfter.contains(gone)) {
                lists.removeEntry(OverviewShards.open(gone, familyId), OverviewShards.OPEN, familyId);
            }
        }
        OpenCase open = after.asOpen();
        boolean openChanged = !before.open() || !before.asOpen().equals(open);
        for (Scope scope : openAfter) {
            if (openChanged || !openBefore.contains(scope)) {
                lists.putRecordEntry(OverviewShards.open(scope, familyId), OverviewShards.OPEN, familyId, open);
            }
        }
        Set<Scope> everBefore = before.scopesEver();
        Map<String, LocalDate> closuresBefore = before.closuresByKey();
        for (Scope scope : after.scopesEver()) {
            boolean newScope = !everBefore.contains(scope);
            after.referrals().forEach((referralId, receivedOn) -> {
                if (newScope || !before.referrals().containsKey(referralId)) {
                    fileDated(scope, "referrals", referralId, receivedOn);
                }
            });
            after.closuresByKey().forEach((closureId, closedOn) -> {
                if (newScope || !closuresBefore.containsKey(closureId)) {
                    fileDated(scope, "closures", closureId, closedOn);
                }
            });
        }
    }

    private void unfileDated(Scope scope, String field, String entryId, LocalDate on) {
        lists.removeEntry(OverviewShards.quarter(scope, Quarter.of(on), entryId), field, entryId);
    }

    private void fileDated(Scope scope, String field, String entryId, LocalDate on) {
        lists.putEntry(OverviewShards.quarter(scope, Quarter.of(on), entryId), field, entryId, on.toString());
    }
}
