package ir.kanoonyar.bot.fakeapi;

/**
 * An error answer of the fake Bot API: {@code {"ok":false,"error_code":…,"description":…}}, with
 * {@code parameters.retry_after} when {@link #retryAfter} is set. The HTTP status equals the error code,
 * as with the real Bot API.
 */
final class ApiError extends RuntimeException {

    final int code;
    final String description;
    final Integer retryAfter;

    ApiError(int code, String description) {
        this(code, description, null);
    }

    ApiError(int code, String description, Integer retryAfter) {
        super(code + " " + description, null, false, false);
        this.code = code;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    static ApiError badRequest(String detail) {
        return new ApiError(400, "Bad Request: " + detail);
    }

    /** The description the real Bot API gives for an error code, used by {@code failNext}. */
    static ApiError injected(int code, Integer retryAfter) {
        String description = switch (code) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> retryAfter == null ? "Too Many Requests" : "Too Many Requests: retry after " + retryAfter;
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error " + code;
        };
        return new ApiError(code, description, retryAfter);
    }
}
