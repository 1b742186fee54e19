package ir.kanoonyar.backoffice.requests;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What a reviewer decides on the request page. */
public enum Decision {
    APPROVE,
    REJECT,
    RETURN;

    /** Reject and return need a comment that tells the applicant why. */
    public boolean needsComment() {
        return this != APPROVE;
    }

    /** The last part of the address the decision is posted to: /requests/{id}/{path}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A decision named in a form; anything else is a bad request, not a server error. */
    static Decision parse(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name == null ? "" : name.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }
}
