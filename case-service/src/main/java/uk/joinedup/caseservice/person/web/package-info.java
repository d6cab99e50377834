/**
 * REST adapter for people: request records become commands (the acting user comes from the token), and
 * people are found through the person index. A person's own record (details, death) is changed only by
 * the agencies involved with them; to anyone else it answers as for an unknown person. Identity searches
 * and registration's duplicate check are counted against a per-user limit.
 */
package uk.joinedup.caseservice.person.web;
