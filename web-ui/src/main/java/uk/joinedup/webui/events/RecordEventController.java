package uk.joinedup.webui.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.springframework.web.util.UriComponentsBuilder;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.FactType;
import uk.joinedup.webui.caseservice.FactTypes;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.People;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/** Recording an agency fact about a person: choose the kind, then fill in the form made for it. */
@Controller
class RecordEventController {

    private final People people;
    private final FactTypes factTypes;
    private final FactFields fields;
    private final Labels labels;
    private final Clock clock;

    RecordEventController(People people, FactTypes factTypes, FactFields fields, Labels labels, Clock clock) {
        this.people = people;
        this.factTypes = factTypes;
        this.fields = fields;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/people/{personId}/events/new")
    String chooseKind(@PathVariable String personId, @ModelAttribute("form") KindForm form, Model model) {
        return kindPage(personId, model);
    }

    @PostMapping("/people/{personId}/events/new")
    String kindChosen(
            @PathVariable String personId, @ModelAttribute("form") KindForm form, BindingResult errors, Model model) {
        if (form.getType() == null || form.getType().isBlank()) {
            errors.rejectValue("type", "event.type.missing");
            return kindPage(personId, model);
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/people/{personId}/events/new/{type}")
                        .buildAndExpand(personId, form.getType())
                        .encode()
                        .toUriString();
    }

    @GetMapping("/people/{personId}/events/new/{type}")
    String form(@PathVariable String personId, @PathVariable String type, Model model) {
        FactType kind = recordable(type);
        FactForm form = new FactForm();
        form.setOccurredOn(DateInput.of(LocalDate.now(clock)));
        fields.prepare(kind, form);
        model.addAttribute("form", form);
        return formPage(personId, kind, model);
    }

    @PostMapping("/people/{personId}/events/new/{type}")
    String record(
            @PathVariable String personId,
            @PathVariable String type,
            @ModelAttribute("form") FactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FactType kind = recordable(type);
        LocalDate occurredOn = form.getOccurredOn().validate("occurredOn", LocalDate.now(clock), errors);
        Map<String, Object> fact = fields.toFact(kind, form, errors);
        if (errors.hasErrors()) {
            return formPage(personId, kind, model);
        }
        try {
            people.recordFact(personId, occurredOn, fact);
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors, field -> FactFields.formField(kind, field));
            return formPage(personId, kind, model);
        } catch (CaseServiceProblem.Refused | CaseServiceProblem.Forbidden refused) {
            FormErrors.refused(refused, errors);
            return formPage(personId, kind, model);
        }
        redirect.addFlashAttribute("success", "event.recorded");
        redirect.addFlashAttribute("successArgs", labels.get("kind." + kind.type()));
        return "redirect:/people/" + personId + "/chronology";
    }

    private String kindPage(String personId, Model model) {
        model.addAttribute("person", people.person(personId, ChronologyQuery.now()));
        model.addAttribute("groups", groups(factTypes.recordableByMe()));
        return "events/choose";
    }

    private String formPage(String personId, FactType kind, Model model) {
        model.addAttribute("person", people.person(personId, ChronologyQuery.now()));
        model.addAttribute("kind", kind.type());
        model.addAttribute("fields", fields.fields(kind));
        model.addAttribute("action", "/people/" + personId + "/events/new/" + kind.type());
        return "events/form";
    }

    private List<KindGroup> groups(List<FactType> kinds) {
        return kinds.stream().collect(Collectors.groupingBy(FactType::category)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(group -> new KindGroup(
                        labels.get("category." + group.getKey()),
                        group.getValue().stream()
                                .map(kind -> new Choice(
                                        kind.type(),
                                        labels.getOrDefault("kind." + kind.type(), kind.type()),
                                        labels.getOrDefault("kind." + kind.type() + ".hint", null)))
                                .toList()))
                .toList();
    }

    private FactType recordable(String type) {
        return factTypes
                .recordableByMe(type)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Not a kind your agency records"));
    }
}
