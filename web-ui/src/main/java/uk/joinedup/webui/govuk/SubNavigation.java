package uk.joinedup.webui.govuk;

import java.util.List;

/**
 * The MOJ sub-navigation: the parts of a record, each its own page, the one shown marked as current
 * ({@code aria-current="page"}). Plain links, so it works without JavaScript.
 *
 * @param items the parts in order
 */
public record SubNavigation(List<Item> items) {

    /**
     * One part.
     *
     * @param label the message key of its name
     * @param href its address
     * @param current whether it is the page shown
     */
    public record Item(String label, String href, boolean current) {}
}
