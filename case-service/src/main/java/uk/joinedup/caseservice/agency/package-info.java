/**
 * Who acts and in whose name: agencies, their kinds, the roles of their staff, and the acting user
 * taken from a verified token. Every feature uses this vocabulary to say who recorded a fact. The ports
 * {@link uk.joinedup.caseservice.agency.PractitionerDirectory} (who a username is, from the staff
 * directory) and {@link uk.joinedup.caseservice.agency.TeamAgencies} (which agencies work with a person
 * through a family's team) let a feature check who is involved without trusting a request body.
 */
package uk.joinedup.caseservice.agency;
