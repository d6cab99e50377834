/**
 * The decisions on one candidate for early help ({@link uk.joinedup.caseservice.identification.domain.Identification},
 * one stream per candidate id) and the rules they meet: only a team manager of an early-help agency decides,
 * with a reason in plain words, and the same decision with the same reason is not recorded twice.
 */
package uk.joinedup.caseservice.identification.domain;
