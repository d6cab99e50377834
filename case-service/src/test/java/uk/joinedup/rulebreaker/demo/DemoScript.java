package uk.joinedup.rulebreaker.demo;

import uk.joinedup.rulebreaker.family.web.FamilyEndpoint;

/** Breaks "only web depends on web". */
public class DemoScript {
    FamilyEndpoint endpoint;
}
