/** REST adapter for people: request records become commands; refusals become problem details. */
package uk.joinedup.caseservice.person.web;
