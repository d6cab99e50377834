package uk.joinedup.webui.person;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.caseservice.PersonDetailsRequest;
import uk.joinedup.webui.caseservice.PersonMatch;
import uk.joinedup.webui.caseservice.SexOrGender;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * Registering a person. People already registered who may be the same person are offered first ("Is
 * this the same person?"); the user registers a new record only after saying they are not. A
 * registration refused because its identifier is already registered shows them again. Started
 * from a family's "add a member", it goes back there with the person.
 */
@Controller
class RegisterPersonController {

    private static final String IDENTIFIER_TAKEN = "identifier-already-registered";

    private final People people;
    private final Labels labels;
    private final Clock clock;

    RegisterPersonController(People people, Labels labels, Clock clock) {
        this.people = people;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/people/new")
    String form(@ModelAttribute("form") RegisterPersonForm form, Model model) {
        form.setConfirmed(false);
        return page(model);
    }

    @PostMapping("/people/new")
    String register(
            @Valid @ModelAttribute("form") RegisterPersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate dateOfBirth = form.getDateOfBirth().validate("dateOfBirth", LocalDate.now(clock), errors);
        if (errors.hasErrors()) {
            FormErrors.addWhereNoneYet(
                    people.problemsWith(form.toRequest(dateOfBirth)), errors, PersonDetailsForm::formField);
            return page(model);
        }
        PersonDetailsRequest person = form.toRequest(dateOfBirth);
        try {
            if (!form.isConfirmed()) {
                List<PersonMatch> matches = people.possibleDuplicates(person);
                if (!matches.isEmpty()) {
                    return duplicates(matches, model);
                }
            }
            String personId = people.register(person);
            redirect.addFlashAttribute("success", "person.registered");
            redirect.addFlashAttribute("successArgs", person.givenNames() + " " + person.familyName());
            return form.getFamily() == null || form.getFamily().isBlank()
                    ? "redirect:/people/" + personId
                    : "redirect:/families/" + form.getFamily() + "/members/new/" + personId;
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors, PersonDetailsForm::formField);
        } catch (CaseServiceProblem.Refused refused) {
            if (IDENTIFIER_TAKEN.equals(refused.code())) {
                // case-service names nobody in the refusal: who holds the identifier is a (logged) search
                List<PersonMatch> matches = people.possibleDuplicates(person);
                if (!matches.isEmpty()) {
                    return duplicates(matches, model);
                }
            }
            FormErrors.refused(refused, errors);
        } catch (CaseServiceProblem.Forbidden refused) {
            FormErrors.refused(refused, errors);
        }
        return page(model);
    }

    private static String duplicates(List<PersonMatch> matches, Model model) {
        model.addAttribute("matches", matches);
        model.addAttribute("sameIdentifier", matches.stream().anyMatch(PersonMatch::sameIdentifier));
        return "person/duplicates";
    }

    private String page(Model model) {
        model.addAttribute("sexOrGenderChoices", labels.choices("enum.SexOrGender.", SexOrGender.values()));
        return "person/register";
    }
}
