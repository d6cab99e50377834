package uk.joinedup.webui.person;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.caseservice.PersonView;
import uk.joinedup.webui.caseservice.SexOrGender;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * Correcting a person's details (the old ones stay in the history) and recording their death. A
 * correction names the version of the record the user corrected: if someone else changed it since,
 * nothing is saved and the user sees the latest details next to what they typed. A death, likewise,
 * names the version of the record the page showed.
 */
@Controller
class PersonDetailsController {

    private final People people;
    private final Labels labels;
    private final Clock clock;

    PersonDetailsController(People people, Labels labels, Clock clock) {
        this.people = people;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/people/{personId}/details/correction")
    String correctionForm(@PathVariable String personId, Model model) {
        PersonView person = withDetails(personId);
        CorrectDetailsForm form = new CorrectDetailsForm();
        form.fill(person.details());
        form.setExpectedVersion(person.version());
        model.addAttribute("form", form);
        return correctionPage(person, model);
    }

    @PostMapping("/people/{personId}/details/correction")
    String correct(
            @PathVariable String personId,
            @Valid @ModelAttribute("form") CorrectDetailsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate dateOfBirth = form.getDateOfBirth().validate("dateOfBirth", LocalDate.now(clock), errors);
        if (errors.hasErrors()) {
            FormErrors.addWhereNoneYet(
                    people.problemsWith(form.toRequest(dateOfBirth)), errors, PersonDetailsForm::formField);
        } else {
            try {
                people.correct(
                        personId,
                        form.getExpectedVersion(),
                        form.toRequest(dateOfBirth),
                        form.getReason().strip());
                redirect.addFlashAttribute("success", "person.corrected");
                return "redirect:/people/" + personId;
            } catch (CaseServiceProblem.Conflict conflict) {
                errors.reject("person.conflict");
                PersonView latest = withDetails(personId);
                form.setExpectedVersion(latest.version());
                return correctionPage(latest, model);
            } catch (InvalidRequest invalid) {
                FormErrors.reject(invalid, errors, PersonDetailsForm::formField);
            } catch (CaseServiceProblem.Refused | CaseServiceProblem.Forbidden refused) {
                FormErrors.refused(refused, errors);
            }
        }
        return correctionPage(withDetails(personId), model);
    }

    @GetMapping("/people/{personId}/death")
    String deathForm(@PathVariable String personId, @ModelAttribute("form") DeathForm form, Model model) {
        PersonView person = people.person(personId, ChronologyQuery.now());
        form.setExpectedVersion(person.version());
        model.addAttribute("person", person);
        return "person/death";
    }

    @PostMapping("/people/{personId}/death")
    String recordDeath(
            @PathVariable String personId,
            @ModelAttribute("form") DeathForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate dateOfDeath = form.getDate()
                .validate(
                        "date",
                        new DefaultMessageSourceResolvable("dateOfDeath.label"),
                        new DefaultMessageSourceResolvable("dateOfDeath.missing"),
                        LocalDate.now(clock),
                        errors);
        if (!errors.hasErrors()) {
            try {
                people.recordDeath(personId, form.getExpectedVersion(), dateOfDeath);
                redirect.addFlashAttribute("success", "person.deathRecorded");
                return "redirect:/people/" + personId;
            } catch (CaseServiceProblem.Conflict conflict) {
                errors.reject("person.conflict");
                PersonView latest = people.person(personId, ChronologyQuery.now());
                form.setExpectedVersion(latest.version());
                model.addAttribute("person", latest);
                return "person/death";
            } catch (InvalidRequest invalid) {
                FormErrors.reject(invalid, errors, field -> "dateOfDeath".equals(field) ? "date" : field);
            } catch (CaseServiceProblem.Refused | CaseServiceProblem.Forbidden refused) {
                FormErrors.refused(refused, errors);
            }
        }
        model.addAttribute("person", people.person(personId, ChronologyQuery.now()));
        return "person/death";
    }

    private String correctionPage(PersonView person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("sexOrGenderChoices", labels.choices("enum.SexOrGender.", SexOrGender.values()));
        return "person/correct";
    }

    /** The person, if the user may see their details (only then can they correct them). */
    private PersonView withDetails(String personId) {
        PersonView person = people.person(personId, ChronologyQuery.now());
        if (person.details() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Details not shared with this agency");
        }
        return person;
    }
}
