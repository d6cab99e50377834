/**
 * REST adapter for people: request records become commands (the acting user comes from the token), and
 * people are found through the person index.
 */
package uk.joinedup.caseservice.person.web;
