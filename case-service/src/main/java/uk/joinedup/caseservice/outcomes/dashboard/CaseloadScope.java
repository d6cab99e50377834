package uk.joinedup.caseservice.outcomes.dashboard;

/** Whose open caseload a family is in: one keyworker's (on its team), or one agency's (involved in it). */
record CaseloadScope(String id) {

    static CaseloadScope keyworker(String userId) {
        return new CaseloadScope("keyworker/" + userId);
    }

    static CaseloadScope agency(String agency) {
        return new CaseloadScope("agency/" + agency);
    }

    boolean isAgency() {
        return id.startsWith("agency/");
    }
}
