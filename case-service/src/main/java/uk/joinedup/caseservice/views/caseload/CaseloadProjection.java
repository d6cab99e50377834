package uk.joinedup.caseservice.views.caseload;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.family.api.CaseClosed;
import uk.joinedup.caseservice.family.api.CaseOpened;
import uk.joinedup.caseservice.family.api.CaseReopened;
import uk.joinedup.caseservice.family.api.FamilyRegistered;
import uk.joinedup.caseservice.family.api.KeyworkerJoinedTeam;
import uk.joinedup.caseservice.family.api.KeyworkerLeftTeam;
import uk.joinedup.caseservice.family.api.LeadProfessionalAppointed;
import uk.joinedup.caseservice.family.api.ReferralAccepted;
import uk.joinedup.caseservice.family.api.ReferralDeclined;
import uk.joinedup.caseservice.family.api.ReferralReceived;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/** Records who is on which family's team, who registered whom, and which open cases have no lead. */
@Component
@ProcessingGroup("caseloads")
class CaseloadProjection {

    static final String CASELOADS = "caseloads";
    static final String CASE_LISTS = "case_lists";
    static final String UNLED = "open-without-lead";
    static final String AWAITING_DECISION = "referrals-awaiting-decision";

    private final DocumentCollection<Caseload> caseloads;
    private final DocumentCollection<CaseState> cases;
    private final DocumentCollection<CaseList> lists;

    CaseloadProjection(MongoDocuments documents) {
        this.caseloads = documents.collection(CASELOADS, Caseload.class);
        this.cases = documents.collection("case_states", CaseState.class);
        this.lists = documents.collection(CASE_LISTS, CaseList.class);
    }

    // A keyworker's caseload changes with events of many families and people, handled concurrently:
    // every change to it, and to the shared list of unled cases, is one atomic update.

    @EventHandler
    void on(KeyworkerJoinedTeam event) {
        caseloads.addToSet(event.member().userId(), "families", event.familyId().value());
    }

    @EventHandler
    void on(KeyworkerLeftTeam event) {
        caseloads.pull(event.userId(), "families", event.familyId().value());
    }

    @EventHandler
    void on(PersonRegistered event, @MetaDataValue(ActingCommand.USER_ID) String userId) {
        if (userId != null) {
            caseloads.addToSet(userId, "people", event.personId().value());
        }
    }

    @EventHandler
    void on(ReferralReceived event) {
        lists.putEntry(
                AWAITING_DECISION,
                "families",
                event.referralId().value(),
                event.familyId().value());
    }

    @EventHandler
    void on(ReferralAccepted event) {
        lists.removeEntry(AWAITING_DECISION, "families", event.referralId().value());
    }

    @EventHandler
    void on(ReferralDeclined event) {
        lists.removeEntry(AWAITING_DECISION, "families", event.referralId().value());
    }

    @EventHandler
    void on(FamilyRegistered event) {
        String familyId = event.familyId().value();
        cases.save(familyId, new CaseState(familyId, event.name(), false, false));
    }

    @EventHandler
    void on(CaseOpened event) {
        changeCase(event.familyId().value(), state -> state.withOpen(true));
    }

    @EventHandler
    void on(CaseReopened event) {
        changeCase(event.familyId().value(), state -> state.withOpen(true));
    }

    @EventHandler
    void on(CaseClosed event) {
        changeCase(event.familyId().value(), state -> state.withOpen(false));
    }

    @EventHandler
    void on(LeadProfessionalAppointed event) {
        changeCase(event.familyId().value(), CaseState::withLead);
    }

    @ResetHandler
    void reset() {
        caseloads.deleteAll();
        cases.deleteAll();
        lists.deleteAll();
    }

    private void changeCase(String familyId, UnaryOperator<CaseState> change) {
        CaseState changed = change.apply(cases.find(familyId).orElseThrow());
        cases.save(familyId, changed);
        if (changed.open() && !changed.hasLead()) {
            lists.putEntry(UNLED, "families", familyId, changed.name());
        } else {
            lists.removeEntry(UNLED, "families", familyId);
        }
    }

    /** A user's caseload as stored. */
    record Caseload(@JsonProperty("_id") String userId, Set<String> families, Set<String> people) {

        Caseload {
            families = families == null ? Set.of() : Set.copyOf(families);
            people = people == null ? Set.of() : Set.copyOf(people);
        }
    }

    /** A family's case as this projection needs it. */
    record CaseState(@JsonProperty("_id") String familyId, String name, boolean open, boolean hasLead) {

        CaseState withOpen(boolean nowOpen) {
            return new CaseState(familyId, name, nowOpen, hasLead);
        }

        CaseState withLead() {
            return new CaseState(familyId, name, open, true);
        }
    }

    /**
     * A named list: {@code open-without-lead} maps family ids to names, {@code
     * referrals-awaiting-decision} maps referral ids to family ids.
     */
    record CaseList(@JsonProperty("_id") String listId, Map<String, String> families) {

        CaseList {
            families = families == null ? Map.of() : Map.copyOf(families);
        }
    }
}
