package uk.joinedup.webui.events;

import java.util.List;
import uk.joinedup.webui.govuk.Choice;

/** The kinds of fact of one category, as radios with hints under the category's heading. */
record KindGroup(String heading, List<Choice> kinds) {}
