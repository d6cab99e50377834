package uk.joinedup.caseservice.infrastructure.axon;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Copies the actor of an {@link ActingCommand} into the command's metadata. */
final class ActorMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String[] KEYS = {
        ActingCommand.USER_ID,
        ActingCommand.USER_NAME,
        ActingCommand.AGENCY,
        ActingCommand.AGENCY_NAME,
        ActingCommand.AGENCY_KIND
    };

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, message) -> message.getPayload() instanceof ActingCommand acting
                ? message.andMetaData(of(acting.actor()))
                : message;
    }

    private static Map<String, String> of(Actor actor) {
        return Map.of(
                ActingCommand.USER_ID,
                actor.userId(),
                ActingCommand.USER_NAME,
                actor.name(),
                ActingCommand.AGENCY,
                actor.agency().value(),
                ActingCommand.AGENCY_NAME,
                actor.agencyName(),
                ActingCommand.AGENCY_KIND,
                actor.agencyKind().name());
    }
}
