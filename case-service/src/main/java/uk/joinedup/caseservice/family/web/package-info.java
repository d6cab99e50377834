/**
 * REST adapter for families: request records become commands (the acting user comes from the token),
 * and family search is answered from the family index.
 */
package uk.joinedup.caseservice.family.web;
