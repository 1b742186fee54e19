package ir.kanoonyar.backoffice.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring's masked CSRF token handling, except that a tampered token is always a wrong token: one
 * that unmasks to bytes that are not UTF-8 made Spring throw (a 500), and a form body the container
 * cannot decode (a token tampered into a broken %-escape) gave the container's 400 with a generic
 * "an error occurred". Both are now refused as forgeries, with the Persian 403 page. (The back-office
 * runs on Tomcat, whose exception the second is.)
 */
final class CsrfTokenFromForm implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        try {
            return masked.resolveCsrfTokenValue(request, token);
        } catch (IllegalArgumentException e) {
            // Spring unmasks the token and reads the result as UTF-8, which throws when a tampered token
            // unmasks to bytes that are not: that is a wrong token, not a server error.
            return null;
        } catch (InvalidParameterException e) {
            // Only a body that cannot be decoded (400); one over a size limit (413) keeps the container's
            // answer, which the Persian 413 page names (errors/UploadLimit).
            if (e.getErrorCode() == HttpServletResponse.SC_BAD_REQUEST) {
                return null;
            }
            throw e;
        }
    }
}
