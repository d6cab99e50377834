package uk.joinedup.caseservice.views.identification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.family.api.Relationship;
import uk.joinedup.caseservice.identification.api.CandidatesList;
import uk.joinedup.caseservice.identification.api.CandidatesList.Candidate;
import uk.joinedup.caseservice.identification.record.DecisionRecords;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.schemes.EntryCriteria;
import uk.joinedup.caseservice.outcomes.schemes.FamilyMember;
import uk.joinedup.caseservice.outcomes.schemes.Finding;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;
import uk.joinedup.caseservice.outcomes.schemes.SchemeFamily;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.views.outcomes.PeopleAsSeen;

/**
 * One candidate judged on one day from the facts the policy showed the viewer: the Troubled Families entry
 * criteria and the Supporting Families needs ({@code Scheme.entryOn}), each met criterion with the facts that met
 * it, and how many facts of the kinds the criteria read were withheld (they count for nothing). Pure: every
 * record is passed in.
 */
final class CandidateEvaluation {

    private final Scheme troubledFamilies;
    private final Scheme supportingFamilies;
    private final Set<String> kindsRead;
    private final LocalDate today;

    CandidateEvaluation(Scheme troubledFamilies, Scheme supportingFamilies, Set<String> kindsRead, LocalDate today) {
        this.troubledFamilies = troubledFamilies;
        this.supportingFamilies = supportingFamilies;
        this.kindsRead = Set.copyOf(kindsRead);
        this.today = today;
    }

    /** How many Troubled Families entry criteria make a candidate, as the scheme file says. */
    int criteriaNeeded() {
        return troubledFamilies.entryOn(SchemeFamily.of(List.of()), today).criteriaNeeded();
    }

    /** Whether a candidate is listed: enough entry criteria met, or a Supporting Families need shown. */
    boolean listed(Candidate candidate) {
        return candidate.criteriaMet() >= criteriaNeeded()
                || !candidate.supportingFamiliesNeeds().isEmpty();
    }

    Candidate of(
            CandidateQueries.Assembled candidate,
            Map<String, IdentifiedPerson> filed,
            Map<String, PeopleAsSeen.Seen> seen,
            DecisionRecords.LatestDecision latest) {
        List<CandidatesList.CandidateMember> members = new ArrayList<>();
        List<FamilyMember> schemeMembers = new ArrayList<>();
        Map<FactId, CandidatesList.CandidateFact> facts = new HashMap<>();
        int withheld = 0;
        for (String personId : candidate.memberIds()) {
            IdentifiedPerson person = filed.get(personId);
            if (person != null) {
                members.add(new CandidatesList.CandidateMember(
                        personId, person.givenNames(), person.familyName(), person.dateOfBirth()));
            }
            PeopleAsSeen.Seen asSeen = seen.get(personId);
            if (asSeen == null) {
                continue;
            }
            schemeMembers.add(new FamilyMember(
                    new PersonId(personId), nameOf(person, personId), asSeen.dateOfBirth(), asSeen.shown()));
            for (DatedFact<?> fact : asSeen.shown()) {
                facts.put(
                        fact.id(),
                        new CandidatesList.CandidateFact(
                                personId, fact.fact().getClass().getSimpleName(), fact.occurredOn()));
            }
            withheld += (int)
                    asSeen.withheldKinds().stream().filter(kindsRead::contains).count();
        }
        SchemeFamily family = SchemeFamily.of(schemeMembers);
        EntryCriteria entry = troubledFamilies.entryOn(family, today);
        List<CandidatesList.CandidateCriterion> criteria = entry.criteria().stream()
                .map(criterion -> new CandidatesList.CandidateCriterion(
                        criterion.criterion(),
                        criterion.label(),
                        criterion.finding().met(),
                        reasons(criterion.finding()),
                        evidence(criterion.finding(), facts)))
                .toList();
        List<CandidatesList.CandidateNeed> needs = supportingFamilies.entryOn(family, today).criteria().stream()
                .filter(need -> need.finding().met())
                .map(need -> new CandidatesList.CandidateNeed(
                        need.criterion(), need.label(), evidence(need.finding(), facts)))
                .toList();
        return new Candidate(
                candidate.id().value(),
                candidate.familyId() == null ? CandidatesList.Kind.HOUSEHOLD : CandidatesList.Kind.FAMILY,
                candidate.familyId(),
                candidate.familyName() != null ? candidate.familyName() : householdName(candidate, filed),
                members,
                criteria,
                entry.met(),
                needs,
                withheld,
                latest == null
                        ? null
                        : new CandidatesList.LatestDecision(
                                latest.decision(), latest.reason(), latest.decidedBy(), latest.decidedOn()));
    }

    /** A met criterion's reasons one by one (the scheme joins them with "; "); otherwise why it is not met. */
    private static List<String> reasons(Finding finding) {
        return finding.met() ? Arrays.asList(finding.because().split("; ")) : List.of(finding.because());
    }

    private static List<CandidatesList.CandidateFact> evidence(
            Finding finding, Map<FactId, CandidatesList.CandidateFact> facts) {
        return finding.satisfiedBy().stream()
                .map(facts::get)
                .filter(fact -> fact != null)
                .toList();
    }

    /** The parents' family names, then the children's, each once: "Smith household", "Smith and Jones household". */
    private static String householdName(CandidateQueries.Assembled candidate, Map<String, IdentifiedPerson> filed) {
        Set<String> names = new LinkedHashSet<>();
        for (Relationship role : List.of(Relationship.PARENT, Relationship.CHILD)) {
            candidate.roles().forEach((personId, relationship) -> {
                IdentifiedPerson person = filed.get(personId);
                if (relationship == role && person != null && person.familyName() != null) {
                    names.add(person.familyName());
                }
            });
        }
        return String.join(" and ", names) + " household";
    }

    /** A member's name for the criteria's reasons: as registered, or their id if the index has not filed them. */
    private static String nameOf(IdentifiedPerson person, String personId) {
        return person == null || person.givenNames() == null
                ? personId
                : person.givenNames() + " " + person.familyName();
    }
}
