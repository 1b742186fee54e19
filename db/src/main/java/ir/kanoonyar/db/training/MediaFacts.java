package ir.kanoonyar.db.training;

/**
 * What pages and checks need of a lesson's file, without its bytes: the entity's column holds up to
 * 16 MiB and is read whole, so a course page of ten video lessons would read 160 MiB to show names.
 */
public record MediaFacts(Long id, String fileName, String contentType, long sizeBytes) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public boolean isVideo() {
        return contentType.startsWith("video/");
    }
}
