package ir.kanoonyar.testsupport;

import java.nio.file.Path;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A JFR recording of a benchmark's measured window (JFR's "profile" settings: an execution sample every
 * 10 ms, JDBC and socket events over 10 ms), written to a file when it closes; read it with
 * {@code jfr print --events jdk.ExecutionSample FILE} or {@code jfr summary FILE}. Without a file it
 * records nothing.
 */
public final class Profile implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private Profile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** The file -Dbench.jfr names, or null (no recording). */
    public static Path requestedFile() {
        String file = System.getProperty("bench.jfr", "");
        return file.isBlank() ? null : Path.of(file).toAbsolutePath();
    }

    public static Profile start(Path file) throws Exception {
        if (file == null) {
            return new Profile(null, null);
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return new Profile(recording, file);
    }

    @Override
    public void close() throws Exception {
        if (recording != null) {
            recording.stop();
            recording.dump(file);
            recording.close();
            System.out.println("=== JFR recording of the measured window: " + file + " ===");
        }
    }
}
