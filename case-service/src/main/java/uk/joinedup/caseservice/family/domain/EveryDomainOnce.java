package uk.joinedup.caseservice.family.domain;

import uk.joinedup.caseservice.rules.RuleViolation;

/** A whole-family assessment scores every domain exactly once. */
class EveryDomainOnce extends RuleViolation {

    EveryDomainOnce() {
        super(
                "every-domain-once",
                "Score every domain once: family, education, offending, work, health, housing and money");
    }
}
