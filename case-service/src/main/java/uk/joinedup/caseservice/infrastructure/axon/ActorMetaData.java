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

    static final String USER_ID = "userId";
    static final String USER_NAME = "userName";
    static final String AGENCY = "agency";
    static final String[] KEYS = {USER_ID, USER_NAME, AGENCY};

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, message) -> message.getPayload() instanceof ActingCommand acting
                ? message.andMetaData(of(acting.actor()))
                : message;
    }

    private static Map<String, String> of(Actor actor) {
        return Map.of(
                USER_ID,
                actor.userId(),
                USER_NAME,
                actor.name(),
                AGENCY,
                actor.agency().value());
    }
}
