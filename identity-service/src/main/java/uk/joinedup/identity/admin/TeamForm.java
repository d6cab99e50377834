package uk.joinedup.identity.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.infrastructure.Messages;

/**
 * The team form as submitted.
 *
 * @param agencyId the agency the team belongs to; fixed once created
 * @param name the team's name
 */
record TeamForm(String agencyId, String name) {

    TeamForm {
        agencyId = agencyId == null ? "" : agencyId.trim();
        name = name == null ? "" : name.trim();
    }

    Map<String, String> errors(Administrator by, Directory directory, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (directory.agency(agencyId).isEmpty() || !by.manages(agencyId)) {
            errors.put("agencyId", messages.text("admin.user.agency.invalid"));
        }
        if (name.isEmpty() || name.length() > UserForm.LONGEST_NAME) {
            errors.put("name", messages.text("admin.team.name.invalid", UserForm.LONGEST_NAME));
        }
        return errors;
    }

    /** A new team's id: its agency's and its name's words, joined by dashes. */
    String newId() {
        String words = name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return agencyId + "-" + (words.isEmpty() ? "team" : words);
    }
}
