package uk.joinedup.webui.caseservice;

import java.util.List;

/**
 * The erasures an officer works through: proposed (earliest retention end first), held (soonest review first),
 * approved (being carried out), and those completed in one month ({@code completedIn}, YYYY-MM; latest first).
 */
public record ErasureList(
        List<ErasureView> proposed,
        List<ErasureView> held,
        List<ErasureView> approved,
        String completedIn,
        List<ErasureView> completed) {

    static final ErasureList EMPTY = new ErasureList(List.of(), List.of(), List.of(), null, List.of());

    public ErasureList {
        proposed = proposed == null ? List.of() : List.copyOf(proposed);
        held = held == null ? List.of() : List.copyOf(held);
        approved = approved == null ? List.of() : List.copyOf(approved);
        completed = completed == null ? List.of() : List.copyOf(completed);
    }

    /** Nothing in any list. */
    public boolean empty() {
        return proposed.isEmpty() && held.isEmpty() && approved.isEmpty() && completed.isEmpty();
    }
}
