package uk.joinedup.caseservice.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the demo caseload when the event store is empty and {@code joinedup.demo-data} is true. */
@Component
@ConditionalOnProperty(name = "joinedup.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CommandGateway commands;
    private final EventStorageEngine events;
    private final Clock clock;

    DemoDataLoader(CommandGateway commands, EventStorageEngine events, Clock clock) {
        this.commands = commands;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (events.readEvents(null, false).findAny().isPresent()) {
            return;
        }
        DemoScript script = new DemoScript(commands, LocalDate.now(clock));
        new DemoCaseload(script).load();
        new DemoTeamCaseload(script).load();
        new DemoCaseloadOverview(script).load();
        new DemoOutcomes(script).load();
        new DemoClaims(script, commands).load();
        new DemoIdentification(script).load();
        new DemoRetention(script, commands).load();
        log.info("Loaded the demo caseload: {} commands", script.sent());
    }
}
