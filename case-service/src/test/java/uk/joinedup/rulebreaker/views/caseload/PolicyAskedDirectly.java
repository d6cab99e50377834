package uk.joinedup.rulebreaker.views.caseload;

import uk.joinedup.caseservice.sharing.Decision;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.SharingPolicy;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;

/** Breaks "the sharing policy decides only through a Disclosure". */
public class PolicyAskedDirectly {

    Decision peek(SharingPolicy policy, Viewer viewer, Subject subject, SharedEntry entry) {
        return policy.decide(viewer, subject, entry);
    }
}
