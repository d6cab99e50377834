package uk.joinedup.caseservice.engagement;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The disengagement rules (configuration: {@code joinedup.disengagement.rules}); any one raises the flag. */
@ConfigurationProperties("joinedup.disengagement")
public record DisengagementProperties(List<DisengagementRule> rules) {

    public DisengagementProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
