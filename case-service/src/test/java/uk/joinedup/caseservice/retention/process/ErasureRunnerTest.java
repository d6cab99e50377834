package uk.joinedup.caseservice.retention.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.axon.ProjectionCatchUp;
import uk.joinedup.caseservice.infrastructure.crypto.ErasedSubjects;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys;
import uk.joinedup.caseservice.infrastructure.eventstore.CommitLogEventStorageEngine;
import uk.joinedup.caseservice.infrastructure.eventstore.MutableClock;
import uk.joinedup.caseservice.infrastructure.eventstore.SealExistingEvents;
import uk.joinedup.caseservice.person.api.EraseRecord;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;

/** No key is destroyed while events written before sealing are still in plaintext (ADR 31, section 4). */
class ErasureRunnerTest {

    private final ErasuresToCarryOut erasures = mock(ErasuresToCarryOut.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final ProjectionCatchUp readModels = mock(ProjectionCatchUp.class);
    private final SubjectKeys keys = mock(SubjectKeys.class);
    private final CommitLogEventStorageEngine events = mock(CommitLogEventStorageEngine.class);
    private final ErasedSubjects erased = mock(ErasedSubjects.class);
    private final SealExistingEvents history = mock(SealExistingEvents.class);
    private final MutableClock clock = new MutableClock();
    private final ErasureRunner runner =
            new ErasureRunner(erasures, commands, readModels, keys, events, erased, List.of(), clock, history);

    @BeforeEach
    void oneErasureApproved() {
        when(erasures.all()).thenReturn(Map.of("erasure-1", DataSubject.person("p-1")));
        when(readModels.awaitHead(any())).thenReturn(true);
        when(erased.heardWithin()).thenReturn(Duration.ZERO);
    }

    @Test
    void waitsWithoutAStepWhileEventsWrittenBeforeSealingAreNotAllSealed() {
        when(history.complete()).thenReturn(false);

        runner.runApprovedErasures();
        runner.runApprovedErasures();

        verifyNoInteractions(commands, keys, events, erased);
    }

    @Test
    void carriesTheErasureOutOnceEveryEventIsSealed() {
        when(history.complete()).thenReturn(false, true);
        runner.runApprovedErasures();

        runner.runApprovedErasures();

        verify(commands).sendAndWait(new EraseRecord(new PersonId("p-1"), new ErasureId("erasure-1")));
        verify(keys).destroy("person/p-1", "erasure-1");
        verify(events).deleteSnapshot("p-1");
    }

    @Test
    void aFailingErasureIsTriedAgainAfterAWaitThatDoublesUpToAnHour() {
        when(history.complete()).thenReturn(true);
        when(commands.sendAndWait(any())).thenThrow(new IllegalStateException("the store is down"));
        List<Duration> waits =
                List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
        runner.runApprovedErasures();
        for (Duration wait : waits) {
            clock.advance(wait.minusSeconds(1));
            runner.runApprovedErasures();
            clock.advance(Duration.ofSeconds(1));
            runner.runApprovedErasures();
        }

        verify(commands, times(5)).sendAndWait(any());
        assertThat(ErasureRunner.Retry.after(new ErasureRunner.Retry(20, Instant.EPOCH), Instant.EPOCH)
                        .next())
                .isEqualTo(Instant.EPOCH.plus(Duration.ofHours(1)));
        assertThat(ErasureRunner.Retry.after(new ErasureRunner.Retry(9, Instant.EPOCH), Instant.EPOCH)
                        .next())
                .as("5 s doubled nine times is 42 minutes 40 seconds")
                .isEqualTo(Instant.EPOCH.plus(Duration.ofSeconds(2560)));
    }

    @Test
    void anErasureThatSucceedsAfterFailingIsNoLongerHeldBack() {
        when(history.complete()).thenReturn(true);
        when(commands.sendAndWait(any()))
                .thenThrow(new IllegalStateException("down"))
                .thenReturn(null);
        runner.runApprovedErasures();
        clock.advance(Duration.ofSeconds(5));
        runner.runApprovedErasures();
        when(commands.sendAndWait(any())).thenThrow(new IllegalStateException("down again"));

        clock.advance(Duration.ofSeconds(5));
        runner.runApprovedErasures();

        verify(keys).destroy("person/p-1", "erasure-1");
        verify(commands, times(4)).sendAndWait(any());
    }
}
