package fi.hva.grants.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, printed together after the last benchmark so they come last in the output. */
final class Figures {

    private static final List<String> LINES = new ArrayList<>();

    private Figures() {
    }

    static synchronized void add(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        LINES.add(line);
        System.out.println("[benchmark] " + line);
    }

    static synchronized void print() {
        StringBuilder block = new StringBuilder("\n==================== BENCHMARK FIGURES ====================\n");
        block.append(String.format("machine: %d cores, %s %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        LINES.forEach(line -> block.append(line).append('\n'));
        block.append("===========================================================\n");
        System.out.println(block);
    }
}
