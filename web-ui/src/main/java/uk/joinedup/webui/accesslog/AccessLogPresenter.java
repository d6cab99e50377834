package uk.joinedup.webui.accesslog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.joinedup.webui.caseservice.ChainVerification;
import uk.joinedup.webui.caseservice.LoggedAccess;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.govuk.Times;

/**
 * Puts the access log into words: what was done ({@code accesslog.what.<WHAT>}), each category shown
 * ({@code category.*}) with its bases ({@code accesslog.basis.<BASIS>}) or withheld with its reasons
 * ({@code accesslog.withheld.<REASON>}), and what verifying the chain found. Values case-service may add
 * later are shown as they come.
 */
@Component
class AccessLogPresenter {

    private final Labels labels;
    private final Times times;

    AccessLogPresenter(Labels labels, Times times) {
        this.labels = labels;
        this.times = times;
    }

    List<RecordView> records(List<LoggedAccess> records, Map<String, String> agencyNames) {
        return records.stream().map(record -> record(record, agencyNames)).toList();
    }

    RecordView record(LoggedAccess record, Map<String, String> agencyNames) {
        return new RecordView(
                record.sequence(),
                times.at(record.at()),
                record.userName() == null ? record.userId() : record.userName(),
                agencyNames.getOrDefault(record.agency(), record.agency()),
                labels.getOrDefault("accesslog.what." + record.what(), record.what()),
                href(record),
                record.search(),
                lines(record.shown(), "accesslog.basis."),
                lines(record.withheld(), "accesslog.withheld."));
    }

    VerificationView verification(ChainVerification verification) {
        ChainVerification.BrokenLink broken = verification.firstBroken();
        boolean intact = verification.intact() || broken == null;
        String heading = intact
                ? labels.get("accesslog.verification.intact", verification.checked())
                : labels.get(
                        broken.problem() == null
                                ? "accesslog.verification.broken"
                                : "accesslog.verification.problem." + broken.problem(),
                        broken.sequence());
        return new VerificationView(
                intact,
                heading,
                intact ? null : broken.detail(),
                verification.from(),
                verification.through(),
                verification.headSequence(),
                verification.headHash(),
                verification.elapsedMillis());
    }

    private List<String> lines(Map<String, List<String>> byCategory, String prefix) {
        return byCategory.entrySet().stream()
                .map(category -> labels.get(
                        "accesslog.category",
                        labels.getOrDefault("category." + category.getKey(), category.getKey()),
                        category.getValue().stream()
                                .map(value -> labels.getOrDefault(prefix + value, value))
                                .collect(Collectors.joining(", "))))
                .toList();
    }

    private static String href(LoggedAccess record) {
        if (record.subjectId() == null || record.what() == null) {
            return null;
        }
        if (record.what().startsWith("PERSON") && !record.what().endsWith("SEARCH")) {
            return "/people/" + record.subjectId();
        }
        if (record.what().startsWith("FAMILY") && !record.what().endsWith("SEARCH")) {
            return "/families/" + record.subjectId();
        }
        return null;
    }
}
