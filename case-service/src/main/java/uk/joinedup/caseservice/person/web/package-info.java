/** REST adapter for people: request records become commands; the acting user comes from the token. */
package uk.joinedup.caseservice.person.web;
