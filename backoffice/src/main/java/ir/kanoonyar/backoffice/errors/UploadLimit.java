package ir.kanoonyar.backoffice.errors;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the multipart limit before anything reads it, with the Persian 413
 * page. Without this, the container drops the oversized body's parameters, the CSRF check finds no
 * token, and the staff member gets a bare 403 that says nothing about the file.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit extends OncePerRequestFilter {

    private final long maxRequestBytes;

    UploadLimit(MultipartProperties multipart) {
        this.maxRequestBytes = multipart.getMaxRequestSize().toBytes();
    }

    /** The largest upload in whole megabytes, as the error page tells it. */
    long maxMegabytes() {
        return maxRequestBytes / (1024 * 1024);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (multipart && maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
