package uk.joinedup.identity.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.identity.audit.AuditEvent;
import uk.joinedup.identity.audit.AuditEventType;
import uk.joinedup.identity.audit.AuditFilter;
import uk.joinedup.identity.audit.AuditLog;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.UserAccount;

/**
 * The audit trail for administrators, newest first, filtered by kind and user; an agency administrator
 * sees their own agency's. The same, whole, as CSV.
 */
@Controller
class AuditController {

    static final int PAGE = 50;

    private final Administrators administrators;
    private final AuditLog audit;

    AuditController(Administrators administrators, AuditLog audit) {
        this.administrators = administrators;
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) Long before,
            Model model) {
        AuditFilter filter = filter(administrators.current(signedIn), type, user);
        List<AuditEvent> events = audit.newest(filter, before, PAGE + 1);
        model.addAttribute(
                "events", events.stream().limit(PAGE).map(AuditRow::of).toList());
        model.addAttribute("older", events.size() > PAGE ? events.get(PAGE - 1).sequence() : null);
        model.addAttribute(
                "types", Arrays.stream(AuditEventType.values()).map(Enum::name).toList());
        model.addAttribute("type", filter.type() == null ? "" : filter.type().name());
        model.addAttribute("user", filter.subject() == null ? "" : filter.subject());
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    void csv(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String user,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = filter(administrators.current(signedIn), type, user);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"identity-audit.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader("sequence", "at", "type", "actor", "subject", "agency", "address", "detail")
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            audit.each(filter, event -> {
                try {
                    csv.printRecord(
                            event.sequence(),
                            event.at().toString(),
                            event.type().name(),
                            cell(event.actor()),
                            cell(event.subject()),
                            cell(event.agencyId()),
                            cell(event.address()),
                            cell(event.detail()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static AuditFilter filter(Administrator by, String type, String user) {
        AuditEventType kind = Arrays.stream(AuditEventType.values())
                .filter(known -> known.name().equals(type))
                .findFirst()
                .orElse(null);
        String subject = user == null || user.isBlank() ? null : UserAccount.normalise(user);
        return new AuditFilter(by.system() ? null : by.agencyId(), subject, kind);
    }

    /** A value a spreadsheet will not run as a formula (OWASP CSV injection). */
    private static String cell(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
