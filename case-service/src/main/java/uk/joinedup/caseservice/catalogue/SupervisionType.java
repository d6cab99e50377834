package uk.joinedup.caseservice.catalogue;

/** The kind of supervision a person is under. */
public enum SupervisionType {
    COMMUNITY_ORDER,
    SUSPENDED_SENTENCE_ORDER,
    LICENCE,
    POST_SENTENCE_SUPERVISION,
    REFERRAL_ORDER,
    YOUTH_REHABILITATION_ORDER
}
