package uk.joinedup.caseservice.retention.erasure.record;

import java.util.List;

/**
 * The erasures an officer works through: proposed (earliest retention end first), held (soonest review first),
 * approved (being carried out), and those completed in one month (latest first).
 *
 * @param completedIn the month of the completed list, {@code YYYY-MM}
 */
public record ErasureList(
        List<ErasureView> proposed,
        List<ErasureView> held,
        List<ErasureView> approved,
        String completedIn,
        List<ErasureView> completed) {}
