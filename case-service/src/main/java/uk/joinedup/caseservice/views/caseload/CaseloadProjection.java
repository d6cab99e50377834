package uk.joinedup.caseservice.views.caseload;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.ActingCommand;
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
import uk.joinedup.caseservice.family.api.ReferralAccepted;
import uk.joinedup.caseservice.family.api.ReferralDeclined;
import uk.joinedup.caseservice.family.api.ReferralReceived;
import uk.joinedup.caseservice.family.api.ReviewHeld;
import uk.joinedup.caseservice.family.api.SupportPlanAgreed;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;
import uk.joinedup.caseservice.infrastructure.mongo.DocumentCollection;
import uk.joinedup.caseservice.infrastructure.mongo.MongoDocuments;
import uk.joinedup.caseservice.person.api.PersonErased;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/**
 * Keeps the caseload lists: for each user, the families whose team they are on and the people they
 * registered; the open cases nobody leads; the referrals awaiting a decision. Every list is sharded
 * ({@link Shards}) and each family in it carries its {@link CaseKey}, so a page is sorted without reading
 * a single family; only the page shown is read whole, by the queries. Who registered each person is kept by person,
 * to take them out of that user's list when they are erased.
 */
@Component
@ProcessingGroup("caseloads")
class CaseloadProjection {

    static final String SHARDS = "caseload_shards";
    static final String CASES = "caseload_cases";
    static final String REGISTRARS = "caseload_registrars";
    static final String UNLED = "open-without-lead";
    static final String AWAITING_DECISION = "referrals-awaiting-decision";
    static final String FAMILIES = "families";
    static final String PEOPLE = "people";
    static final String REFERRALS = "referrals";

    private final DocumentCollection<Shard> shards;
    private final DocumentCollection<CaseState> cases;
    private final DocumentCollection<Registrar> registrars;

    CaseloadProjection(MongoDocuments documents) {
        this.shards = documents.collection(SHARDS, Shard.class);
        this.cases = documents.collection(CASES, CaseState.class);
        this.registrars = documents.collection(REGISTRARS, Registrar.class);
    }

    // Events of different families and people are handled concurrently, a family's own in order: every
    // change to a shared list is one atomic update of one entry.

    @EventHandler
    void on(FamilyRegistered event) {
        String familyId = event.familyId().value();
        String registeredBy = event.registeredBy().value();
        cases.save(
                familyId,
                new CaseState(
                        familyId,
                        CaseKey.registered(event.name(), registeredBy),
                        registeredBy,
                        null,
                        Map.of(),
                        Map.of(),
                        Map.of()));
    }

    @EventHandler
    void on(KeyworkerJoinedTeam event) {
        String familyId = event.familyId().value();
        String userId = event.member().userId();
        CaseState state = cases.find(familyId).orElseThrow();
        Map<String, String> team = new HashMap<>(state.team());
        team.put(userId, event.member().agency().value());
        change(state.withTeam(team));
    }

    @EventHandler
    void on(KeyworkerLeftTeam event) {
        String familyId = event.familyId().value();
        CaseState state = cases.find(familyId).orElseThrow();
        Map<String, String> team = new HashMap<>(state.team());
        team.remove(event.userId());
        shards.removeEntry(Shards.of(event.userId(), familyId), FAMILIES, familyId);
        change(state.withTeam(team));
    }

    @EventHandler
    void on(PersonRegistered event, @MetaDataValue(ActingCommand.USER_ID) String userId, @Timestamp Instant at) {
        if (userId != null) {
            String personId = event.personId().value();
            shards.putEntry(Shards.of(userId, personId), PEOPLE, personId, at.toString());
            registrars.save(personId, new Registrar(personId, userId));
        }
    }

    /** The person leaves the list of the user who registered them. */
    @EventHandler
    void on(PersonErased event) {
        String personId = event.personId().value();
        registrars.find(personId).ifPresent(registrar -> {
            shards.removeEntry(Shards.of(registrar.userId(), personId), PEOPLE, personId);
            registrars.delete(personId);
        });
    }

    @EventHandler
    void on(ReferralReceived event) {
        String familyId = event.familyId().value();
        String referralId = event.referralId().value();
        CaseState state = cases.find(familyId).orElseThrow();
        Map<String, LocalDate> awaiting = new HashMap<>(state.awaitingReferrals());
        awaiting.put(referralId, event.receivedOn());
        change(state.withAwaitingReferrals(awaiting));
    }

