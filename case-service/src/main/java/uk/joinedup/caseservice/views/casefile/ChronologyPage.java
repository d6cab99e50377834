package uk.joinedup.caseservice.views.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The page of a chronology a person or family view carries: newest first, after the filter, {@link
 * #MAX_SIZE} entries a page at most. Withheld entries are counted before paging, so every page says the
 * same about them.
 *
 * @param page the page number, from 1; past the last page the view carries no entries
 * @param pageSize entries a page; 0 when the view was asked for the counts only
 * @param total how many entries the viewer may see that the filter matches, on every page
 */
public record ChronologyPage(int page, int pageSize, int total) {

    /** The most entries one view carries, and how many it carries unless asked for fewer. */
    public static final int MAX_SIZE = 50;

    /** Whether a page of this size can be asked for: page from 1, 0 to {@link #MAX_SIZE} entries. */
    public static boolean valid(int page, int pageSize) {
        return page >= 1 && pageSize >= 0 && pageSize <= MAX_SIZE;
    }

    /** How many pages there are at this size (0 when there are no entries or none were asked for). */
    @JsonProperty("pages")
    public int pages() {
        return pageSize == 0 ? 0 : (total + pageSize - 1) / pageSize;
    }

    /** This page of entries already in order. */
    <T> List<T> of(List<T> ordered) {
        long from = (long) (page - 1) * pageSize;
        if (pageSize == 0 || from >= ordered.size()) {
            return List.of();
        }
        return ordered.subList((int) from, (int) Math.min(from + pageSize, ordered.size()));
    }
}
