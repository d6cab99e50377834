package uk.joinedup.caseservice.person.web;

/** The id of what a request created. */
record Created(String id) {}
