package uk.joinedup.webui.cohortcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import uk.joinedup.webui.caseservice.CohortCostView;
import uk.joinedup.webui.caseservice.CohortCostView.AgencyBeforeAndAfter;
import uk.joinedup.webui.caseservice.CostUnit;
import uk.joinedup.webui.caseservice.FamilyCostView.UnitCost;
import uk.joinedup.webui.family.CostInWords;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.Pounds;

/** The cohort's page rendered from its template and the real messages: the summary, each agency, the empty state. */
class CohortPageTest {

    private static final UnitCost ASB = new UnitCost(
            "AntiSocialBehaviourReported",
            Map.of(),
            CostUnit.OCCURRENCE,
            null,
            new BigDecimal("700"),
            "Police",
            "An anti-social behaviour incident",
            "Illustrative");

    @Test
    void summarisesTheCohortAndEachAgencysCostBeforeAndAfterWithTheUnitCostsAndTheirSources() {
        String html = render(cohort(
                2,
                1,
                1,
                List.of(
                        new AgencyBeforeAndAfter(
                                "Council children's services", money("30000"), money("3000"), money("-27000")),
                        new AgencyBeforeAndAfter("Police", money("1400"), money("1600"), money("200")))));

        assertThat(html)
                .contains("These are estimates.")
                .contains("1 family compared has information withheld from you, which is not counted.")
                .contains("Families compared")
                .contains("Too recent to compare")
                .contains("£31,400")
                .contains("£4,600")
                .contains("Fell by £26,800")
                .contains("£120.50 from family budgets and £6,475 of keyworkers&#39; time")
                .contains("Council children&#39;s services")
                .contains("Fell by £27,000")
                .contains("Rose by £200")
                .contains("href=\"/costs/cohort.csv\"")
                .contains("An anti-social behaviour incident")
                .contains("Illustrative")
                .doesNotContain("data-testid=\"cohort-empty\"");
    }

    @Test
    void saysWhyThereIsNothingToCompareYet() {
        String html = render(cohort(0, 3, 0, List.of()));

        assertThat(html)
                .contains("data-testid=\"cohort-empty\"")
                .contains("No family of your cases opened a year ago or more, so there is nothing to compare yet.")
                .contains("3 families opened less than a year ago: each will be compared once its first year is over.")
                .doesNotContain("data-testid=\"cohort-summary\"")
                .doesNotContain("data-testid=\"cohort-csv\"")
                .as("the unit costs are shown all the same")
                .contains("data-testid=\"unit-costs\"");
    }

    private static CohortCostView cohort(
            int compared, int tooRecent, int withheld, List<AgencyBeforeAndAfter> byAgency) {
        BigDecimal before = byAgency.stream().map(AgencyBeforeAndAfter::before).reduce(money("0"), BigDecimal::add);
        BigDecimal after = byAgency.stream().map(AgencyBeforeAndAfter::after).reduce(money("0"), BigDecimal::add);
        return new CohortCostView(
                LocalDate.of(2026, 12, 3),
                compared,
                tooRecent,
                withheld,
                byAgency,
                before,
                after,
                after.subtract(before),
                money("120.50"),
                money("6475"),
                money("6595.50"),
                List.of(),
                List.of(ASB),
                money("35"),
                money("3"),
                "Illustrative");
    }

    private static BigDecimal money(String pounds) {
        return new BigDecimal(pounds).setScale(2);
    }

    private static String render(CohortCostView cohort) {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        engine.setTemplateEngineMessageSource(BundleLabels.messages());
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(
                    IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
        StaticApplicationContext beans = new StaticApplicationContext();
        beans.getBeanFactory().registerSingleton("pounds", new Pounds());
        beans.getBeanFactory().registerSingleton("costChange", new CostChangeInWords(BundleLabels.labels()));
        beans.getBeanFactory().registerSingleton("costInWords", new CostInWords(BundleLabels.labels()));
        beans.refresh();
        Context context = new Context(java.util.Locale.UK, Map.of("cohort", cohort, "csv", "/costs/cohort.csv"));
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(beans, null));
        return engine.process("<div th:replace=\"~{costs/cohort :: content}\"></div>", context);
    }
}
