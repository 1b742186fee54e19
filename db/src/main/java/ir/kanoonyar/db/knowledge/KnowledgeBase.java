package ir.kanoonyar.db.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.ticket.TicketStaff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the knowledge base: the national admin writes national answers, province staff answers of
 * their province; county staff only read. An answer of another province is "not found".
 */
@Service
public class KnowledgeBase {

    /** Why a write was refused; the back-office says it as {@code knowledge.refused.<NAME>}. */
    public enum Refusal {
        NOT_ALLOWED,
        NOT_FOUND,
        TITLE_REQUIRED,
        TITLE_TOO_LONG,
        BODY_REQUIRED,
        BODY_TOO_LONG,
        TAGS_TOO_LONG,
        FILE_EMPTY,
        FILE_TOO_LARGE,
        FILE_TYPE
    }

    /** A file uploaded with an answer: its bytes and the name the browser gave. */
    public record Upload(byte[] bytes, String fileName) {
    }

    public static final class Refused extends RuntimeException {

        private final Refusal refusal;

        public Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final KbAnswerRepository answers;
    private final KbMissRepository misses;
    private final AttachmentStore store;
    private final AttachmentRepository attachments;
    private final Clock clock;
    private final long maxFileBytes;

    public KnowledgeBase(KbAnswerRepository answers, KbMissRepository misses, AttachmentStore store,
                         AttachmentRepository attachments, Clock clock,
                         @Value("${kanoonyar.knowledge.max-file-bytes:5242880}") long maxFileBytes) {
        this.answers = answers;
        this.misses = misses;
        this.store = store;
        this.attachments = attachments;
        this.clock = clock;
        // The attachment store refuses more than its own limit whatever this says.
        this.maxFileBytes = Math.min(maxFileBytes, store.maxBytes());
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public static boolean mayWrite(TicketStaff staff) {
        return staff.role() != StaffRole.COUNTY_STAFF;
    }

    /** The answers this staff member sees: national ones and their province's (all for the national admin). */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public List<KbAnswer> visibleTo(TicketStaff staff) {
        return staff.role() == StaffRole.NATIONAL_ADMIN ? answers.findAllByOrderByOpenedDescIdAsc()
                : answers.visibleIn(staff.provinceId());
    }

    /** The latest questions that found nothing, in the staff member's province (all for the national admin). */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public List<KbMiss> misses(TicketStaff staff) {
        return staff.role() == StaffRole.NATIONAL_ADMIN ? misses.findTop50ByOrderByCreatedAtDesc()
                : misses.findTop50ByProvinceIdOrderByCreatedAtDesc(staff.provinceId());
    }

    @Transactional(noRollbackFor = Refused.class)
    public KbAnswer write(TicketStaff staff, String title, String body, String tags) {
        return write(staff, title, body, tags, null);
    }

    /** A new answer, with a file when {@code file} is not null (a PDF or a picture, by its bytes). */
    @Transactional(noRollbackFor = Refused.class)
    public KbAnswer write(TicketStaff staff, String title, String body, String tags, Upload file) {
        if (!mayWrite(staff)) {
            throw new Refused(Refusal.NOT_ALLOWED);
        }
        Clean clean = clean(title, body, tags);
        checkFile(file);
        Long province = staff.role() == StaffRole.NATIONAL_ADMIN ? null : staff.provinceId();
        String by = staff.name() == null ? "" : staff.name();
        KbAnswer answer = new KbAnswer(province, clean.title, clean.body, clean.tags,
                by.length() <= 64 ? by : by.substring(0, 64), clock.instant());
        if (file != null) {
            answer.attach(keep(file));
        }
        return answers.save(answer);
    }

    @Transactional(noRollbackFor = Refused.class)
    public KbAnswer change(TicketStaff staff, String answerId, String title, String body, String tags) {
        return change(staff, answerId, title, body, tags, null, false);
    }

    /**
     * Changes an answer; a {@code file} replaces its file, {@code removeFile} (without a file) removes it.
     * A replaced or removed file is deleted: an answer's file is its own, never shared.
     */
    @Transactional(noRollbackFor = Refused.class)
    public KbAnswer change(TicketStaff staff, String answerId, String title, String body, String tags,
                           Upload file, boolean removeFile) {
        KbAnswer answer = editable(staff, answerId);
        Clean clean = clean(title, body, tags);
        checkFile(file);
        answer.change(clean.title, clean.body, clean.tags, clock.instant());
        Long old = answer.getAttachmentId();
        if (file != null) {
            answer.attach(keep(file));
        } else if (removeFile) {
            answer.attach(null);
        }
        KbAnswer saved = answers.saveAndFlush(answer);
        if (old != null && !old.equals(saved.getAttachmentId())) {
            attachments.deleteById(old);
        }
        return saved;
    }

    @Transactional(noRollbackFor = Refused.class)
    public void delete(TicketStaff staff, String answerId) {
        KbAnswer answer = editable(staff, answerId);
        Long file = answer.getAttachmentId();
        answers.delete(answer);
        answers.flush();
        if (file != null) {
            attachments.deleteById(file);
        }
    }

    /** An answer's file this staff member may download: of an answer they see, else "not found". */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public File file(TicketStaff staff, String answerId) {
        if (!mayWrite(staff)) {
            throw new Refused(Refusal.NOT_ALLOWED);
        }
        KbAnswer answer = id(answerId).flatMap(answers::findById)
                .filter(a -> staff.role() == StaffRole.NATIONAL_ADMIN || a.getProvinceId() == null
                        || a.getProvinceId().equals(staff.provinceId()))
                .orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
        return fileOf(answer).orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
    }

    /** An answer's file with its bytes, read now; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<File> fileOf(KbAnswer answer) {
        if (answer.getAttachmentId() == null) {
            return Optional.empty();
        }
        return attachments.findById(answer.getAttachmentId())
                .flatMap(a -> store.read(a).map(bytes -> new File(a, bytes)));
    }

    /** The file of whichever answer holds this attachment; empty for an attachment no answer holds. */
    @Transactional(readOnly = true)
    public Optional<File> fileOfAttachment(long attachmentId) {
        return answers.findByAttachmentId(attachmentId).flatMap(this::fileOf);
    }

    /** The facts of an answer's file (name, type, size) without its bytes. */
    @Transactional(readOnly = true)
    public Optional<Attachment> attachmentOf(KbAnswer answer) {
        return answer.getAttachmentId() == null ? Optional.empty() : attachments.findById(answer.getAttachmentId());
    }

    /** An answer's file: what it is (as sniffed when kept) and its bytes. */
    public record File(Attachment attachment, byte[] bytes) {
        /** Whether a messenger takes it as a photo (JPEG or PNG); a PDF or a WebP picture goes as a document. */
        public static boolean isPhoto(Attachment attachment) {
            return "image/jpeg".equals(attachment.getContentType()) || "image/png".equals(attachment.getContentType());
        }
    }

    private void checkFile(Upload file) {
        if (file == null) {
            return;
        }
        if (file.bytes() == null || file.bytes().length == 0) {
            throw new Refused(Refusal.FILE_EMPTY);
        }
        if (file.bytes().length > maxFileBytes) {
            throw new Refused(Refusal.FILE_TOO_LARGE);
        }
        if (AttachmentStore.sniff(file.bytes()).isEmpty()) {
            throw new Refused(Refusal.FILE_TYPE);
        }
    }

    private Long keep(Upload file) {
        AttachmentStore.Kind kind = AttachmentStore.sniff(file.bytes())
                .orElseThrow(() -> new Refused(Refusal.FILE_TYPE));
        AttachmentStore.Result kept = store.keep(file.bytes(), false, "kb.file", fileName(file.fileName(), kind),
                null);
        if (!kept.kept()) {
            throw new Refused(kept.refusal() == AttachmentStore.Refusal.TOO_LARGE ? Refusal.FILE_TOO_LARGE
                    : kept.refusal() == AttachmentStore.Refusal.EMPTY ? Refusal.FILE_EMPTY : Refusal.FILE_TYPE);
        }
        return kept.attachment().getId();
    }

    /**
     * The name the file is kept and offered under: the uploaded name without its folders and its own
     * extension, with the extension of what the bytes are («راهنما.html» holding a PDF becomes «راهنما.pdf»).
     */
    static String fileName(String uploaded, AttachmentStore.Kind kind) {
        String base = uploaded == null ? "" : uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank()) {
            base = "file";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        String extension = switch (kind) {
            case JPEG -> "jpg";
            case PNG -> "png";
            case WEBP -> "webp";
            case PDF -> "pdf";
        };
        return base + "." + extension;
    }

    /** An answer this staff member may change: the national admin any, province staff their province's. */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public KbAnswer editable(TicketStaff staff, String answerId) {
        if (!mayWrite(staff)) {
            throw new Refused(Refusal.NOT_ALLOWED);
        }
        KbAnswer answer = id(answerId).flatMap(answers::findById)
                .orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
        if (staff.role() != StaffRole.NATIONAL_ADMIN && !staff.provinceId().equals(answer.getProvinceId())) {
            throw new Refused(Refusal.NOT_FOUND);
        }
        return answer;
    }

    private record Clean(String title, String body, String tags) {
    }

    private static Clean clean(String title, String body, String tags) {
        String t = title == null ? "" : PersianText.normalize(title);
        String b = body == null ? "" : PersianText.normalize(body);
        String g = tags == null ? "" : PersianText.normalize(tags);
        if (t.isEmpty()) {
            throw new Refused(Refusal.TITLE_REQUIRED);
        }
        if (t.length() > KbAnswer.TITLE_LENGTH) {
            throw new Refused(Refusal.TITLE_TOO_LONG);
        }
        if (b.isEmpty()) {
            throw new Refused(Refusal.BODY_REQUIRED);
        }
        if (b.length() > KbAnswer.BODY_LENGTH) {
            throw new Refused(Refusal.BODY_TOO_LONG);
        }
        if (g.length() > KbAnswer.TAGS_LENGTH) {
            throw new Refused(Refusal.TAGS_TOO_LONG);
        }
        return new Clean(t, b, g);
    }

    private static Optional<Long> id(String typed) {
        if (typed == null || !typed.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed));
    }
}
