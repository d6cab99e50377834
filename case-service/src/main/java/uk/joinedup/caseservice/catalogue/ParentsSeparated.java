package uk.joinedup.caseservice.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child's parents separated, recorded on the child and dated when they separated: the family-stability
 * indicator counts children whose parents have stayed together since the birth. Both parents must be
 * recorded as the child's parents ({@link ParentRecorded}). Records made before parents were named (revision
 * 1 of the person events) name neither.
 *
 * @param firstParent one parent's person id
 * @param secondParent the other parent's person id
 */
@FactKind(
        category = InformationCategory.FAMILY,
        recordableBy = {AgencyKind.EARLY_HELP, AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.HEALTH})
public record ParentsSeparated(
        @NotBlank(message = "Enter one parent's person id")
                @Size(max = 100, message = "A parent's person id must be 100 characters or fewer")
                String firstParent,
        @NotBlank(message = "Enter the other parent's person id")
                @Size(max = 100, message = "A parent's person id must be 100 characters or fewer")
                String secondParent)
        implements NamesPeople {

    @JsonIgnore
    @AssertTrue(message = "Enter two different parents")
    public boolean isTwoDifferentParents() {
        return firstParent == null || !firstParent.equals(secondParent);
    }

    @JsonIgnore
    @Override
    public List<String> people() {
        return Stream.of(firstParent, secondParent).filter(Objects::nonNull).toList();
    }
}
