package uk.joinedup.webui;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the style sheets, scripts and GOV.UK Frontend from their own paths only, in place of Spring
 * Boot's default of serving every path ({@code /**}) from the static folders ({@code
 * spring.web.resources.add-mappings: false}). With that default, every link a page rendered (fifty
 * families on a caseload page, several links each) was looked up as a possible static file in four
 * places inside the jar, because the resource chain rewrites links to static files: that lookup was
 * about 60 % of web-ui's processor time under load. Now only links under these paths are looked up,
 * and those once (the chain caches what it found). Versionless {@code /webjars/} links resolve to the
 * packaged version as before.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
