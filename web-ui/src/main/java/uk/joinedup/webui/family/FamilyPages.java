package uk.joinedup.webui.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.FormErrors;

/** What the pages that change a family share: the family as it is now, today, and going back to it. */
@Component
class FamilyPages {

    private final Families families;
    private final Clock clock;

    FamilyPages(Families families, Clock clock) {
        this.families = families;
        this.clock = clock;
    }

    /** The family as it is now, put in the model as {@code family}. */
    FamilyView current(String familyId, Model model) {
        FamilyView family = families.family(familyId, ChronologyQuery.withoutEntries(null));
        model.addAttribute("family", family);
        return family;
    }

    /** The family as it is now, put in the model, with its version on the form to send back with the change. */
    FamilyView showing(String familyId, VersionedForm form, Model model) {
        FamilyView family = current(familyId, model);
        form.setExpectedVersion(family.version());
        return family;
    }

    /**
     * Sends a change made on a page that showed the family at the form's version (see {@link
     * FormErrors#attempt(Runnable, BindingResult, UnaryOperator, String)}). If someone else changed the
     * family since, the form is given the latest version, to show again with the message that it changed.
     */
    FormErrors.Outcome attempt(
            String familyId,
            VersionedForm form,
            Runnable change,
            BindingResult errors,
            UnaryOperator<String> toFormField,
            Model model) {
        return attempt(familyId, form, change, errors, toFormField, code -> null, model);
    }

    /**
     * As {@link #attempt(String, VersionedForm, Runnable, BindingResult, UnaryOperator, Model)}, with a refusal
     * put against the form field {@code refusedField} names for its rule's code (see {@link
     * FormErrors#attempt(Runnable, BindingResult, UnaryOperator, UnaryOperator, String)}).
     */
    FormErrors.Outcome attempt(
            String familyId,
            VersionedForm form,
            Runnable change,
            BindingResult errors,
            UnaryOperator<String> toFormField,
            UnaryOperator<String> refusedField,
            Model model) {
        FormErrors.Outcome outcome = FormErrors.attempt(change, errors, toFormField, refusedField, "family.conflict");
        if (outcome == FormErrors.Outcome.CONFLICT) {
            showing(familyId, form, model);
        }
        return outcome;
    }

    DateInput today() {
        return DateInput.of(LocalDate.now(clock));
    }

    /**
     * A date the user says something happened on: required, real, not in the future. Its label and
     * "missing" message are {@code <code>.label} and {@code <code>.missing}.
     */
    LocalDate past(DateInput date, String path, String code, BindingResult errors) {
        return date.validate(
                path,
                new DefaultMessageSourceResolvable(code + ".label"),
                new DefaultMessageSourceResolvable(code + ".missing"),
                LocalDate.now(clock),
                errors);
    }

    /** The option a form sent, or null if it sent none (or one there is not): case-service then says what to choose. */
    static <E extends Enum<E>> E option(Class<E> type, String value) {
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(value)) {
                return option;
            }
        }
        return null;
    }

    /**
     * Back to the part of the family's page where the change shows, saying what was done ({@code
     * message}, about {@code subject} if not null).
     */
    String done(String familyId, FamilyPart part, String message, String subject, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", message);
        redirect.addFlashAttribute("successArgs", subject);
        return "redirect:" + part.path(familyId, null);
    }
}
