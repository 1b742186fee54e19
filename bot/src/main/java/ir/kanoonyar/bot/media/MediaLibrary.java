package ir.kanoonyar.bot.media;

import java.util.Optional;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.db.broadcast.BroadcastBody;
import ir.kanoonyar.db.broadcast.BroadcastMediaStore;
import ir.kanoonyar.db.identity.IdentityKits;
import ir.kanoonyar.db.knowledge.KbAnswer;
import ir.kanoonyar.db.knowledge.KnowledgeBase;
import ir.kanoonyar.db.licence.LicenceNotices;
import ir.kanoonyar.db.licence.LicencePdf;
import ir.kanoonyar.db.licence.Licences;
import ir.kanoonyar.db.member.MemberTemplate;
import ir.kanoonyar.db.training.CertificateDocuments;
import ir.kanoonyar.db.training.CertificateRepository;
import ir.kanoonyar.db.training.TrainingMediaRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the file a {@link Reply.Media} names, when the message is sent:
 * <ul>
 * <li>{@code lesson-media:{id}} — a lesson's picture, document or video (training_media);</li>
 * <li>{@code broadcast-media:{id}} — a broadcast's photo or document (broadcast_media);</li>
 * <li>{@code certificate-png:{code}} and {@code certificate-pdf:{code}} — a certificate, drawn now
 * (nothing is stored but the certificate row);</li>
 * <li>{@code licence-pdf:{number}} — a kanoon's licence, drawn now as the back-office prints it;</li>
 * <li>{@code members-template} — the members spreadsheet a manager fills in (.xlsx, written now).</li>
 * <li>{@code identity-sign:{number}}, {@code identity-banner:…}, {@code identity-letterhead:…} (PDF) and
 * {@code identity-sign-png:{number}} (preview) — a licensed kanoon's visual identity kit, drawn now.</li>
 * <li>{@code kb-file:{attachment id}} — the file of a knowledge-base answer (only an attachment an answer
 * holds; a replaced file has a new id, so a messenger's file id kept for the old one is never reused).</li>
 * </ul>
 */
@Component
public class MediaLibrary {

    public static final String LESSON_MEDIA = "lesson-media:";
    public static final String CERTIFICATE_PNG = "certificate-png:";
    public static final String CERTIFICATE_PDF = "certificate-pdf:";
    public static final String BROADCAST_MEDIA = BroadcastBody.SOURCE_PREFIX;
    public static final String LICENCE_PDF = LicenceNotices.PDF_SOURCE;
    public static final String MEMBERS_TEMPLATE = "members-template";
    public static final String KB_FILE = "kb-file:";

    private final TrainingMediaRepository media;
    private final BroadcastMediaStore broadcastMedia;
    private final CertificateRepository certificates;
    private final CertificateDocuments documents;
    private final Licences licences;
    private final LicencePdf licencePdf;
    private final IdentityKits identityKits;
    private final String publicUrl;
    private final MemberTemplate memberTemplate;
    private final KnowledgeBase knowledge;

    public MediaLibrary(TrainingMediaRepository media, BroadcastMediaStore broadcastMedia,
                        CertificateRepository certificates,
                        CertificateDocuments documents, Licences licences, LicencePdf licencePdf,
                        IdentityKits identityKits,
                        @Value("${kanoonyar.public-url:http://localhost:8080}") String publicUrl,
                        MemberTemplate memberTemplate, KnowledgeBase knowledge) {
        this.media = media;
        this.broadcastMedia = broadcastMedia;
        this.certificates = certificates;
        this.documents = documents;
        this.licences = licences;
        this.licencePdf = licencePdf;
        this.identityKits = identityKits;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.memberTemplate = memberTemplate;
        this.knowledge = knowledge;
    }

    public static Reply.Media lessonMedia(Reply.Media.Kind kind, long mediaId) {
        return new Reply.Media(kind, LESSON_MEDIA + mediaId);
    }

    public static Reply.Media certificateImage(String code) {
        return new Reply.Media(Reply.Media.Kind.PHOTO, CERTIFICATE_PNG + code);
    }

    public static Reply.Media certificatePdf(String code) {
        return new Reply.Media(Reply.Media.Kind.DOCUMENT, CERTIFICATE_PDF + code);
    }

    public static Reply.Media membersTemplate() {
        return new Reply.Media(Reply.Media.Kind.DOCUMENT, MEMBERS_TEMPLATE);
    }

    /** A knowledge-base answer's file: a JPEG or PNG as a photo, anything else (PDF, WebP) as a document. */
    public static Reply.Media kbFile(KbAnswer answer, boolean photo) {
        return new Reply.Media(photo ? Reply.Media.Kind.PHOTO : Reply.Media.Kind.DOCUMENT,
                KB_FILE + answer.getAttachmentId());
    }

    /** The public page that checks a certificate: {@code {kanoonyar.public-url}/verify/certificate/{code}}. */
    public String verifyUrl(String code) {
        return publicUrl + "/verify/certificate/" + code;
    }

    /**
     * Whether many chats get the same file under this source, so that a messenger's file id is worth
     * keeping (a certificate goes to one person and is drawn afresh).
     */
    public static boolean isShared(String source) {
        return source.startsWith(LESSON_MEDIA) || source.startsWith(BROADCAST_MEDIA) || source.startsWith(KB_FILE);
    }

    /** The file, or empty when the source names nothing (any more). */
    @Transactional(readOnly = true)
    public Optional<MediaFile> find(String source) {
        if (source.startsWith(LESSON_MEDIA)) {
            return id(source.substring(LESSON_MEDIA.length())).flatMap(media::findById)
                    .map(m -> new MediaFile(m.getFileName(), m.getContentType(), m.getContent()));
        }
        if (source.startsWith(BROADCAST_MEDIA)) {
            return id(source.substring(BROADCAST_MEDIA.length())).flatMap(id -> broadcastMedia.find(id)
                    .flatMap(file -> broadcastMedia.bytes(id)
                            .map(bytes -> new MediaFile(file.fileName(), file.contentType(), bytes))));
        }
        if (source.startsWith(CERTIFICATE_PNG)) {
            return certificates.findByCode(source.substring(CERTIFICATE_PNG.length()))
                    .map(c -> new MediaFile(CertificateDocuments.fileName(c, "png"), "image/png",
                            documents.png(c, verifyUrl(c.getCode()))));
        }
        if (source.startsWith(CERTIFICATE_PDF)) {
            return certificates.findByCode(source.substring(CERTIFICATE_PDF.length()))
                    .map(c -> new MediaFile(CertificateDocuments.fileName(c, "pdf"), "application/pdf",
                            documents.pdf(c, verifyUrl(c.getCode()))));
        }
        if (source.startsWith(LICENCE_PDF)) {
            return licences.find(source.substring(LICENCE_PDF.length()))
                    .map(l -> new MediaFile(LicencePdf.fileName(l.number()), "application/pdf",
                            licencePdf.render(l, licences.verifyUrl(l.number()))));
        }
        if (source.startsWith(KB_FILE)) {
            return id(source.substring(KB_FILE.length())).flatMap(knowledge::fileOfAttachment)
                    .map(f -> new MediaFile(f.attachment().getFileName(), f.attachment().getContentType(), f.bytes()));
        }
        if (source.equals(MEMBERS_TEMPLATE)) {
            return Optional.of(new MediaFile(MemberTemplate.FILE_NAME, MemberTemplate.CONTENT_TYPE,
                    memberTemplate.xlsx()));
        }
        if (source.startsWith(IdentityKits.SOURCE_PREFIX)) {
            return identityKits.file(source).map(f -> new MediaFile(f.fileName(), f.contentType(), f.bytes()));
        }
        return Optional.empty();
    }

    private static Optional<Long> id(String digits) {
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
