package uk.joinedup.caseservice.consent.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.rules.InWords;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * A consent in one plain-English sentence, as it stands on a day: "Housing can see employment and
 * benefits information until 3 March 2027, to support the family."
 */
public final class ConsentWording {

    private ConsentWording() {}

    /**
     * @param agencyName the name to call each recipient agency by
     */
    public static String sentence(ConsentRecord consent, LocalDate today, Function<AgencyId, String> agencyName) {
        String who = list(consent.recipients().stream().map(agencyName).sorted().toList());
        String what = list(consent.categories().stream()
                        .sorted()
                        .map(ConsentWording::inWords)
                        .toList())
                + " information";
        String until = inWords(consent.validUntil());
        String why = inWords(consent.purpose());
        return switch (consent.statusOn(today)) {
            case ACTIVE -> who + " can see " + what + " until " + until + ", " + why + ".";
            case NOT_YET_IN_FORCE ->
                "From " + inWords(consent.validFrom()) + ", " + who + " can see " + what + " until " + until + ", "
                        + why + ".";
            case EXPIRED -> who + " could see " + what + " until " + until + ", " + why + ". The consent has expired.";
            case WITHDRAWN ->
                "Withdrawn on " + inWords(consent.withdrawnOn()) + ": " + who + " can no longer see " + what + ".";
        };
    }

    private static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String inWords(InformationCategory category) {
        return category.name().replace('_', ' ').toLowerCase(Locale.UK);
    }

    private static String inWords(Purpose purpose) {
        return switch (purpose) {
            case FAMILY_SUPPORT -> "to support the family";
            case SAFEGUARDING -> "to keep someone safe from harm";
            case CRIME_AND_DISORDER -> "to prevent crime and disorder";
            case OUTCOMES -> "to measure the outcomes of the support and claim payment by results";
            case EARLY_IDENTIFICATION -> "to find families who may need early help, for the early-help team to judge";
        };
    }

    private static String inWords(LocalDate date) {
        return InWords.date(date);
    }
}
