package uk.joinedup.caseservice.infrastructure.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event store behaves.
 *
 * @param snapshotThreshold an aggregate is snapshotted after this many events since its last snapshot
 * @param gapTimeout how long readers wait for an empty position before filling it with a tombstone
 * @param tokenClaimTimeout after this long without an extension, another node may claim a segment
 * @param sealEvents whether new events holding personal data are sealed under their subjects' keys (ADR
 *     31); off only to measure what sealing costs: what was sealed is opened either way
 */
@ConfigurationProperties("joinedup.event-store")
record EventStoreProperties(
        @DefaultValue("100") int snapshotThreshold,
        @DefaultValue("2s") Duration gapTimeout,
        @DefaultValue("10s") Duration tokenClaimTimeout,
        @DefaultValue("true") boolean sealEvents) {}
