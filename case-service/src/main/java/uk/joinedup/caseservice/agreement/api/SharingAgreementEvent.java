package uk.joinedup.caseservice.agreement.api;

/** Everything that can happen to a sharing agreement, in the past tense. */
public sealed interface SharingAgreementEvent
        permits SharingAgreementRegistered, SharingAgreementRevised, SharingAgreementEnded {

    AgreementId agreementId();
}
