package uk.joinedup.caseservice.agreement.api;

import org.axonframework.serialization.Revision;

/**
 * An information-governance officer registered a sharing agreement: its first version.
 *
 * @param version always 1
 */
@Revision("1")
public record SharingAgreementRegistered(AgreementId agreementId, int version, Terms terms)
        implements SharingAgreementEvent {}
