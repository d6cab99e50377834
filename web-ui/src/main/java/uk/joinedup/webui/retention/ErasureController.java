package uk.joinedup.webui.retention;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.ErasureDecision;
import uk.joinedup.webui.caseservice.ErasureView;
import uk.joinedup.webui.caseservice.Erasures;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * "Erasures" for information-governance officers (case-service refuses anyone else, 403): the list by status, an
 * erasure's page, approving one after a confirmation, holding one until a review date, and releasing a hold.
 */
@Controller
class ErasureController {

    static final String PATH = "/erasures";
    /** The "Important" banner when someone else changed the erasure since the page was built. */
    static final String CONFLICT = "erasures.conflict";

    private final Erasures erasures;
    private final Labels labels;
    private final Clock clock;

    ErasureController(Erasures erasures, Labels labels, Clock clock) {
        this.erasures = erasures;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("erasures", erasures.list());
        return "retention/list";
    }

    @GetMapping(PATH + "/{erasureId}")
    String show(@PathVariable String erasureId, Model model) {
        model.addAttribute("erasure", erasures.erasure(erasureId));
        return "retention/show";
    }

    /** The confirmation before an approval: what will be erased, and that it cannot be undone. */
    @GetMapping(PATH + "/{erasureId}/approve")
    String approveForm(@PathVariable String erasureId, Model model) {
        model.addAttribute("erasure", erasures.erasure(erasureId));
        return "retention/approve";
    }

    @PostMapping(PATH + "/{erasureId}/approve")
    String approve(@PathVariable String erasureId, @RequestParam long version, RedirectAttributes redirect) {
        try {
            erasures.approve(erasureId, version);
            redirect.addFlashAttribute("success", "erasures.approved");
        } catch (CaseServiceProblem.Conflict conflict) {
            redirect.addFlashAttribute("important", CONFLICT);
        } catch (CaseServiceProblem.Refused refused) {
            redirect.addFlashAttribute("important", "erasures.refused");
            redirect.addFlashAttribute("importantArgs", new Object[] {refused.getMessage()});
        }
        return "redirect:" + PATH + "/" + erasureId;
    }

    @GetMapping(PATH + "/{erasureId}/hold")
    String holdForm(@PathVariable String erasureId, Model model) {
        ErasureView erasure = erasures.erasure(erasureId);
        HoldForm form = new HoldForm();
        form.setVersion(erasure.version());
        model.addAttribute("form", form);
        return holdPage(erasure, model);
    }

    @PostMapping(PATH + "/{erasureId}/hold")
    String hold(
            @PathVariable String erasureId,
            @Valid @ModelAttribute("form") HoldForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate reviewOn = form.getReviewOn()
                .validate(
                        "reviewOn",
                        new DefaultMessageSourceResolvable("erasures.hold.reviewOn.label"),
                        new DefaultMessageSourceResolvable("erasures.hold.reviewOn.missing"),
                        null,
                        errors);
        if (reviewOn != null && !reviewOn.isAfter(today())) {
            errors.rejectValue("reviewOn.day", "erasures.hold.reviewOn.future");
        }
        if (!errors.hasErrors()) {
            FormErrors.Outcome outcome = FormErrors.attempt(
                    () -> erasures.hold(
                            erasureId,
                            form.getVersion(),
                            form.reasonChosen(),
                            form.getNote().strip(),
                            reviewOn),
                    errors,
                    HoldForm::formField,
                    HoldForm::refusedField,
                    CONFLICT);
            if (outcome != FormErrors.Outcome.REFUSED) {
                return backToErasure(erasureId, outcome, "erasures.held", redirect);
            }
        }
        return holdPage(erasures.erasure(erasureId), model);
    }

    @GetMapping(PATH + "/{erasureId}/release")
    String releaseForm(@PathVariable String erasureId, Model model) {
        ErasureView erasure = erasures.erasure(erasureId);
        ReleaseForm form = new ReleaseForm();
        form.setVersion(erasure.version());
        model.addAttribute("form", form);
        model.addAttribute("erasure", erasure);
        return "retention/release";
    }

    @PostMapping(PATH + "/{erasureId}/release")
    String release(
            @PathVariable String erasureId,
            @Valid @ModelAttribute("form") ReleaseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            FormErrors.Outcome outcome = FormErrors.attempt(
                    () -> erasures.release(
                            erasureId, form.getVersion(), form.getNote().strip()),
                    errors,
                    UnaryOperator.identity(),
                    ReleaseForm::refusedField,
                    CONFLICT);
            if (outcome != FormErrors.Outcome.REFUSED) {
                return backToErasure(erasureId, outcome, "erasures.released", redirect);
            }
        }
        model.addAttribute("erasure", erasures.erasure(erasureId));
        return "retention/release";
    }

    private static String backToErasure(
            String erasureId, FormErrors.Outcome outcome, String done, RedirectAttributes redirect) {
        if (outcome == FormErrors.Outcome.CONFLICT) {
            redirect.addFlashAttribute("important", CONFLICT);
        } else {
            redirect.addFlashAttribute("success", done);
        }
        return "redirect:" + PATH + "/" + erasureId;
    }

    private String holdPage(ErasureView erasure, Model model) {
        model.addAttribute("erasure", erasure);
        model.addAttribute(
                "reasons", labels.choicesWithHints("erasures.hold.reason.", ErasureDecision.HoldReason.values()));
        return "retention/hold";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
