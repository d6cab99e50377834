/**
 * The sharing agreement aggregate, one event stream per agreement across its versions, and the named
 * rules it enforces: only information-governance officers change agreements; an agreement names its
 * parties, what they share, what for and on what lawful basis, with its dates in order; an ended
 * agreement is not revised or ended again.
 */
package uk.joinedup.caseservice.agreement.domain;
