package uk.joinedup.caseservice.catalogue;

/** Benefits; the out-of-work benefits of the entrenched-worklessness indicator are marked. */
public enum Benefit {
    JOBSEEKERS_ALLOWANCE,
    ESA_WORK_RELATED_ACTIVITY_GROUP,
    ESA_SUPPORT_GROUP,
    INCOME_SUPPORT_LONE_PARENT,
    INCAPACITY_BENEFIT,
    SEVERE_DISABLEMENT_ALLOWANCE,
    UNIVERSAL_CREDIT,
    OTHER;

    /** An out-of-work benefit (indicator 4 counts time on any of these). */
    public boolean outOfWork() {
        return this != OTHER;
    }
}
