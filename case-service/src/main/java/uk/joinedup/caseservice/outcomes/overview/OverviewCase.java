package uk.joinedup.caseservice.outcomes.overview;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A family's case as the overview needs it, kept by {@link CaseloadOverviewProjection} and changed only by
 * these pure functions: where it stands, who works it now and who ever did, its referrals and closures by
 * business date, its next review and its outstanding plan actions' due dates.
 *
 * @param registeredBy the agency that registered the family
 * @param lead the lead professional's user id, or null
 * @param team the keyworkers on the family's team now, with their agencies
 * @param keyworkersEver every keyworker ever on the family's team: its referrals and closures count for them
 * @param agenciesEver every agency ever involved (registering it, on its team): the same, for agencies
 * @param referrals the dates referrals were received, by referral id
 * @param closures the days the case was closed, in order, each once
 * @param dues the due dates of the plan's actions not done, by action id
 */
record OverviewCase(
        @JsonProperty("_id") String familyId,
        Status status,
        String registeredBy,
        String lead,
        Map<String, String> team,
        Set<String> keyworkersEver,
        Set<String> agenciesEver,
        Map<String, LocalDate> referrals,
        List<LocalDate> closures,
        LocalDate nextReviewOn,
        Map<String, LocalDate> dues) {

    OverviewCase {
        team = team == null ? Map.of() : Map.copyOf(team);
        keyworkersEver = keyworkersEver == null ? Set.of() : Set.copyOf(keyworkersEver);
        agenciesEver = agenciesEver == null ? Set.of() : Set.copyOf(agenciesEver);
        referrals = referrals == null ? Map.of() : Map.copyOf(referrals);
        closures = closures == null ? List.of() : List.copyOf(closures);
        dues = dues == null ? Map.of() : Map.copyOf(dues);
    }

    static OverviewCase registered(String familyId, String agency) {
        return new OverviewCase(
                familyId,
                Status.NOT_OPEN,
                agency,
                null,
                Map.of(),
                Set.of(),
                Set.of(agency),
                Map.of(),
                List.of(),
                null,
                Map.of());
    }

    boolean open() {
        return status == Status.OPEN;
    }

    /** The scopes whose open cases this case is now: its team's keyworkers and every agency involved now. */
    Set<Scope> scopesNow() {
        Set<Scope> scopes = new HashSet<>();
        team.keySet().forEach(userId -> scopes.add(Scope.keyworker(userId)));
        scopes.add(Scope.agency(registeredBy));
        team.values().forEach(agency -> scopes.add(Scope.agency(agency)));
        return scopes;
    }

    /** The scopes its referrals and closures count for: whoever ever worked it. */
    Set<Scope> scopesEver() {
        Set<Scope> scopes = new HashSet<>();
        keyworkersEver.forEach(userId -> scopes.add(Scope.keyworker(userId)));
        agenciesEver.forEach(agency -> scopes.add(Scope.agency(agency)));
        return scopes;
    }

    /** What the open-cases list holds for it. */
    OpenCase asOpen() {
        return new OpenCase(lead, nextReviewOn, dues.values().stream().sorted().toList());
    }

    /**
     * Its closures keyed by family and day: a closure handled again is the same entry, and a case closed,
     * reopened and closed again on one day counts as closed once that day.
     */
    Map<String, LocalDate> closuresByKey() {
        Map<String, LocalDate> keyed = new HashMap<>();
        closures.forEach(closedOn -> keyed.put(familyId + "-" + closedOn, closedOn));
        return keyed;
    }

    OverviewCase withStatus(Status changed) {
        return new OverviewCase(
                familyId,
                changed,
                registeredBy,
                lead,
                team,
                keyworkersEver,
                agenciesEver,
                referrals,
                closures,
                nextReviewOn,
                dues);
    }

    OverviewCase joined(String userId, String agency) {
        Map<String, String> members = new HashMap<>(team);
        members.put(userId, agency);
        Set<String> keyworkers = new HashSet<>(keyworkersEver);
        keyworkers.add(userId);
        Set<String> agencies = new HashSet<>(agenciesEver);
        agencies.add(agency);
        return new OverviewCase(
                familyId,
                status,
                registeredBy,
                lead,
                members,
                keyworkers,
                agencies,
                referrals,
                closures,
                nextReviewOn,
                dues);
    }

    OverviewCase left(String userId) {
        Map<String, String> members = new HashMap<>(team);
        members.remove(userId);
        return new OverviewCase(
                familyId,
                status,
                registeredBy,
                lead,
                members,
                keyworkersEver,
                agenciesEver,
                referrals,
                closures,
                nextReviewOn,
                dues);
    }

    OverviewCase ledBy(String userId) {
        return new OverviewCase(
                familyId,
                status,
                registeredBy,
                userId,
                team,
                keyworkersEver,
                agenciesEver,
                referrals,
                closures,
                nextReviewOn,
                dues);
    }

    OverviewCase referred(String referralId, LocalDate receivedOn) {
        Map<String, LocalDate> received = new HashMap<>(referrals);
        received.put(referralId, receivedOn);
        return new OverviewCase(
                familyId,
                status,
                registeredBy,
                lead,
                team,
                keyworkersEver,
                agenciesEver,
                received,
                closures,
                nextReviewOn,
                dues);
    }

    /** Closed on a day: the lead professional's appointment ends with it. */
    OverviewCase closed(LocalDate closedOn) {
        List<LocalDate> closed = new ArrayList<>(closures);
        if (!closed.contains(closedOn)) {
            closed.add(closedOn);
        }
        return new OverviewCase(
                familyId,
                Status.CLOSED,
                registeredBy,
                null,
                team,
                keyworkersEver,
                agenciesEver,
                referrals,
                closed,
                nextReviewOn,
                dues);
    }

    OverviewCase planned(Map<String, LocalDate> outstanding, LocalDate reviewOn) {
        return new OverviewCase(
                familyId,
                status,
                registeredBy,
                lead,
                team,
                keyworkersEver,
                agenciesEver,
                referrals,
                closures,
                reviewOn,
                outstanding);
    }

    OverviewCase actionsAdded(Map<String, LocalDate> added) {
        Map<String, LocalDate> outstanding = new HashMap<>(dues);
        outstanding.putAll(added);
        return planned(outstanding, nextReviewOn);
    }

    OverviewCase actionDone(String actionId) {
        Map<String, LocalDate> outstanding = new HashMap<>(dues);
        outstanding.remove(actionId);
        return planned(outstanding, nextReviewOn);
    }

    OverviewCase reviewed(LocalDate nextOn) {
        return planned(dues, nextOn);
    }

    /** Whose figures a case counts in: one keyworker's, or one agency's. */
    record Scope(String id) {

        static Scope keyworker(String userId) {
            return new Scope("keyworker/" + userId);
        }

        static Scope agency(String agency) {
            return new Scope("agency/" + agency);
        }

        boolean isAgency() {
            return id.startsWith("agency/");
        }
    }

    /** Where the case stands, as the family's events say (the names are the family record's). */
    enum Status {
        NOT_OPEN,
        OPEN,
        CLOSED
    }
}
