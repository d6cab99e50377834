package uk.joinedup.caseservice.infrastructure.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** How the API describes itself at {@code /v3/api-docs}: every operation needs an identity-service JWT. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "JoinedUp case-service",
                        version = "1",
                        description =
                                "People, families and their single chronology, shared under the sharing policy. The"
                                        + " acting user and agency are always those of the access token."),
        security = @SecurityRequirement(name = "identity-service"))
@SecurityScheme(name = "identity-service", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class OpenApiConfiguration {}
