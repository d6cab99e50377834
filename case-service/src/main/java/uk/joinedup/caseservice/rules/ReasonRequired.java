package uk.joinedup.caseservice.rules;

/** Corrections, retractions, refusals and closures say why. */
public class ReasonRequired extends RuleViolation {

    public ReasonRequired() {
        super("reason-required", "Give a reason");
    }
}
