package uk.joinedup.caseservice.sharing;

/**
 * The lawful bases and statutory gateways a sharing agreement may rest on. Only the UK GDPR article 9
 * conditions can open special-category data (health, substance misuse), and only where the deployment's
 * information sharing protocol allows it.
 */
public enum LawfulBasis {
    /** UK GDPR article 6(1)(e): a task in the public interest or in official authority. */
    PUBLIC_TASK("UK GDPR article 6(1)(e) public task", false),
    /** UK GDPR article 6(1)(c): a legal obligation. */
    LEGAL_OBLIGATION("UK GDPR article 6(1)(c) legal obligation", false),
    /** UK GDPR article 9(2)(g): substantial public interest (with DPA 2018 schedule 1). */
    SUBSTANTIAL_PUBLIC_INTEREST("UK GDPR article 9(2)(g) substantial public interest", true),
    /** UK GDPR article 9(2)(h): health or social care. */
    HEALTH_OR_SOCIAL_CARE("UK GDPR article 9(2)(h) health or social care", true),
    /** Crime and Disorder Act 1998 section 115. */
    CRIME_AND_DISORDER_ACT_S115("Crime and Disorder Act 1998 section 115", false),
    /** Children Act 2004 section 10: co-operation to improve well-being. */
    CHILDREN_ACT_2004_S10("Children Act 2004 section 10", false),
    /** Children Act 2004 section 11: arrangements to safeguard and promote welfare. */
    CHILDREN_ACT_2004_S11("Children Act 2004 section 11", false),
    /** Digital Economy Act 2017 part 5: public service delivery. */
    DIGITAL_ECONOMY_ACT_2017_PART_5("Digital Economy Act 2017 part 5", false);

    private final String title;
    private final boolean specialCategoryCondition;

    LawfulBasis(String title, boolean specialCategoryCondition) {
        this.title = title;
        this.specialCategoryCondition = specialCategoryCondition;
    }

    /** How the basis is cited. */
    public String title() {
        return title;
    }

    /** Whether it is an article 9 condition for processing special-category data. */
    public boolean specialCategoryCondition() {
        return specialCategoryCondition;
    }
}
