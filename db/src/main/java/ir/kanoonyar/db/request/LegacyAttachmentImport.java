package ir.kanoonyar.db.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ir.kanoonyar.db.hash.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves the attachments kept on disk before V18 into the database, once: at start, every attachment
 * without bytes in attachment_content whose file still lies under the old directory
 * (KANOONYAR_ATTACHMENTS_DIR, by default {@code $KANOONYAR_DATA_DIR/attachments}) is read, checked
 * against its SHA-256 and written. Each app runs it over its own directory, since the bot kept
 * people's uploads and the back-office the inquiry scans, each in its own; after the first start
 * there is nothing left to do and the query finds no row. A file that is gone is logged and the
 * attachment stays, shown to staff as "not available"; another instance that has it may still import
 * it. The files are left where they are (delete them once the log says all were imported).
 */
@Component
class LegacyAttachmentImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyAttachmentImport.class);

    private final JdbcTemplate jdbc;
    private final Path root;

    LegacyAttachmentImport(JdbcTemplate jdbc,
                           @Value("${kanoonyar.attachments.dir:${KANOONYAR_DATA_DIR:./data}/attachments}") String root) {
        this.jdbc = jdbc;
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    private record Pending(long id, String storageKey, String sha256) {
    }

    @Override
    public void run(ApplicationArguments args) {
        importFiles();
    }

    /** Imports what it can; returns how many files it wrote. */
    int importFiles() {
        List<Pending> pending = jdbc.query("SELECT a.id, a.storage_key, a.sha256 FROM attachment a"
                        + " LEFT JOIN attachment_content c ON c.attachment_id = a.id"
                        + " WHERE c.attachment_id IS NULL AND a.storage_key IS NOT NULL ORDER BY a.id",
                (rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)));
        if (pending.isEmpty()) {
            return 0;
        }
        if (!Files.isDirectory(root)) {
            log.warn("{} attachments kept on disk before they moved into the database have no bytes there, and"
                    + " the old attachments directory {} does not exist here: staff see them as not available"
                    + " until an instance that has the files starts (KANOONYAR_ATTACHMENTS_DIR)", pending.size(), root);
            return 0;
        }
        int imported = 0;
        int missing = 0;
        for (Pending attachment : pending) {
            if (importOne(attachment)) {
                imported++;
            } else {
                missing++;
            }
        }
        log.info("Imported {} attachment files from {} into the database; {} not imported (missing or changed,"
                + " shown to staff as not available)", imported, root, missing);
        return imported;
    }

    private boolean importOne(Pending attachment) {
        Path file = root.resolve(attachment.storageKey()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            log.warn("Attachment {}: its file {} is missing; it stays on its request as not available",
                    attachment.id(), file);
            return false;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            log.warn("Attachment {}: could not read {}: {}", attachment.id(), file, e.toString());
            return false;
        }
        if (!Sha256.hex(bytes).equalsIgnoreCase(attachment.sha256())) {
            log.warn("Attachment {}: {} does not hold the file that was kept (its SHA-256 differs); not imported",
                    attachment.id(), file);
            return false;
        }
        try {
            jdbc.update("INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)", attachment.id(), bytes);
        } catch (DuplicateKeyException e) {
            // The other app, starting at the same moment over the same directory, wrote it first.
        }
        return true;
    }
}
