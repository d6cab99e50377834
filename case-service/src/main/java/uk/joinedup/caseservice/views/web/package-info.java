/** REST adapter for the composed views: the case file of a person or family, caseloads and inboxes. */
package uk.joinedup.caseservice.views.web;
