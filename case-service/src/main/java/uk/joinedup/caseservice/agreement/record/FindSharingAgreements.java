package uk.joinedup.caseservice.agreement.record;

import uk.joinedup.caseservice.agency.Actor;

/** Every sharing agreement in its current version, as the viewer may see them. */
public record FindSharingAgreements(Actor viewer) {}
