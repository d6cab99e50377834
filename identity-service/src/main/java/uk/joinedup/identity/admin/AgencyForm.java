package uk.joinedup.identity.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.joinedup.identity.directory.AgencyKind;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.infrastructure.Messages;

/**
 * The agency form as submitted.
 *
 * @param id the id tokens carry, lower-case words joined by dashes; fixed once created
 * @param name the name users see
 * @param kind the kind of service
 */
record AgencyForm(String id, String name, String kind) {

    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    AgencyForm {
        id = id == null ? "" : id.trim();
        name = name == null ? "" : name.trim();
        kind = kind == null ? "" : kind.trim();
    }

    Map<String, String> errors(boolean creating, Directory directory, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (creating) {
            if (!id.matches(ID) || id.length() > 64) {
                errors.put("id", messages.text("admin.agency.id.invalid"));
            } else if (directory.agency(id).isPresent()) {
                errors.put("id", messages.text("admin.agency.id.taken"));
            }
        }
        if (name.isEmpty() || name.length() > UserForm.LONGEST_NAME) {
            errors.put("name", messages.text("admin.agency.name.invalid", UserForm.LONGEST_NAME));
        }
        if (java.util.Arrays.stream(AgencyKind.values())
                .noneMatch(known -> known.name().equals(kind))) {
            errors.put("kind", messages.text("admin.agency.kind.invalid"));
        }
        return errors;
    }
}
