/**
 * Information sharing agreements, registered by information-governance officers as data: parties,
 * categories, purposes, lawful bases, start, review and end dates; each revision is a new version, so a
 * view can name the version that applied. {@code api} is the persisted contract, {@code domain} the
 * aggregate and its rules, {@code web} the REST adapter, {@code record} the agreements and their
 * versions as the sharing policy and the agreement pages read them.
 */
package uk.joinedup.caseservice.agreement;
