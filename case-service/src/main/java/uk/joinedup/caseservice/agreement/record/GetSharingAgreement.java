package uk.joinedup.caseservice.agreement.record;

import uk.joinedup.caseservice.agency.Actor;

/** One sharing agreement with every version, as the viewer may see it. */
public record GetSharingAgreement(String agreementId, Actor viewer) {}
