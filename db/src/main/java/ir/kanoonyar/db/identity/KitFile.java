package ir.kanoonyar.db.identity;

/** A rendered file of the kit, with the name and type it is downloaded or sent as. */
public record KitFile(String fileName, String contentType, byte[] bytes) {
}
