package uk.joinedup.caseservice.catalogue;

/** Benefits; the out-of-work benefits of the entrenched-worklessness indicator are marked. */
public enum Benefit {
    JOBSEEKERS_ALLOWANCE,
    ESA_WORK_RELATED_ACTIVITY_GROUP,
    ESA_SUPPORT_GROUP,
    INCOME_SUPPORT_LONE_PARENT,
    /** Income Support on any ground other than being a lone parent (e.g. as a carer). */
    INCOME_SUPPORT_OTHER,
    CARERS_ALLOWANCE,
    INCAPACITY_BENEFIT,
    SEVERE_DISABLEMENT_ALLOWANCE,
    /** Universal Credit; the claim says its conditionality regime ({@link UniversalCreditRegime}). */
    UNIVERSAL_CREDIT,
    OTHER;

    /** An out-of-work benefit (indicator 4 counts time on any of these). */
    public boolean outOfWork() {
        return this != OTHER;
    }

    /** The Employment and Support Allowance group this benefit is, or null if it is not ESA. */
    public EsaGroup esaGroup() {
        return switch (this) {
            case ESA_WORK_RELATED_ACTIVITY_GROUP -> EsaGroup.WORK_RELATED_ACTIVITY_GROUP;
            case ESA_SUPPORT_GROUP -> EsaGroup.SUPPORT_GROUP;
            default -> null;
        };
    }
}
