/**
 * Who acts and in whose name: agencies, their kinds, the roles of their staff, and the acting user
 * taken from a verified token. Every feature uses this vocabulary to say who recorded a fact.
 */
package uk.joinedup.caseservice.agency;
