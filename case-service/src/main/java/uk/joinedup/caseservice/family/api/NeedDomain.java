package uk.joinedup.caseservice.family.api;

import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The areas a whole-family assessment scores (Common Assessment Framework style). The evidence written
 * for a domain describes information of its category, and is shared as that category.
 */
public enum NeedDomain {
    FAMILY(InformationCategory.FAMILY),
    EDUCATION(InformationCategory.EDUCATION),
    OFFENDING(InformationCategory.OFFENDING),
    WORK(InformationCategory.EMPLOYMENT_AND_BENEFITS),
    HEALTH(InformationCategory.HEALTH),
    HOUSING(InformationCategory.HOUSING),
    MONEY(InformationCategory.EMPLOYMENT_AND_BENEFITS);

    private final InformationCategory category;

    NeedDomain(InformationCategory category) {
        this.category = category;
    }

    /** The category of information the domain's evidence describes. */
    public InformationCategory category() {
        return category;
    }
}
