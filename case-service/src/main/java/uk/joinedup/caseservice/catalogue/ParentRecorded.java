package uk.joinedup.caseservice.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * Who one of a child's parents is, recorded on the child: a relationship between two registered people,
 * which the family-stability indicator needs ("living with both birth parents") and early identification joins
 * households by. Schools record it too: their contacts with parental responsibility (the parents-and-carers
 * extract).
 *
 * @param parent the parent's person id
 * @param birthParent whether they are a birth parent (not a step-, adoptive or foster parent)
 */
@FactKind(
        category = InformationCategory.FAMILY,
        recordableBy = {AgencyKind.EARLY_HELP, AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.HEALTH, AgencyKind.EDUCATION
        })
public record ParentRecorded(
        @NotBlank(message = "Enter the parent's person id")
                @Size(max = 100, message = "The parent's person id must be 100 characters or fewer")
                String parent,
        boolean birthParent)
        implements NamesPeople {

    @JsonIgnore
    @Override
    public List<String> people() {
        return List.of(parent);
    }
}
