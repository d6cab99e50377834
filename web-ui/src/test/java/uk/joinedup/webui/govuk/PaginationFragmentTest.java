package uk.joinedup.webui.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The GOV.UK pagination fragment rendered: the current page marked, its neighbours linked, gaps shown. */
class PaginationFragmentTest {

    @Test
    void marksTheCurrentPageAndTheGaps() {
        String html = render(Pagination.of(4, 9, page -> "/x?page=" + page));

        assertThat(html)
                .contains("class=\"govuk-pagination__item govuk-pagination__item--current\"")
                .containsPattern("href=\"/x\\?page=4\"\\s+aria-label=\"Page 4\" aria-current=\"page\"")
                .contains("class=\"govuk-pagination__item govuk-pagination__item--ellipses\"")
                .contains("href=\"/x?page=3\" rel=\"prev\"")
                .contains("href=\"/x?page=5\" rel=\"next\"")
                .doesNotContain("href=\"/x?page=2\"");
    }

    private static String render(Pagination pagination) {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        engine.setTemplateEngineMessageSource(messages);
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(
                    IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
        return engine.process(
                "<div th:replace=\"~{fragments/govuk :: pagination(${pagination}, 'Pages')}\"></div>",
                new Context(Locale.UK, Map.of("pagination", pagination)));
    }
}
