package uk.joinedup.webui.caseservice;

/** Where money in a family's budget comes from. */
public enum FundingSource {
    TROUBLED_FAMILIES_GRANT,
    SUPPORTING_PEOPLE,
    POOLED_COMMUNITY_BUDGET,
    INDIVIDUAL_BUDGET,
    OTHER
}
