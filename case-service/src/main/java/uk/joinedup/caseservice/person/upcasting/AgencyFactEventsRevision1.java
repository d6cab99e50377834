package uk.joinedup.caseservice.person.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;

/**
 * Reads {@link AgencyFactRecorded} and {@link AgencyFactCorrected} of revision 1 as revision 2. Revision 2
 * changed the shape of some facts inside them:
 *
 * <ul>
 *   <li>{@code AttainmentRecorded} records results by subject; its one judgement for English and maths,
 *       {@code metExpectedStandard}, is kept as {@code metExpectedStandardOverall} (the subject results and
 *       grades are unknown);
 *   <li>{@code ParentsSeparated} names the two parents: a revision 1 record was empty and names neither;
 *   <li>{@code BenefitClaimStarted} has a Universal Credit regime, {@code TreatmentStarted} says whether it
 *       was the first treatment and {@code TreatmentExited} names its start: unknown (null) on revision 1
 *       records, which did not ask.
 * </ul>
 *
 * Only the first changes the stored JSON; the others read as they are, absent fields being null.
 */
@Component
class AgencyFactEventsRevision1 extends SingleEventUpcaster {

    private static final Set<String> EVENTS =
            Set.of(AgencyFactRecorded.class.getName(), AgencyFactCorrected.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return EVENTS.contains(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(representation.getType().getName(), "2"),
                JsonNode.class,
                AgencyFactEventsRevision1::toRevision2);
    }

    static JsonNode toRevision2(JsonNode event) {
        ObjectNode upcast = event.deepCopy();
        if (upcast.get("fact") instanceof ObjectNode fact
                && "AttainmentRecorded".equals(fact.path("type").asText())
                && fact.has("metExpectedStandard")) {
            fact.set("metExpectedStandardOverall", fact.remove("metExpectedStandard"));
        }
        return upcast;
    }
}
