package uk.joinedup.caseservice.imports.job;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.joinedup.caseservice.imports.matching.MatchThresholds;

/** The scores at which a row is matched or reviewed, as configuration ({@code joinedup.imports.matching.*}). */
@Configuration
class MatchingSettings {

    @Bean
    MatchThresholds matchThresholds(
            @Value("${joinedup.imports.matching.apply:85}") int apply,
            @Value("${joinedup.imports.matching.review:60}") int review) {
        MatchThresholds defaults = MatchThresholds.defaults();
        return new MatchThresholds(apply, review, defaults.rivalWithin());
    }
}
