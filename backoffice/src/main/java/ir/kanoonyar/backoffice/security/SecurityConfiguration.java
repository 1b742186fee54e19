package ir.kanoonyar.backoffice.security;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login for staff; everything but the login page, the public checks and the actuator needs a
 * signed-in staff member (the actuator's own guard, metrics/MetricsAccess, runs before this chain:
 * health is public, Prometheus needs the scrape token). HSTS (Spring Security's default) goes out on
 * HTTPS requests, which behind a proxy means one a trusted proxy says came over HTTPS. CSRF is on for
 * every form (Spring's default, kept on purpose), a new session is issued at login, cookies are
 * HttpOnly and SameSite (application.yml). Sessions exist only for signed-in staff. Logins are
 * throttled per account (LoginAttempts) and per address.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12) {
            // Spring's encoder throws on more than 72 bytes; at a login such a password is simply wrong.
            @Override
            protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
                return PasswordPolicy.fitsBcrypt(rawPassword) && super.matchesNonNull(rawPassword, encodedPassword);
            }
        };
    }

    /**
     * The staff login: a disabled account is refused before the password is checked, a locked one
     * only after it (StaffAccounts#refuseIfLocked), so the right password learns until when.
     */
    @Bean
    DaoAuthenticationProvider staffLogin(StaffAccounts staff, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staff);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
        });
        provider.setPostAuthenticationChecks(staff::refuseIfLocked);
        return provider;
    }

    /**
     * Spring's publisher, which finds a failure's event by the exception's exact class: without this
     * line the right password on a locked account (AccountLocked) would publish no event, so no audit.
     */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(AccountLocked.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    @Bean
    SecurityFilterChain staffPages(HttpSecurity http, LoginAttempts attempts) throws Exception {
        // The CSRF token lives in a cookie, not the session: the login page (and every public page) is
        // served without creating a session, so anonymous visitors leave no SPRING_SESSION row. The
        // token is still checked on every form, against that HttpOnly, SameSite cookie.
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true));
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new CsrfTokenFromForm()))
                // Nothing to remember for after the login (it always goes to the inbox), so a page asked
                // for before signing in makes no session either.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .addFilterBefore(new AddressThrottle(attempts), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/verify/**", "/password-link/**", "/css/**", "/fonts/**",
                                "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailures()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
