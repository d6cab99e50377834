package uk.joinedup.webui.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * What an agreement (or one version of it) says, in words, in the order pages list them.
 *
 * @param parties each agency by name, then each kind of agency ("Every police force")
 * @param lawfulBases their legal titles
 * @param endsOn its last day, or null when open-ended
 */
public record TermsInWords(
        String title,
        List<String> parties,
        List<String> categories,
        List<String> purposes,
        List<String> lawfulBases,
        LocalDate startsOn,
        LocalDate reviewOn,
        LocalDate endsOn) {}
