package uk.joinedup.rulebreaker.beta;

import uk.joinedup.rulebreaker.alpha.Alpha;

/** Breaks "no cycles between top-level packages", with {@link Alpha}. */
public class Beta {
    Alpha alpha;
}
