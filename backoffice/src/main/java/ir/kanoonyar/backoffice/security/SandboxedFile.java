package ir.kanoonyar.backoffice.security;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file someone uploaded, sent to staff so that nothing in it can run in the back-office's origin or be
 * read as another type (nosniff, a sandboxing CSP) and nothing of it stays in a shared cache. One place
 * for these headers, so that a new download does not copy them and drop one.
 */
public final class SandboxedFile {

    private SandboxedFile() {
    }

    /** The bytes as the given type, with the given Content-Disposition (inline or attachment, named). */
    public static ResponseEntity<byte[]> of(MediaType type, String contentDisposition, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(bytes.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(bytes);
    }
}
