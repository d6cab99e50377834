package uk.joinedup.caseservice.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the policy needs to know about the person an entry is about, as a viewer looks at it: how the
 * viewer relates to them, whether they are a child, and the consents and overrides on their record.
 *
 * @param relationship how the viewer works with them
 * @param dateOfBirth their date of birth, or null when not known (a parent's consent then does not count)
 * @param consents every consent on their record, current or not
 * @param overrides every emergency override on their record, current or not
 */
public record Subject(
        WorkingRelationship relationship,
        LocalDate dateOfBirth,
        List<ConsentTerms> consents,
        List<EmergencyAccess> overrides) {

    public Subject {
        Objects.requireNonNull(relationship, "relationship");
        consents = List.copyOf(consents);
        overrides = List.copyOf(overrides);
    }

    /** A family (or a subject the viewer only relates to): no consents or overrides of its own. */
    public static Subject related(WorkingRelationship relationship) {
        return new Subject(relationship, null, List.of(), List.of());
    }

    /** Whether they are under 18 on {@code day}. */
    public boolean childOn(LocalDate day) {
        return dateOfBirth != null && dateOfBirth.plusYears(18).isAfter(day);
    }
}
