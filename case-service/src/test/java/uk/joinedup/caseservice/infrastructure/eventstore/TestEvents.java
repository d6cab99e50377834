package uk.joinedup.caseservice.infrastructure.eventstore;

import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;

/** Events and the serializer for event-store tests. */
final class TestEvents {

    static final String AGGREGATE_TYPE = "Subject";

    private TestEvents() {}

    static JacksonSerializer serializer() {
        return JacksonSerializer.defaultSerializer();
    }

    static DomainEventMessage<NoteWritten> note(String aggregate, long sequenceNumber) {
        return new GenericDomainEventMessage<>(
                AGGREGATE_TYPE,
                aggregate,
                sequenceNumber,
                new NoteWritten(aggregate, "note " + sequenceNumber, 2),
                MetaData.from(Map.of("userName", "Pat Probation")));
    }

    static EventMessage<NoteWritten> unattached(String text) {
        return GenericEventMessage.asEventMessage(new NoteWritten("nobody", text, 1));
    }

    static List<DomainEventMessage<?>> notes(String aggregate, long from, int count) {
        return java.util.stream.LongStream.range(from, from + count)
                .<DomainEventMessage<?>>mapToObj(sequence -> note(aggregate, sequence))
                .toList();
    }
}
