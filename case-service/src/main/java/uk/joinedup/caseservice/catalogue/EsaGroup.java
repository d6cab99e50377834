package uk.joinedup.caseservice.catalogue;

/** The groups of an Employment and Support Allowance claim; the worklessness indicator leaves out the support group. */
public enum EsaGroup {
    WORK_RELATED_ACTIVITY_GROUP,
    SUPPORT_GROUP
}
