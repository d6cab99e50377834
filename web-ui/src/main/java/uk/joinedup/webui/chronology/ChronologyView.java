package uk.joinedup.webui.chronology;

import java.util.List;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.Pagination;

/**
 * A page of a chronology ready to show, with its filter and pagination.
 *
 * @param total how many entries the filter matches, on every page
 * @param withheld how many entries are not shared with the user's agency
 * @param withheldNotice what the page says about them
 * @param agencies the agencies the filter offers: those whose entries the user can see
 * @param categories every category
 * @param agency the agency filtered on, or null
 * @param category the category filtered on, or null
 * @param pagination links to the other pages, or null when there is only one
 */
public record ChronologyView(
        List<EntryView> entries,
        int total,
        int withheld,
        WithheldNotice withheldNotice,
        List<Choice> agencies,
        List<Choice> categories,
        String agency,
        String category,
        Pagination pagination) {

    public boolean filtered() {
        return agency != null || category != null;
    }
}
