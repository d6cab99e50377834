package uk.joinedup.identity.infrastructure;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words of the message bundle, for errors built in controllers (field id to message). */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String text(String key, Object... arguments) {
        return source.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
