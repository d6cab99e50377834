package uk.joinedup.webui.person;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.caseservice.PersonChronology;
import uk.joinedup.webui.govuk.DateInput;

@Controller
class PersonController {

    private final People people;
    private final Clock clock;

    PersonController(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/people/new")
    String registerForm(@ModelAttribute("form") RegisterPersonForm form) {
        return "person/register";
    }

    @PostMapping("/people/new")
    String register(
            @Valid @ModelAttribute("form") RegisterPersonForm form, BindingResult errors, RedirectAttributes redirect) {
        LocalDate dateOfBirth = form.getDateOfBirth().validate("dateOfBirth", LocalDate.now(clock), errors);
        if (errors.hasErrors()) {
            return "person/register";
        }
        try {
            String personId = people.register(
                    form.getGivenNames().strip(), form.getFamilyName().strip(), dateOfBirth);
            redirect.addFlashAttribute("success", "person.registered");
            return "redirect:/people/" + personId;
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors);
            return "person/register";
        }
    }

    @GetMapping("/people/{personId}")
    String show(@PathVariable String personId, Model model) {
        PersonChronology person = people.chronology(personId);
        model.addAttribute("person", person);
        return "person/show";
    }

    @GetMapping("/people/{personId}/case-notes/new")
    String caseNoteForm(@PathVariable String personId, @ModelAttribute("form") CaseNoteForm form, Model model) {
        form.setOccurredOn(DateInput.of(LocalDate.now(clock)));
        model.addAttribute("person", people.chronology(personId));
        return "person/case-note";
    }

    @PostMapping("/people/{personId}/case-notes/new")
    String recordCaseNote(
            @PathVariable String personId,
            @Valid @ModelAttribute("form") CaseNoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate occurredOn = form.getOccurredOn().validate("occurredOn", LocalDate.now(clock), errors);
        if (!errors.hasErrors()) {
            try {
                people.recordCaseNote(personId, occurredOn, form.getText().strip());
                redirect.addFlashAttribute("success", "caseNote.recorded");
                return "redirect:/people/" + personId;
            } catch (InvalidRequest invalid) {
                FormErrors.reject(invalid, errors);
            }
        }
        model.addAttribute("person", people.chronology(personId));
        return "person/case-note";
    }
}
