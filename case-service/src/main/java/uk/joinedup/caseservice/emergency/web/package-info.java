/**
 * REST adapter for reviewing emergency overrides and for the review queue. Breaking glass, which must
 * know what of the person's record is withheld from the practitioner, and the overrides shown on a
 * person's record are in {@code views}.
 */
package uk.joinedup.caseservice.emergency.web;
