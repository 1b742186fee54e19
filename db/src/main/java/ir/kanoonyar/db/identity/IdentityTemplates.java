package ir.kanoonyar.db.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ir.kanoonyar.db.request.AttachmentStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned standard designs. A new version is checked whole before it is saved: every piece has
 * its design, every element is placed on every piece and lies inside it, the colours are "#rrggbb" and
 * the text can be read on the background, the logo is a PNG or JPEG by its bytes. The version in force
 * is the highest number; published versions never change.
 */
@Service
public class IdentityTemplates {

    /** A logo larger than this is refused (a sign needs no more). */
    public static final int LOGO_MAX_BYTES = 1024 * 1024;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final IdentityTemplateRepository templates;
    private final Clock clock;

    public IdentityTemplates(IdentityTemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** Why a version was not published. */
    public enum Refusal {
        DESIGN_MISSING,
        PLACEMENT_MISSING,
        BAD_COLOUR,
        NO_CONTRAST,
        OUTSIDE,
        LOGO_TOO_LARGE,
        LOGO_NOT_AN_IMAGE
    }

    /** What came of a publication: the new version, or why not (with the piece concerned, if any). */
    public sealed interface Outcome {
    }

    public record Published(int versionNumber) implements Outcome {
    }

    public record Refused(Refusal refusal, Piece piece, Element element) implements Outcome {
    }

    @Transactional(readOnly = true)
    public IdentityTemplate current() {
        return templates.findFirstByOrderByVersionNumberDesc()
                .orElseThrow(() -> new IllegalStateException("No identity template: V44 seeds version 1"));
    }

    @Transactional(readOnly = true)
    public Optional<IdentityTemplate> version(int number) {
        return templates.findByVersionNumber(number);
    }

    @Transactional(readOnly = true)
    public List<IdentityTemplateRepository.VersionSummary> versions() {
        return templates.findSummaries();
    }

    @Transactional
    public Outcome publish(TemplateDraft draft, String by) {
        Optional<Refused> refused = check(draft);
        if (refused.isPresent()) {
            return refused.get();
        }
        IdentityTemplate previous = current();
        byte[] logo = draft.logo() != null ? draft.logo() : previous.getLogo().orElse(null);
        String contentType = draft.logo() != null
                ? AttachmentStore.sniff(draft.logo()).orElseThrow().contentType() : previous.getLogoContentType();
        int number = templates.findLatestVersionNumber().orElse(0) + 1;
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        templates.save(new IdentityTemplate(number, note, logo, contentType, draft.designs(), draft.placements(),
                by, clock.instant()));
        return new Published(number);
    }

    /** The rules a version must keep, in the order they are answered. */
    static Optional<Refused> check(TemplateDraft draft) {
        if (draft.logo() != null) {
            if (draft.logo().length > LOGO_MAX_BYTES) {
                return refused(Refusal.LOGO_TOO_LARGE, null, null);
            }
            Optional<AttachmentStore.Kind> kind = AttachmentStore.sniff(draft.logo());
            if (kind.isEmpty() || !EnumSet.of(AttachmentStore.Kind.PNG, AttachmentStore.Kind.JPEG)
                    .contains(kind.get())) {
                return refused(Refusal.LOGO_NOT_AN_IMAGE, null, null);
            }
        }
        for (Piece piece : Piece.values()) {
            Optional<Design> found = draft.designs().stream().filter(d -> d.getPiece() == piece).findFirst();
            if (found.isEmpty()) {
                return refused(Refusal.DESIGN_MISSING, piece, null);
            }
            Design design = found.get();
            if (!COLOUR.matcher(design.getBackground()).matches() || !COLOUR.matcher(design.getInk()).matches()) {
                return refused(Refusal.BAD_COLOUR, piece, null);
            }
            if (contrast(design.getBackground(), design.getInk()) < 3.0) {
                return refused(Refusal.NO_CONTRAST, piece, null);
            }
            Set<Element> placed = EnumSet.noneOf(Element.class);
            for (Placement p : draft.placements()) {
                if (p.getPiece() != piece) {
                    continue;
                }
                placed.add(p.getElement());
                if (!inside(p, design)) {
                    return refused(Refusal.OUTSIDE, piece, p.getElement());
                }
            }
            for (Element element : Element.values()) {
                if (!placed.contains(element)) {
                    return refused(Refusal.PLACEMENT_MISSING, piece, element);
                }
            }
        }
        return Optional.empty();
    }

    /** The element's box (centred on its place, as tall as its size) lies on the piece. */
    private static boolean inside(Placement p, Design design) {
        double half = p.getSizeMm() / 2.0;
        boolean vertical = p.getSizeMm() > 0 && p.getYMm() - half >= 0 && p.getYMm() + half <= design.getHeightMm();
        boolean horizontal = p.getElement().isText()
                ? p.getXMm() > 0 && p.getXMm() < design.getWidthMm()
                : p.getXMm() - half >= 0 && p.getXMm() + half <= design.getWidthMm();
        return vertical && horizontal;
    }

    /** WCAG's contrast ratio of two "#rrggbb" colours, from 1 (same) to 21 (black on white). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Optional<Refused> refused(Refusal refusal, Piece piece, Element element) {
        return Optional.of(new Refused(refusal, piece, element));
    }
}
