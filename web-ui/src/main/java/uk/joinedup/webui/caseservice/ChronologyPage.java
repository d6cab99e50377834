package uk.joinedup.webui.caseservice;

/**
 * Which page of a chronology a person or family view carries: newest first, after the filter.
 *
 * @param page the page number, from 1
 * @param pageSize entries a page (0 when only the counts were asked for)
 * @param total how many entries the user may see that the filter matches, on every page
 * @param pages how many pages there are at this size
 */
public record ChronologyPage(int page, int pageSize, int total, int pages) {

    static final ChronologyPage NONE = new ChronologyPage(1, 0, 0, 0);
}
