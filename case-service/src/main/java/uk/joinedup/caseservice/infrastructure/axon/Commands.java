package uk.joinedup.caseservice.infrastructure.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.ActingCommand;

/**
 * Sends a command and returns once the read models have processed its events, so that a client
 * reading straight after a write sees what it wrote.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ProjectionCatchUp catchUp;

    Commands(CommandGateway gateway, ProjectionCatchUp catchUp) {
        this.gateway = gateway;
        this.catchUp = catchUp;
    }

    public <R> R send(ActingCommand command) {
        R result = gateway.sendAndWait(command);
        catchUp.awaitHead();
        return result;
    }
}
