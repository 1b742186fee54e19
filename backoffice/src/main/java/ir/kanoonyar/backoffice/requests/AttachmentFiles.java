package ir.kanoonyar.backoffice.requests;

import java.util.Set;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.request.Request;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The files of a request, for staff whose scope covers it. An attachment is found only through its
 * own request: an id of another request's attachment is "not found", exactly like an unknown one.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentFiles {

    /** Types shown inline; the store only ever keeps these and PDF, checked by their first bytes. */
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Set<String> KNOWN = Set.of("image/jpeg", "image/png", "image/webp", "application/pdf");

    private final RequestPages pages;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;

    public AttachmentFiles(RequestPages pages, AttachmentRepository attachments, AttachmentStore store) {
        this.pages = pages;
        this.attachments = attachments;
        this.store = store;
    }

    /** A file to send: what it is (as stored, never as a browser claims) and its bytes. */
    public record File(Attachment attachment, MediaType contentType, boolean image, byte[] bytes) {
    }

    public File file(StaffScope scope, long requestId, long attachmentId) {
        Request request = pages.inScope(scope, requestId);
        Attachment attachment = attachments.findById(attachmentId)
                .filter(a -> request.getId().equals(a.getRequestId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] bytes = store.read(attachment).orElseThrow(() -> new NotAvailable(attachment));
        String stored = attachment.getContentType();
        MediaType type = stored != null && KNOWN.contains(stored) ? MediaType.parseMediaType(stored)
                : MediaType.APPLICATION_OCTET_STREAM;
        return new File(attachment, type, isImage(attachment), bytes);
    }

    /**
     * An attachment of the request whose bytes the database does not hold: kept on a disk before they
     * moved into the database, and its file was gone when the import ran. Staff are told so in Persian.
     */
    static final class NotAvailable extends RuntimeException {
        final transient Attachment attachment;

        NotAvailable(Attachment attachment) {
            super("attachment " + attachment.getId() + " has no bytes", null, false, false);
            this.attachment = attachment;
        }
    }

    /** Whether the stored type is an image we show inline (never HTML, SVG or anything else). */
    static boolean isImage(Attachment attachment) {
        return attachment.getContentType() != null && IMAGES.contains(attachment.getContentType());
    }
}
