package dev.sitegen.cli;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a large build in a second JVM that uses the serial collector.
 *
 * <p>On any machine with two cores or more the JVM picks G1, which grows its heap whenever
 * collections take more than a few percent of the time, and allows even less below half its
 * maximum heap. Reading 100,000 seeds passes that easily on two cores, and the heap grew past 3 GB
 * for some 500 MB of live data. The serial collector sizes the heap by what is live: the same build
 * peaked at 1.6 GB, and took less time. A jar cannot choose its collector, so a build of a large
 * seeds folder starts a JVM that does. A user who chose a collector or a heap size, or attached an
 * agent, keeps their JVM.
 */
final class SerialGcLauncher {

    /** System property naming the seed count from which a build relaunches; 0 turns it off. */
    static final String THRESHOLD_PROPERTY = "site-gen.serialGcSeeds";
    static final int DEFAULT_THRESHOLD = 20_000;
    /** Set on the relaunched JVM, so that it never relaunches again. */
    static final String RELAUNCHED_PROPERTY = "site-gen.relaunched";

    /** Options by which a user has already chosen how the heap is sized or watched. */
    private static final List<String> USER_CHOICES = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM",
            "-XX:SoftMaxHeapSize", "-XX:GCTimeRatio", "-XX:+Use", "-agentlib", "-agentpath", "-javaagent",
            "-Xrunjdwp", "-Xdebug");

    /**
     * What the launcher needs to know of the running JVM.
     *
     * @param java       the java executable it runs from
     * @param arguments  its options, passed on to the new JVM
     * @param classPath  where site-gen's classes are
     * @param serial     whether it collects with the serial collector already
     * @param relaunched whether it is itself a relaunched build
     */
    record Jvm(String java, List<String> arguments, String classPath, boolean serial, boolean relaunched) {

        Jvm {
            arguments = List.copyOf(arguments);
        }

        static Jvm current() {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // The serial collector's beans are "Copy" (young) and "MarkSweepCompact" (old).
            boolean serial = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).anyMatch("MarkSweepCompact"::equals);
            return new Jvm(java, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.class.path", ""), serial, Boolean.getBoolean(RELAUNCHED_PROPERTY));
        }

        /** Whether this JVM is the default one a plain {@code java -jar site-gen.jar} starts. */
        boolean isDefault() {
            return !serial && !relaunched && !classPath.isBlank()
                    && arguments.stream().noneMatch(a -> USER_CHOICES.stream().anyMatch(a::startsWith));
        }
    }

    private final Supplier<Jvm> jvm;
    private final int threshold;

    /** @param jvm the JVM to relaunch from, asked for only when a build is large */
    SerialGcLauncher(Supplier<Jvm> jvm, int threshold) {
        this.jvm = jvm;
        this.threshold = threshold;
    }

    /** The launcher for this JVM, with the threshold the user set, if any. */
    static SerialGcLauncher forThisJvm() {
        // Jvm.current() loads the management classes, which would slow every small build's start.
        return new SerialGcLauncher(Jvm::current, Integer.getInteger(THRESHOLD_PROPERTY, DEFAULT_THRESHOLD));
    }

    /**
     * The command that runs {@code build} with {@code buildArgs} in a serial-collector JVM, when the
     * build is large ({@code seeds} of at least the threshold) and this JVM is the default one.
     */
    Optional<List<String>> command(int seeds, List<String> buildArgs) {
        if (threshold <= 0 || seeds < threshold) {
            return Optional.empty();
        }
        Jvm jvm = this.jvm.get();
        if (!jvm.isDefault()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(jvm.java());
        command.addAll(jvm.arguments());
        command.add("-XX:+UseSerialGC");
        command.add("-D" + RELAUNCHED_PROPERTY + "=true");
        command.add("-cp");
        command.add(jvm.classPath());
        command.add(Main.class.getName());
        command.add("build");
        command.addAll(buildArgs);
        return Optional.of(command);
    }

    /** The seed count from which a build relaunches, so callers count no further. */
    int threshold() {
        return threshold;
    }

    /**
     * Runs {@code command} with this process's input and output, and returns its exit code. If this
     * process is stopped, the build it started is stopped with it.
     */
    static int run(List<String> command) throws IOException, InterruptedException {
        Process build;
        try {
            build = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new IOException("cannot start a JVM for this large build (" + command.get(0) + "); -D"
                    + THRESHOLD_PROPERTY + "=0 builds in this one: " + e.getMessage(), e);
        }
        Thread stop = new Thread(build::destroy, "site-gen: stop relaunched build");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return build.waitFor();
        } finally {
            build.destroy(); // nothing to do once it has exited
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // this process is stopping, and the hook is stopping the build
            }
        }
    }
}
