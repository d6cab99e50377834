package uk.joinedup.identity.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No agency, team or user of that id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotFound() {
        super("not found");
    }
}
