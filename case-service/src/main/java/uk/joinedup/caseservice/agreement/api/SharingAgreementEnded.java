package uk.joinedup.caseservice.agreement.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The agreement was ended: it applies up to and including {@code endsOn} and never after, whatever its
 * terms said.
 *
 * @param endsOn its last day
 * @param reason why it was ended
 */
@Revision("1")
public record SharingAgreementEnded(AgreementId agreementId, LocalDate endsOn, String reason)
        implements SharingAgreementEvent {}
