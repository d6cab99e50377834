package uk.joinedup.webui.emergency;

import jakarta.validation.Valid;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.EmergencyAccess;
import uk.joinedup.webui.caseservice.OverrideReason;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * Breaking glass on a person's record: the reason and an explanation; on success the person's page,
 * which shows the record opened and until when.
 */
@Controller
class BreakGlassController {

    private final EmergencyAccess emergencyAccess;
    private final People people;
    private final Labels labels;

    BreakGlassController(EmergencyAccess emergencyAccess, People people, Labels labels) {
        this.emergencyAccess = emergencyAccess;
        this.people = people;
        this.labels = labels;
    }

    @GetMapping("/people/{personId}/emergency-access")
    String form(@PathVariable String personId, @ModelAttribute("form") BreakGlassForm form, Model model) {
        return page(personId, model);
    }

    @PostMapping("/people/{personId}/emergency-access")
    String breakGlass(
            @PathVariable String personId,
            @Valid @ModelAttribute("form") BreakGlassForm form,
            BindingResult errors,
            Model model) {
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> emergencyAccess.breakGlass(
                                        personId,
                                        reason(form.getReason()),
                                        form.getExplanation().strip()),
                                errors,
                                UnaryOperator.identity(),
                                null)
                        == FormErrors.Outcome.DONE) {
            return "redirect:/people/" + personId;
        }
        return page(personId, model);
    }

    private String page(String personId, Model model) {
        model.addAttribute("person", people.person(personId, ChronologyQuery.now()));
        model.addAttribute("reasons", labels.choices("enum.OverrideReason.", OverrideReason.values()));
        return "emergency/break-glass";
    }

    private static OverrideReason reason(String value) {
        for (OverrideReason reason : OverrideReason.values()) {
            if (reason.name().equals(value)) {
                return reason;
            }
        }
        return null;
    }
}
