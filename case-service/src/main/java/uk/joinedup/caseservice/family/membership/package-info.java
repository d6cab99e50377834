/**
 * Which households each person belongs to: one document per person, keyed by person id. The person
 * page lists their families from it, sharing decisions find the teams around the person through it, and
 * it answers {@link uk.joinedup.caseservice.agency.TeamAgencies} (which agencies' teams work with a
 * person) for the person feature's checks on who may change their record. Beside it, everyone who has been in each
 * household, so that an erased family leaves its members' documents.
 */
package uk.joinedup.caseservice.family.membership;
