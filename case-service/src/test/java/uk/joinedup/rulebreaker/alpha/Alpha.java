package uk.joinedup.rulebreaker.alpha;

import uk.joinedup.rulebreaker.beta.Beta;

/** Breaks "no cycles between top-level packages", with {@link Beta}. */
public class Alpha {
    Beta beta;
}
