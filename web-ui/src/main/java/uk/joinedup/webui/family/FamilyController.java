package uk.joinedup.webui.family;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
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
import uk.joinedup.webui.caseservice.ChronologyEntry;
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.chronology.ChronologyPresenter;
import uk.joinedup.webui.govuk.DateForm;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.security.SignedInUser;

/** Registering a family, and its page: now or as it stood at the end of a date. */
@Controller
class FamilyController {

    private static final Set<String> LEAD_CHANGES = Set.of("LeadProfessionalAppointed", "LeadProfessionalHandedOver");

    private final Families families;
    private final ChronologyPresenter chronology;
    private final Clock clock;

    FamilyController(Families families, ChronologyPresenter chronology, Clock clock) {
        this.families = families;
        this.chronology = chronology;
        this.clock = clock;
    }

    @GetMapping("/families/new")
    String registerForm(@ModelAttribute("form") RegisterFamilyForm form) {
        return "family/register";
    }

    @PostMapping("/families/new")
    String register(
            @Valid @ModelAttribute("form") RegisterFamilyForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "family/register";
        }
        try {
            String familyId = families.register(form.getName().strip());
            redirect.addFlashAttribute("success", "family.registered");
            redirect.addFlashAttribute("successArgs", form.getName().strip());
            return "redirect:/families/" + familyId;
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors);
            return "family/register";
        }
    }

    @GetMapping("/families/{familyId}")
    String show(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) InformationCategory category,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        ChronologyQuery query = new ChronologyQuery(asAt, agency == null || agency.isBlank() ? null : agency, category);
        FamilyView family = families.family(familyId, query);
        FamilyView everything = query.filtered() ? families.family(familyId, query.unfiltered()) : family;
        List<ChronologyEntry> leadChanges = everything.entries().stream()
                .filter(entry -> LEAD_CHANGES.contains(entry.kind()))
                .toList();
        model.addAttribute("family", family);
        model.addAttribute(
                "chronology",
                chronology.present(
                        family.entries(),
                        everything.entries(),
                        family.withheld(),
                        family.withheldFrom(),
                        query,
                        family.people(),
                        null,
                        user));
        model.addAttribute(
                "leadHistory",
                chronology
                        .present(leadChanges, leadChanges, 0, query.unfiltered(), family.people(), null, user)
                        .entries());
        model.addAttribute("agencyNames", agencyNames(everything));
        model.addAttribute("asAt", asAt);
        boolean editable = asAt == null && user.practitioner();
        model.addAttribute("editable", editable);
        model.addAttribute("onTeam", family.teamMember(user.username()).isPresent());
        model.addAttribute("mayHandOver", editable && (family.leadIs(user.username()) || user.manager()));
        return "family/show";
    }

    @GetMapping("/families/{familyId}/as-at")
    String asAt(
            @PathVariable String familyId,
            @RequestParam(required = false) String view,
            @ModelAttribute("form") DateForm form,
            BindingResult errors,
            Model model) {
        FamilyView family = families.family(familyId, ChronologyQuery.now());
        if (view != null) {
            LocalDate date = form.getDate()
                    .validate(
                            "date",
                            new DefaultMessageSourceResolvable("asAt.label"),
                            new DefaultMessageSourceResolvable("asAt.missing"),
                            LocalDate.now(clock),
                            errors);
            if (date != null) {
                try {
                    families.family(familyId, new ChronologyQuery(date, null, null));
                    return "redirect:/families/" + familyId + "?asAt=" + date;
                } catch (CaseServiceProblem.NotFound notYetRecorded) {
                    errors.rejectValue("date.day", "asAt.notYetRecorded", new Object[] {Labels.date(date)}, null);
                }
            }
        }
        model.addAttribute("subject", family.name());
        model.addAttribute("action", "/families/" + familyId + "/as-at");
        model.addAttribute("back", "/families/" + familyId);
        return "chronology/as-at";
    }

    /** Names of the agencies an action may be owned by: those on the team and in the chronology. */
    private static Map<String, String> agencyNames(FamilyView family) {
        Map<String, String> names = new LinkedHashMap<>();
        family.entries().forEach(entry -> names.put(entry.owningAgency(), entry.owningAgencyName()));
        family.team().forEach(member -> names.put(member.agency(), member.agencyName()));
        return names;
    }
}
