/**
 * Upcasters that read early-identification events stored under an earlier revision as the current records: one
 * class per revision step, each with golden samples of the revision it reads in the tests.
 */
package uk.joinedup.caseservice.identification.upcasting;
