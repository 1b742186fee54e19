package ir.kanoonyar.db.identity;

import java.util.Optional;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.licence.LicenceView;
import ir.kanoonyar.db.licence.Licences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kit of a licensed kanoon, drawn now from the version in force: only for a licence that holds
 * today (a suspended, revoked or expired licence has no kit). The bot draws the files it sends through
 * the media sources of {@link #source}, as it draws the licence's PDF.
 */
@Service
@Transactional(readOnly = true)
public class IdentityKits {

    /** How an outbox body names a kit file: {@code identity-sign:{licence}}, {@code identity-sign-png:{licence}}. */
    public static final String SOURCE_PREFIX = "identity-";

    private static final String PNG = "-png";

    private final LicenceRepository licenceRows;
    private final Licences licences;
    private final IdentityTemplates templates;
    private final IdentityKit kit;
    private final KanoonRepository kanoons;
    private final IdentityNotices notices;

    public IdentityKits(LicenceRepository licenceRows, Licences licences, IdentityTemplates templates,
                        IdentityKit kit, KanoonRepository kanoons, IdentityNotices notices) {
        this.kanoons = kanoons;
        this.notices = notices;
        this.licenceRows = licenceRows;
        this.licences = licences;
        this.templates = templates;
        this.kit = kit;
    }

    /** What the kit of a licence prints; empty when the licence is unknown or does not hold today. */
    public Optional<KanoonIdentity> identity(String licenceNumber) {
        Optional<Licence> licence = licenceRows.findByNumber(licenceNumber);
        Optional<LicenceView> view = licences.find(licenceNumber);
        if (licence.isEmpty() || view.isEmpty() || !view.get().validity().isValid()) {
            return Optional.empty();
        }
        LicenceView v = view.get();
        return Optional.of(new KanoonIdentity(licence.get().getKanoonId(), v.kanoonName(), v.mosqueName(),
                v.countyName(), v.provinceName(), v.number(), licences.verifyUrl(v.number())));
    }

    /** The kanoon a licence number names (any status), for checking who may see its kit. */
    public Optional<Kanoon> kanoonOf(String licenceNumber) {
        return licenceRows.findByNumber(licenceNumber).flatMap(l -> kanoons.findById(l.getKanoonId()));
    }

    /**
     * Queues the kit of a licence to its kanoon's manager: how many messages were queued (0 when the
     * manager has no chat with the bot), or empty when the licence has no kit.
     */
    @Transactional
    public Optional<Integer> sendToManager(String licenceNumber) {
        return identity(licenceNumber).map(k -> notices.kit(k,
                kanoons.findById(k.kanoonId()).map(Kanoon::getManagerPersonId).orElse(null)));
    }

    public KitFile pdf(Piece piece, KanoonIdentity kanoon) {
        return new KitFile(fileName(piece, kanoon, "pdf"), "application/pdf",
                kit.pdf(templates.current(), piece, kanoon));
    }

    public KitFile png(Piece piece, KanoonIdentity kanoon) {
        return new KitFile(fileName(piece, kanoon, "png"), "image/png", kit.png(templates.current(), piece, kanoon));
    }

    /** The media source of a kit file. */
    public static String source(Piece piece, boolean png, String licenceNumber) {
        return SOURCE_PREFIX + piece.slug() + (png ? PNG : "") + ":" + licenceNumber;
    }

    /** The file a media source names, drawn now; empty when it names nothing or the licence does not hold. */
    public Optional<KitFile> file(String source) {
        int colon = source.indexOf(':');
        if (!source.startsWith(SOURCE_PREFIX) || colon < 0) {
            return Optional.empty();
        }
        String kind = source.substring(SOURCE_PREFIX.length(), colon);
        boolean png = kind.endsWith(PNG);
        Optional<Piece> piece = Piece.ofSlug(png ? kind.substring(0, kind.length() - PNG.length()) : kind);
        if (piece.isEmpty()) {
            return Optional.empty();
        }
        return identity(source.substring(colon + 1)).map(k -> png ? png(piece.get(), k) : pdf(piece.get(), k));
    }

    private static String fileName(Piece piece, KanoonIdentity kanoon, String extension) {
        return piece.slug() + "-" + kanoon.licenceNumber() + "." + extension;
    }
}
