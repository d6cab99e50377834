package uk.joinedup.webui.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.ChronologyEntry;
import uk.joinedup.webui.caseservice.FactType;
import uk.joinedup.webui.caseservice.FactTypes;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.caseservice.PersonView;
import uk.joinedup.webui.chronology.ChronologyPresenter;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.security.SignedInUser;

/**
 * Correcting or retracting an agency fact the user's agency recorded. Either way the entry stays in
 * the chronology, with what it said before, who changed it and why.
 */
@Controller
class AmendEventController {

    private final People people;
    private final FactTypes factTypes;
    private final FactFields fields;
    private final ChronologyPresenter chronology;
    private final Labels labels;
    private final Clock clock;

    AmendEventController(
            People people,
            FactTypes factTypes,
            FactFields fields,
            ChronologyPresenter chronology,
            Labels labels,
            Clock clock) {
        this.people = people;
        this.factTypes = factTypes;
        this.fields = fields;
        this.chronology = chronology;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/people/{personId}/events/{factId}/correction")
    String correctionForm(
            @PathVariable String personId,
            @PathVariable String factId,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        PersonView person = people.personWithEntry(personId, factId, user.agencyId());
        ChronologyEntry entry = ownFact(person, factId, user);
        FactType kind = recordable(entry.kind());
        model.addAttribute("form", fields.formFor(kind, entry.fact(), entry.occurredOn()));
        return correctionPage(person, factId, kind, model);
    }

    @PostMapping("/people/{personId}/events/{factId}/correction")
    String correct(
            @PathVariable String personId,
            @PathVariable String factId,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            @ModelAttribute("form") FactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonView person = people.personWithEntry(personId, factId, user.agencyId());
        FactType kind = recordable(ownFact(person, factId, user).kind());
        LocalDate occurredOn = form.getOccurredOn().validate("occurredOn", LocalDate.now(clock), errors);
        Map<String, Object> fact = fields.toFact(kind, form, errors);
        if (form.getReason() == null || form.getReason().isBlank()) {
            errors.rejectValue("reason", "event.correction.reason.missing");
        }
        if (errors.hasErrors()) {
            return correctionPage(person, factId, kind, model);
        }
        try {
            people.correctFact(
                    personId, factId, occurredOn, fact, form.getReason().strip());
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors, field -> FactFields.formField(kind, field));
            return correctionPage(person, factId, kind, model);
        } catch (CaseServiceProblem.Refused | CaseServiceProblem.Forbidden refused) {
            FormErrors.refused(refused, errors);
            return correctionPage(person, factId, kind, model);
        }
        redirect.addFlashAttribute("success", "event.corrected");
        redirect.addFlashAttribute("successArgs", labels.get("kind." + kind.type()));
        return "redirect:/people/" + personId + "/chronology";
    }

    @GetMapping("/people/{personId}/events/{factId}/retraction")
    String retractionForm(
            @PathVariable String personId,
            @PathVariable String factId,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            @ModelAttribute("form") RetractionForm form,
            Model model) {
        PersonView person = people.personWithEntry(personId, factId, user.agencyId());
        return retractionPage(person, ownFact(person, factId, user), model);
    }

    @PostMapping("/people/{personId}/events/{factId}/retraction")
    String retract(
            @PathVariable String personId,
            @PathVariable String factId,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            @ModelAttribute("form") RetractionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonView person = people.personWithEntry(personId, factId, user.agencyId());
        ChronologyEntry entry = ownFact(person, factId, user);
        if (form.getReason() == null || form.getReason().isBlank()) {
            errors.rejectValue("reason", "event.retraction.reason.missing");
            return retractionPage(person, entry, model);
        }
        try {
            people.retractFact(personId, factId, form.getReason().strip());
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors);
            return retractionPage(person, entry, model);
        } catch (CaseServiceProblem.Refused | CaseServiceProblem.Forbidden refused) {
            FormErrors.refused(refused, errors);
            return retractionPage(person, entry, model);
        }
        redirect.addFlashAttribute("success", "event.retracted");
        redirect.addFlashAttribute("successArgs", labels.get("kind." + entry.kind()));
        return "redirect:/people/" + personId + "/chronology";
    }

    private String correctionPage(PersonView person, String factId, FactType kind, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("action", "/people/" + person.personId() + "/events/" + factId + "/correction");
        model.addAttribute("kind", kind.type());
        model.addAttribute("fields", fields.fields(kind));
        model.addAttribute("correction", true);
        return "events/form";
    }

    private String retractionPage(PersonView person, ChronologyEntry entry, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("entry", entry);
        model.addAttribute("rows", chronology.factRows(entry.fact()));
        model.addAttribute("action", "/people/" + person.personId() + "/events/" + entry.entryId() + "/retraction");
        return "events/retract";
    }

    /** An agency fact about this person, not retracted, that the user's agency recorded. */
    private static ChronologyEntry ownFact(PersonView person, String factId, SignedInUser user) {
        return person.entries().stream()
                .filter(entry -> entry.entryId().equals(factId))
                .filter(entry -> entry.fact() != null && !entry.retracted())
                .filter(entry -> entry.owningAgency().equals(user.agencyId()))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such entry of yours"));
    }

    private FactType recordable(String type) {
        return factTypes
                .recordableByMe(type)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Not a kind your agency records"));
    }
}
