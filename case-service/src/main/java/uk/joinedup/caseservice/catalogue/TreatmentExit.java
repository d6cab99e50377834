package uk.joinedup.caseservice.catalogue;

/** How a person left treatment: the first three are successful completions. */
public enum TreatmentExit {
    COMPLETED_DRUG_FREE,
    COMPLETED_ALCOHOL_FREE,
    COMPLETED_OCCASIONAL_USER,
    DROPPED_OUT,
    TRANSFERRED,
    DECLINED_FURTHER_TREATMENT,
    OTHER;

    /** A successful completion, in the treatment indicator's sense. */
    public boolean successful() {
        return this == COMPLETED_DRUG_FREE || this == COMPLETED_ALCOHOL_FREE || this == COMPLETED_OCCASIONAL_USER;
    }
}
