package uk.joinedup.caseservice.catalogue;

/**
 * The conditionality regime of a Universal Credit claim (DWP's "labour market regimes"): the worklessness
 * indicator counts the first four as the equivalents of the out-of-work benefits.
 */
public enum UniversalCreditRegime {
    SEARCHING_FOR_WORK,
    PLANNING_FOR_WORK,
    PREPARING_FOR_WORK,
    NO_WORK_REQUIREMENTS,
    WORKING_WITH_REQUIREMENTS,
    WORKING_NO_REQUIREMENTS
}
