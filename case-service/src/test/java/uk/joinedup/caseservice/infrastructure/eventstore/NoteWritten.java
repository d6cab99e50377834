package uk.joinedup.caseservice.infrastructure.eventstore;

import org.axonframework.serialization.Revision;

/** A test event at its second revision; revision 1 called {@code text} {@code note}. */
@Revision("2")
record NoteWritten(String subject, String text, int words) {}
