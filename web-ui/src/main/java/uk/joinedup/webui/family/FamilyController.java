package uk.joinedup.webui.family;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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

/**
 * Registering a family, and its page in parts (see {@link FamilyPart}): the summary, household,
 * referrals, team (with the transfers of the case), assessment, plan and reviews, case conferences, budget,
 * the cost of the family beside its support, and a page at a time of the chronology; each now or as it stood
 * at the end of a date.
 */
@Controller
class FamilyController {

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
    String summary(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        FamilyView family = families.family(familyId, ChronologyQuery.withoutEntries(asAt));
        model.addAttribute("attention", FamilyAttention.of(family, asAt == null ? LocalDate.now(clock) : asAt, asAt));
        return show(FamilyPart.SUMMARY, family, asAt, user, model);
    }

    @GetMapping("/families/{familyId}/household")
    String household(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        return show(
                FamilyPart.HOUSEHOLD,
                families.family(familyId, ChronologyQuery.withoutEntries(asAt)),
                asAt,
                user,
                model);
    }

    @GetMapping("/families/{familyId}/referrals")
    String referrals(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        return show(
                FamilyPart.REFERRALS,
                families.family(familyId, ChronologyQuery.withoutEntries(asAt)),
                asAt,
                user,
                model);
    }

    @GetMapping("/families/{familyId}/team")
    String team(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        FamilyView family = families.family(familyId, ChronologyQuery.withoutEntries(asAt));
        model.addAttribute("leadHistory", chronology.entries(family.leadChanges(), family.people()));
        return show(FamilyPart.TEAM, family, asAt, user, model);
    }

    @GetMapping("/families/{familyId}/assessment")
    String assessment(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        return show(
                FamilyPart.ASSESSMENT,
                families.family(familyId, ChronologyQuery.withoutEntries(asAt)),
                asAt,
                user,
                model);
    }

    @GetMapping("/families/{familyId}/plan")
    String plan(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        FamilyView family = families.family(familyId, ChronologyQuery.withoutEntries(asAt));
        model.addAttribute("agencyNames", agencyNames(family));
        return show(FamilyPart.PLAN, family, asAt, user, model);
    }

    /** The case conferences and panels held about the family, newest first, with the actions arising. */
    @GetMapping("/families/{familyId}/conferences")
    String conferences(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        FamilyView family = families.family(familyId, ChronologyQuery.withoutEntries(asAt));
        model.addAttribute("agencyNames", agencyNames(family));
        return show(FamilyPart.CONFERENCES, family, asAt, user, model);
    }

    /** What the family cost the public purse in each of the last financial years, beside the support given. */
    @GetMapping("/families/{familyId}/cost")
    String cost(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        return show(
                FamilyPart.COST, families.family(familyId, ChronologyQuery.withoutEntries(asAt)), asAt, user, model);
    }

    /** The family's budget: what was allocated, what the lead professional commissioned with it, the spend. */
    @GetMapping("/families/{familyId}/budget")
    String budget(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        return show(
                FamilyPart.BUDGET, families.family(familyId, ChronologyQuery.withoutEntries(asAt)), asAt, user, model);
    }

    /** The family's and its members' chronology, a page of it, newest first, filtered or not. */
    @GetMapping("/families/{familyId}/chronology")
    String chronology(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) InformationCategory category,
            @RequestParam(defaultValue = "1") int page,
            @ModelAttribute(name = "user", binding = false) SignedInUser user,
            Model model) {
        ChronologyQuery query = new ChronologyQuery(asAt, agency == null || agency.isBlank() ? null : agency, category)
                .page(Math.max(page, 1));
        FamilyView family = families.family(familyId, query);
        String path = "/families/" + familyId + "/chronology";
        model.addAttribute(
                "chronology",
                chronology.present(
                        family.entries(),
                        family.chronology(),
                        family.agencies(),
                        family.withheld(),
                        family.withheldFrom(),
                        query,
                        path,
                        family.people(),
                        null,
                        user));
        return show(FamilyPart.CHRONOLOGY, family, asAt, user, model);
    }

    /** A part of the family's page, with the family's heading and the sub-navigation to the others. */
    private static String show(FamilyPart part, FamilyView family, LocalDate asAt, SignedInUser user, Model model) {
        model.addAttribute("family", family);
        model.addAttribute("part", part.template());
        model.addAttribute("navigation", part.navigation(family, asAt));
        model.addAttribute("partPath", part.path(family.familyId(), null));
        model.addAttribute("caseworkPart", part.casework());
        model.addAttribute("asAt", asAt);
        boolean editable = asAt == null && user.practitioner();
        model.addAttribute("editable", editable);
        model.addAttribute("onTeam", family.teamMember(user.username()).isPresent());
        boolean leadOrManager = editable && (family.leadIs(user.username()) || user.manager());
        model.addAttribute("mayHandOver", leadOrManager);
        model.addAttribute("leadOrManager", leadOrManager);
        return "family/show";
    }

    @GetMapping("/families/{familyId}/as-at")
    String asAt(
            @PathVariable String familyId,
            @RequestParam(required = false) String view,
            @ModelAttribute("form") DateForm form,
            BindingResult errors,
            Model model) {
        FamilyView family = families.family(familyId, ChronologyQuery.withoutEntries(null));
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
                    families.family(familyId, ChronologyQuery.withoutEntries(date));
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
        family.agencies().forEach(agency -> names.put(agency.id(), agency.name()));
        family.team().forEach(member -> names.put(member.agency(), member.agencyName()));
        return names;
    }
}
