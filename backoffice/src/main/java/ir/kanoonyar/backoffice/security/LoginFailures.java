package ir.kanoonyar.backoffice.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the login page: "wrong user name or password" for any wrong pair
 * (which never tells whether the name exists), "locked until …" only to whoever gave the right password.
 */
final class LoginFailures implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String to = exception instanceof AccountLocked locked ? LoginPage.lockedUntil(locked.until) : "/login?error";
        response.sendRedirect(request.getContextPath() + to);
    }
}
