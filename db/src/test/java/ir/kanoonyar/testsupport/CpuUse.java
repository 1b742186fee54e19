package ir.kanoonyar.testsupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time a benchmark's measured window cost, per unit of work: this JVM's (the app and the benchmark's
 * own clients, which share it: the JDK's HTTP client alone cost as much as the pages it loaded), the
 * app's own threads' (named by prefix, e.g. Tomcat's "http-nio"; without the JIT's and the collector's
 * threads), and the local MariaDB server's, read from /proc where there is one. A figure for where to
 * look, printed beside the benchmark's own; never asserted.
 */
public final class CpuUse {

    private static final double TICKS_PER_MS = 0.1; // USER_HZ is 100 on Linux

    private final long jvmStartNanos;
    private final long databaseStartTicks;
    private final long wallStartNanos;
    private final List<String> appThreads;
    private final Map<Long, Long> appThreadsStartNanos;

    private CpuUse(List<String> appThreads) {
        this.appThreads = appThreads;
        appThreadsStartNanos = appThreadNanos();
        jvmStartNanos = jvmCpuNanos();
        databaseStartTicks = databaseTicks();
        wallStartNanos = System.nanoTime();
    }

    /** Starts counting; {@code appThreads} are the name prefixes of the threads that do the app's work. */
    public static CpuUse start(String... appThreads) {
        return new CpuUse(List.of(appThreads));
    }

    /** One line: CPU ms per unit in this JVM and in MariaDB, and the cores they kept busy. */
    public String perUnit(long units, String unit) {
        double wallMs = (System.nanoTime() - wallStartNanos) / 1e6;
        double jvmMs = (jvmCpuNanos() - jvmStartNanos) / 1e6;
        long ticks = databaseTicks();
        String database = ticks < 0 || databaseStartTicks < 0 ? "MariaDB not found in /proc"
                : String.format(Locale.ROOT, "MariaDB %.2f ms (%.2f cores)", (ticks - databaseStartTicks) / TICKS_PER_MS
                / units, (ticks - databaseStartTicks) / TICKS_PER_MS / wallMs);
        String app = "";
        if (!appThreads.isEmpty()) {
            long appNanos = 0;
            for (Map.Entry<Long, Long> thread : appThreadNanos().entrySet()) {
                appNanos += thread.getValue() - appThreadsStartNanos.getOrDefault(thread.getKey(), 0L);
            }
            app = String.format(Locale.ROOT, ", of which the app's threads (%s) %.2f ms", String.join(", ",
                    appThreads), appNanos / 1e6 / units);
        }
        return String.format(Locale.ROOT, "cpu per %s: this JVM %.2f ms (%.2f cores)%s, %s", unit, jvmMs / units,
                jvmMs / wallMs, app, database);
    }

    /** CPU time so far of each live thread whose name starts with one of the prefixes, by thread id. */
    private Map<Long, Long> appThreadNanos() {
        Map<Long, Long> nanos = new HashMap<>();
        if (appThreads.isEmpty()) {
            return nanos;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && appThreads.stream().anyMatch(info.getThreadName()::startsWith)) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    nanos.put(info.getThreadId(), cpu);
                }
            }
        }
        return nanos;
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
