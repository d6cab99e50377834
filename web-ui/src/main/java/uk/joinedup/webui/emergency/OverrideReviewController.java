package uk.joinedup.webui.emergency;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.EmergencyAccess;
import uk.joinedup.webui.caseservice.OverrideSummary;
import uk.joinedup.webui.directory.Agency;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.govuk.Times;

/**
 * The review queue: every emergency override awaiting review for an information-governance officer,
 * those that opened their agency's records for a team manager; and reviewing one, justified or not,
 * with a note.
 */
@Controller
class OverrideReviewController {

    private final EmergencyAccess emergencyAccess;
    private final StaffDirectory directory;
    private final Labels labels;
    private final Times times;

    OverrideReviewController(EmergencyAccess emergencyAccess, StaffDirectory directory, Labels labels, Times times) {
        this.emergencyAccess = emergencyAccess;
        this.directory = directory;
        this.labels = labels;
        this.times = times;
    }

    @GetMapping("/emergency-access")
    String queue(Model model) {
        List<OverrideSummary> awaiting = emergencyAccess.awaitingReview();
        model.addAttribute("overrides", awaiting);
        model.addAttribute("agencyNames", awaiting.isEmpty() ? Map.of() : agencyNames());
        return "emergency/queue";
    }

    @GetMapping("/emergency-access/{overrideId}/review")
    String reviewForm(@PathVariable String overrideId, @ModelAttribute("form") ReviewForm form, Model model) {
        return reviewPage(overrideId, model);
    }

    @PostMapping("/emergency-access/{overrideId}/review")
    String review(
            @PathVariable String overrideId,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        OverrideSummary override = awaiting(overrideId);
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> emergencyAccess.review(
                                        overrideId,
                                        form.isJustified(),
                                        form.getNote().strip()),
                                errors,
                                UnaryOperator.identity(),
                                null)
                        == FormErrors.Outcome.DONE) {
            redirect.addFlashAttribute(
                    "success", form.isJustified() ? "emergency.reviewed.justified" : "emergency.reviewed.notJustified");
            redirect.addFlashAttribute("successArgs", override.userName());
            return "redirect:/emergency-access";
        }
        return reviewPage(override, model);
    }

    private String reviewPage(String overrideId, Model model) {
        return reviewPage(awaiting(overrideId), model);
    }

    private String reviewPage(OverrideSummary override, Model model) {
        model.addAttribute("override", override);
        model.addAttribute(
                "caption", labels.get("emergency.queue.card", override.userName(), times.at(override.from())));
        model.addAttribute("agencyNames", agencyNames());
        model.addAttribute(
                "verdicts",
                List.of(
                        Choice.of("true", labels.get("emergency.review.justified")),
                        Choice.of("false", labels.get("emergency.review.notJustified"))));
        return "emergency/review";
    }

    /** The override, if it still awaits the user's review. */
    private OverrideSummary awaiting(String overrideId) {
        return emergencyAccess.awaitingReview().stream()
                .filter(override -> override.overrideId().equals(overrideId))
                .findFirst()
                .orElseThrow(() -> new CaseServiceProblem.NotFound("No emergency access awaits your review"));
    }

    private Map<String, String> agencyNames() {
        return directory.agencies().stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }
}
