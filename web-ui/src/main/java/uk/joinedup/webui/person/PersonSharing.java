package uk.joinedup.webui.person;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.joinedup.webui.caseservice.Consents;
import uk.joinedup.webui.caseservice.EmergencyAccess;
import uk.joinedup.webui.caseservice.OverridesView;
import uk.joinedup.webui.caseservice.OverridesView.OverrideView;
import uk.joinedup.webui.chronology.ChronologyView;
import uk.joinedup.webui.directory.Agency;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.security.SignedInUser;

/**
 * How a person's record is shared, for their page as it is now (see {@code person/sharing.html}): the
 * consents in force, the emergency overrides case-service shows the user, the user's own active
 * override, and whether to offer emergency access (a practitioner from whom some of the record is
 * withheld, for a reason other than their role).
 */
@Component
class PersonSharing {

    private final Consents consents;
    private final EmergencyAccess emergencyAccess;
    private final StaffDirectory directory;

    PersonSharing(Consents consents, EmergencyAccess emergencyAccess, StaffDirectory directory) {
        this.consents = consents;
        this.emergencyAccess = emergencyAccess;
        this.directory = directory;
    }

    /**
     * Puts how the record is shared in the model; with the chronology's withheld notice, if the page shows
     * the chronology (null if not), the offer of emergency access.
     */
    void addTo(Model model, String personId, ChronologyView chronology, SignedInUser user) {
        OverridesView overrides = emergencyAccess.overridesOf(personId);
        Optional<OverrideView> mine = overrides.activeFor(user.username());
        model.addAttribute("consents", consents.of(personId));
        model.addAttribute("mayRecordConsent", user.practitioner() || user.informationGovernance());
        model.addAttribute("overrides", overrides);
        model.addAttribute("myOverride", mine.orElse(null));
        model.addAttribute("agencyNames", overrides.overrides().isEmpty() ? Map.of() : agencyNames());
        if (chronology != null
                && user.practitioner()
                && mine.isEmpty()
                && chronology.withheldNotice().openable()) {
            model.addAttribute("emergencyAccessOffer", "/people/" + personId + "/emergency-access");
        }
    }

    private Map<String, String> agencyNames() {
        return directory.agencies().stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }
}
