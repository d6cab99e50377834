package uk.joinedup.caseservice.budget.api;

/** Where an allocation's money comes from (seed 003: the grant, Supporting People, a pooled or individual budget). */
public enum FundingSource {
    TROUBLED_FAMILIES_GRANT,
    SUPPORTING_PEOPLE,
    POOLED_COMMUNITY_BUDGET,
    INDIVIDUAL_BUDGET,
    OTHER
}
