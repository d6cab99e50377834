package uk.joinedup.rulebreaker.agency;

import uk.joinedup.rulebreaker.family.api.FamilyThing;

/** Breaks "the kernel depends on nothing above it". */
public class KernelReachingUp {
    FamilyThing family;
}
