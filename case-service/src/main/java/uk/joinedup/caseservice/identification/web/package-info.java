/**
 * The early-identification REST adapter, for the council's early-help team managers only (the route rule in
 * {@code SecurityConfiguration}): the list of candidates, a decision on one, and confirming a household as a
 * family through the family feature's own commands.
 */
package uk.joinedup.caseservice.identification.web;