    @EventHandler
    void on(ReferralAccepted event) {
        decided(event.familyId().value(), event.referralId().value());
    }

    @EventHandler
    void on(ReferralDeclined event) {
        decided(event.familyId().value(), event.referralId().value());
    }

    @EventHandler
    void on(CaseOpened event) {
        changeKey(event.familyId().value(), key -> key.withStatus(CaseStatus.OPEN));
    }

    @EventHandler
    void on(CaseReopened event) {
        changeKey(event.familyId().value(), key -> key.withStatus(CaseStatus.OPEN));
    }

    /** Closing ends the lead professional's appointment ({@code LeadProfessionalAppointmentEnded} says so too). */
    @EventHandler
    void on(CaseClosed event) {
        CaseState state = cases.find(event.familyId().value()).orElseThrow();
        change(state.withKey(state.key().withStatus(CaseStatus.CLOSED)).withLead(null, null));
    }

    @EventHandler
    void on(LeadProfessionalAppointed event) {
        CaseState state = cases.find(event.familyId().value()).orElseThrow();
        change(state.withLead(event.lead().userId(), event.lead().agency().value()));
    }

    @EventHandler
    void on(LeadProfessionalHandedOver event) {
        CaseState state = cases.find(event.familyId().value()).orElseThrow();
        change(state.withLead(event.to().userId(), event.to().agency().value()));
    }

    @EventHandler
    void on(SupportPlanAgreed event) {
        CaseState state = cases.find(event.familyId().value()).orElseThrow();
        Map<String, LocalDate> outstanding = new HashMap<>();
        for (PlanAction action : event.actions()) {
            outstanding.put(action.actionId().value(), action.dueOn());
        }
        change(state.withOutstanding(outstanding, event.nextReviewOn()));
    }

    @EventHandler
    void on(PlanActionsAdded event) {
        CaseState state = cases.find(event.familyId().value()).orElseThrow();
        Map<String, LocalDate> outstanding = new HashMap<>(state.outstanding());
        for (PlanAction action : event.actions()) {
            outstanding.put(action.actionId().value(), action.dueOn());
        }
        change(state.withOutstanding(outstanding, state.key().nextReviewOn()));
    }

    @EventHandler
    void on(PlanActionCompleted event) {
        CaseState state = cases.find(event.familyId().value()).orElseThrow();
        Map<String, LocalDate> outstanding = new HashMap<>(state.outstanding());
        outstanding.remove(event.actionId().value());
        change(state.withOutstanding(outstanding, state.key().nextReviewOn()));
    }

    @EventHandler
    void on(ReviewHeld event) {
        changeKey(event.familyId().value(), key -> key.withNextReviewOn(event.nextReviewOn()));
    }

    /**
     * The family leaves every list that carries its key (its name among it): its team's caseloads, the unled cases
     * and the referrals awaiting a decision; and its case goes.
     */
    @EventHandler
    void on(FamilyErased event) {
        String familyId = event.familyId().value();
        cases.find(familyId).ifPresent(state -> {
            state.team()
                    .keySet()
                    .forEach(userId -> shards.removeEntry(Shards.of(userId, familyId), FAMILIES, familyId));
            state.awaitingReferrals()
                    .keySet()
                    .forEach(referralId ->
                            shards.removeEntry(Shards.of(AWAITING_DECISION, referralId), REFERRALS, referralId));
            shards.removeEntry(Shards.of(UNLED, familyId), FAMILIES, familyId);
            cases.delete(familyId);
        });
    }

    @ResetHandler
    void reset() {
        shards.deleteAll();
        cases.deleteAll();
        registrars.deleteAll();
    }

    private void decided(String familyId, String referralId) {
        shards.removeEntry(Shards.of(AWAITING_DECISION, referralId), REFERRALS, referralId);
        CaseState state = cases.find(familyId).orElseThrow();
        Map<String, LocalDate> awaiting = new HashMap<>(state.awaitingReferrals());
        awaiting.remove(referralId);
        change(state.withAwaitingReferrals(awaiting));
    }

    private void changeKey(String familyId, UnaryOperator<CaseKey> change) {
        CaseState state = cases.find(familyId).orElseThrow();
        change(state.withKey(change.apply(state.key())));
    }

