/** REST adapter for families: request records become commands; the acting user comes from the token. */
package uk.joinedup.caseservice.family.web;
