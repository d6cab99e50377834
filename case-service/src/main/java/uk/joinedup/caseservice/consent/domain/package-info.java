/** The sharing rules, as one pure policy: no Spring, no Axon, no I/O. */
package uk.joinedup.caseservice.consent.domain;
