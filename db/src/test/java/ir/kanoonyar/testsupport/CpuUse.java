package ir.kanoonyar.testsupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time a benchmark's measured window cost, per unit of work: this JVM's (the app and the benchmark's
 * own clients, which share it) and the local MariaDB server's, read from /proc where there is one. A
 * figure for where to look, printed beside the benchmark's own; never asserted.
 */
public final class CpuUse {

    private static final double TICKS_PER_MS = 0.1; // USER_HZ is 100 on Linux

    private final long jvmStartNanos;
    private final long databaseStartTicks;
    private final long wallStartNanos;

    private CpuUse() {
        jvmStartNanos = jvmCpuNanos();
        databaseStartTicks = databaseTicks();
        wallStartNanos = System.nanoTime();
    }

    public static CpuUse start() {
        return new CpuUse();
    }

    /** One line: CPU ms per unit in this JVM and in MariaDB, and the cores they kept busy. */
    public String perUnit(long units, String unit) {
        double wallMs = (System.nanoTime() - wallStartNanos) / 1e6;
        double jvmMs = (jvmCpuNanos() - jvmStartNanos) / 1e6;
        long ticks = databaseTicks();
        String database = ticks < 0 || databaseStartTicks < 0 ? "MariaDB not found in /proc"
                : String.format(Locale.ROOT, "MariaDB %.2f ms (%.2f cores)", (ticks - databaseStartTicks) / TICKS_PER_MS
                / units, (ticks - databaseStartTicks) / TICKS_PER_MS / wallMs);
        return String.format(Locale.ROOT, "cpu per %s: this JVM %.2f ms (%.2f cores), %s", unit, jvmMs / units,
                jvmMs / wallMs, database);
    }

    private static long jvmCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** utime + stime of the first process named mariadbd or mysqld, in clock ticks; -1 when none. */
    private static long databaseTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuUse::isDatabase).findFirst().map(CpuUse::ticks).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean isDatabase(Path process) {
        try {
            String name = Files.readString(process.resolve("comm")).strip();
            return name.equals("mariadbd") || name.equals("mysqld");
        } catch (IOException e) {
            return false;
        }
    }

    private static long ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
