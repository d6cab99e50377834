package uk.joinedup.caseservice.agreement.api;

import org.axonframework.serialization.Revision;

/**
 * The agreement was revised: a new version with its full terms replaces the one before from now on; the
 * earlier versions stay, so a view can name the version that applied.
 *
 * @param version the new version's number, one more than the last
 * @param reason why it was revised
 */
@Revision("1")
public record SharingAgreementRevised(AgreementId agreementId, int version, Terms terms, String reason)
        implements SharingAgreementEvent {}
