/** The sharing agreements and their versions, as the sharing policy and the agreement pages read them. */
package uk.joinedup.caseservice.agreement.record;
