/**
 * Information sharing agreements, registered by information-governance officers as data: parties,
 * categories, purposes, lawful bases, start, review and end dates; each revision is a new version, so a
 * view can name the version that applied.
 */
package uk.joinedup.caseservice.agreement;
