package uk.joinedup.caseservice.infrastructure.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;

/** The API description names the header on every create and record (every POST). */
@Component
class IdempotencyKeyHeader implements OperationCustomizer {

    @Override
    public io.swagger.v3.oas.models.Operation customize(
            io.swagger.v3.oas.models.Operation operation, org.springframework.web.method.HandlerMethod handler) {
        if (handler.hasMethodAnnotation(PostMapping.class)) {
            operation.addParametersItem(new HeaderParameter()
                    .name(IdempotentRequests.HEADER)
                    .required(false)
                    .description("Any text of 1 to 100 visible ASCII characters, new for each request: a retry with"
                            + " the same key and request is answered as the first was, without doing it again, for"
                            + " 24 hours; the same key with another request is 422 idempotency-key-reused; while"
                            + " the first is still running, 409 request-in-progress.")
                    .schema(new StringSchema().maxLength(100)));
        }
        return operation;
    }
}
