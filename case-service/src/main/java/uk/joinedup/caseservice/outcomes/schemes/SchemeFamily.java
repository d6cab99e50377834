package uk.joinedup.caseservice.outcomes.schemes;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;

/**
 * What a scheme reads about one family, independent of where it is stored. An expectant parent is read from
 * the members' pregnancy facts ({@code PregnancyRecorded}, {@code PregnancyEnded}).
 *
 * @param members the household's members with their facts
 * @param leadProfessionalSince when a lead professional was first appointed, or null if none
 * @param wholeFamilyAssessedOn when the whole-family assessment was made, or null if none
 * @param planAgreedOn when the family's plan was agreed, or null if none
 */
public record SchemeFamily(
        List<FamilyMember> members,
        LocalDate leadProfessionalSince,
        LocalDate wholeFamilyAssessedOn,
        LocalDate planAgreedOn) {

    public SchemeFamily {
        members = List.copyOf(members);
    }

    /** A family known only by its members: no lead professional, assessment or plan recorded. */
    public static SchemeFamily of(List<FamilyMember> members) {
        return new SchemeFamily(members, null, null, null);
    }

    /** Every member's facts. */
    Stream<DatedFact<?>> facts() {
        return members.stream().flatMap(member -> member.facts().stream());
    }
}
