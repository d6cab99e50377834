package uk.joinedup.caseservice.identification.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.identification.api.CandidateDecided;

/**
 * Reads {@link CandidateDecided} of revision 1 as revision 2, which names the household's members. A decision of
 * revision 1 did not record them, so it reads with none: a member's erasure does not find it (ADR 31).
 */
@Component
class CandidateDecidedRevision1 extends SingleEventUpcaster {

    private static final String TYPE = CandidateDecided.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(TYPE, "2"), JsonNode.class, CandidateDecidedRevision1::toRevision2);
    }

    static JsonNode toRevision2(JsonNode event) {
        ObjectNode upcast = event.deepCopy();
        upcast.putArray("members");
        return upcast;
    }
}
