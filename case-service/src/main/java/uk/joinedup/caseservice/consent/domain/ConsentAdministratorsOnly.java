package uk.joinedup.caseservice.consent.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Consents are recorded and withdrawn by keyworkers, team managers and information-governance officers,
 * not by administrators. A later issue narrows this to the agencies involved with the person.
 */
class ConsentAdministratorsOnly extends RuleViolation {

    ConsentAdministratorsOnly() {
        super(
                "consent-administrators-only",
                "Only a keyworker, a team manager or an information-governance officer can record or withdraw"
                        + " a consent");
    }
}
