package ir.kanoonyar.backoffice.publicchecks;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts every public check, {@code /verify/{number}} and {@code /verify/certificate/{code}}, against
 * its source address before the page looks anything up. The address is the client's as Tomcat knows
 * it: the one a trusted proxy reports in X-Forwarded-For, else the connection's (application.yml,
 * KANOONYAR_TRUSTED_PROXIES), so nobody escapes the limit by sending that header themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicCheckSettings.class)
class PublicCheckLimit implements WebMvcConfigurer {

    private final PublicCheckLimiter limiter;

    PublicCheckLimit(PublicCheckLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                limiter.take(request.getRemoteAddr()).ifPresent(wait -> {
                    throw new TooManyChecks(wait);
                });
                return true;
            }
        }).addPathPatterns("/verify/**");
    }
}
