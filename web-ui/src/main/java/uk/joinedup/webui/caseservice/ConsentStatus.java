package uk.joinedup.webui.caseservice;

/** Where a consent stands today. */
public enum ConsentStatus {
    ACTIVE,
    NOT_YET_IN_FORCE,
    EXPIRED,
    WITHDRAWN;

    /** It covers today or a day to come, so it can still be withdrawn. */
    public boolean withdrawable() {
        return this == ACTIVE || this == NOT_YET_IN_FORCE;
    }
}