    /** Stores the case's new state and files its key wherever the family is listed. */
    private void change(CaseState changed) {
        String familyId = changed.familyId();
        cases.save(familyId, changed);
        CaseKey key = changed.key();
        for (String userId : changed.team().keySet()) {
            shards.putRecordEntry(Shards.of(userId, familyId), FAMILIES, familyId, key);
        }
        changed.awaitingReferrals()
                .forEach((referralId, receivedOn) -> shards.putRecordEntry(
                        Shards.of(AWAITING_DECISION, referralId),
                        REFERRALS,
                        referralId,
                        new AwaitingReferral(familyId, key.name(), receivedOn, key.agencies())));
        if (key.needsLeadProfessional()) {
            shards.putRecordEntry(Shards.of(UNLED, familyId), FAMILIES, familyId, key);
        } else {
            shards.removeEntry(Shards.of(UNLED, familyId), FAMILIES, familyId);
        }
    }

    /**
     * One document of a sharded list: a user's ({@code families} on their teams, {@code people} they
     * registered, with when), or a named one ({@code open-without-lead}: {@code families}; {@code
     * referrals-awaiting-decision}: {@code referrals}).
     */
    record Shard(
            @JsonProperty("_id") String shardId,
            Map<String, CaseKey> families,
            Map<String, Instant> people,
            Map<String, AwaitingReferral> referrals) {

        Shard {
            families = families == null ? Map.of() : Map.copyOf(families);
            people = people == null ? Map.of() : Map.copyOf(people);
            referrals = referrals == null ? Map.of() : Map.copyOf(referrals);
        }
    }

    /** Who registered a person: whose list of people registered holds them. */
    record Registrar(@JsonProperty("_id") String personId, String userId) {}

    /**
     * A referral awaiting a decision, as the inbox sorts it.
     *
     * @param agencies the agencies involved in the family's case, as in its {@link CaseKey}
     */
    record AwaitingReferral(String familyId, String familyName, LocalDate receivedOn, Set<String> agencies) {

        AwaitingReferral {
            agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        }
    }

    /**
     * A family's case as this projection needs it: its key; the agency that registered it and the lead
     * professional's agency; who is on its team (whose lists carry the key), with their agencies; its plan's
     * outstanding actions' due dates by action id; its referrals awaiting a decision, with when received.
     */
    record CaseState(
            @JsonProperty("_id") String familyId,
            CaseKey key,
            String registeredBy,
            String leadAgency,
            Map<String, String> team,
            Map<String, LocalDate> outstanding,
            Map<String, LocalDate> awaitingReferrals) {

        CaseState {
            team = team == null ? Map.of() : Map.copyOf(team);
            outstanding = outstanding == null ? Map.of() : Map.copyOf(outstanding);
            awaitingReferrals = awaitingReferrals == null ? Map.of() : Map.copyOf(awaitingReferrals);
        }

        CaseState withKey(CaseKey changed) {
            return new CaseState(familyId, changed, registeredBy, leadAgency, team, outstanding, awaitingReferrals);
        }

        CaseState withTeam(Map<String, String> members) {
            return new CaseState(familyId, key, registeredBy, leadAgency, members, outstanding, awaitingReferrals)
                    .involving();
        }

        CaseState withLead(String userId, String agency) {
            return new CaseState(
                            familyId, key.withLead(userId), registeredBy, agency, team, outstanding, awaitingReferrals)
                    .involving();
        }

        CaseState withOutstanding(Map<String, LocalDate> actions, LocalDate nextReviewOn) {
            return new CaseState(
                    familyId,
                    key.withPlan(List.copyOf(actions.values()), nextReviewOn),
                    registeredBy,
                    leadAgency,
                    team,
                    actions,
                    awaitingReferrals);
        }

        CaseState withAwaitingReferrals(Map<String, LocalDate> referrals) {
            return new CaseState(
                    familyId,
                    key.withReferralsAwaiting(referrals.size()),
                    registeredBy,
                    leadAgency,
                    team,
                    outstanding,
                    referrals);
        }

        /** The key naming the agencies now involved: the registering agency, the lead's, the team's. */
        private CaseState involving() {
            Set<String> agencies = new HashSet<>(team.values());
            agencies.add(registeredBy);
            if (leadAgency != null) {
                agencies.add(leadAgency);
            }
            return withKey(key.withAgencies(agencies));
        }
    }
}
