package uk.joinedup.webui.govuk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The GOV.UK pagination component: previous and next links, the first and last pages, the current page
 * with its neighbours, and ellipses for the pages left out ("1 … 4 5 6 … 20").
 *
 * @param previous the previous page's address, or null on the first page
 * @param next the next page's address, or null on the last page
 * @param items the page numbers and ellipses, in order
 */
public record Pagination(String previous, String next, List<Item> items) {

    /**
     * One item: a page (number, address, whether it is the current one) or an ellipsis (number 0).
     */
    public record Item(int number, String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }
    }

    /** Pagination for page {@code current} of {@code pages}; null when there is only one page. */
    public static Pagination of(int current, long pages, IntFunction<String> href) {
        if (pages <= 1) {
            return null;
        }
        int last = (int) pages;
        List<Item> items = new ArrayList<>();
        int previousShown = 0;
        for (int page = 1; page <= last; page++) {
            if (page == 1 || page == last || Math.abs(page - current) <= 1) {
                if (page - previousShown > 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(page, href.apply(page), page == current));
                previousShown = page;
            }
        }
        return new Pagination(
                current > 1 ? href.apply(current - 1) : null, current < last ? href.apply(current + 1) : null, items);
    }
}
