/** Describes the event catalogue to clients: each kind of fact, its fields and who may record it. */
package uk.joinedup.caseservice.catalogue.web;
