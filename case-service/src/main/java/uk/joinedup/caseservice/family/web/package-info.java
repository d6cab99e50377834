/**
 * REST adapter for families: request records become commands (the acting user comes from the token),
 * and family search is answered from the family index. Who is involved is never taken from a request
 * body: practitioners are named by username and resolved through the staff directory, and the actor's
 * standing in the case (team manager of an involved agency, registering agency) is read from the
 * family's record and passed with the command, for the aggregate to decide with its own lead and team.
 */
package uk.joinedup.caseservice.family.web;
