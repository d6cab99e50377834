/** The consents on each person's record, as the sharing policy and the consent pages read them. */
package uk.joinedup.caseservice.consent.record;
