package dev.sitegen.cli;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs a build in a second JVM set up for it: every build on a machine of two cores or fewer, and
 * a large build on any machine.
 *
 * <p>On two cores, a build runs in a JVM with the serial collector and the C1 compiler only. The
 * optimising C2 compiler spent 4.2 s of CPU compiling in a 3.4 s build of 1,000 articles, on the
 * same two cores as the build. Without it, and through the second JVM, that build took 3.7–4.5 s
 * instead of 5.6–6.4 s in a slow hour; builds of 10,000 and 100,000 articles took as long as with
 * it. Starting the second JVM costs about 0.1–0.15 s.
 *
 * <p>On any machine with two cores or more the JVM picks G1, which grows its heap whenever
 * collections take more than a few percent of the time, and allows even less below half its
 * maximum heap. Reading 100,000 seeds passes that easily on two cores, and the heap grew past 3 GB
 * for some 500 MB of live data. The serial collector sizes the heap by what is live: the same build
 * peaked at 1.5 GB, in the same time. A jar cannot choose its collector, so a build of a large seeds
 * folder starts a JVM that does.
 *
 * <p>Only a plain JVM is relaunched: started from site-gen's own class path, with no options but
 * those known to mean the same in the second JVM (system properties, stack size, module flags), so
 * that its collector and compilers are the JVM's own choice. Anything else (a heap size, a
 * collector, a recording, a log file, an agent) is the user's choice, and the build stays where it
 * is. A large build is not relaunched from a JVM that chose the serial collector itself.
 */
final class SerialGcLauncher {

    /** System property naming the seed count from which a build relaunches; 0 turns it off. */
    static final String THRESHOLD_PROPERTY = "site-gen.serialGcSeeds";
    static final int DEFAULT_THRESHOLD = 20_000;
    /** System property that, set to false, keeps builds on small machines in the first JVM. */
    static final String BATCH_PROPERTY = "site-gen.batchJvm";
    /** How to keep a small machine's build in the first JVM, for messages. */
    static final String BATCH_OFF = "-D" + BATCH_PROPERTY + "=false";
    /** How to keep a large build in the first JVM, for messages. */
    static final String LARGE_OFF = "-D" + THRESHOLD_PROPERTY + "=0";
    static final Set<String> QUICK_OPTIONS = Set.of("-h", "--help", "-V", "--version");
    /** Machines with this many cores or fewer run every build in a batch JVM. */
    static final int SMALL_MACHINE_CORES = 2;
    /** Set on the relaunched JVM, so that it never relaunches again. */
    static final String RELAUNCHED_PROPERTY = "site-gen.relaunched";

    /** Options passed on unchanged, because they mean the same in a second JVM and write no files. */
    private static final List<String> PASSED_ON = List.of("-D", "-Xss", "-ea", "-da", "-enableassertions",
            "-disableassertions", "--add-opens", "--add-exports", "--add-reads", "--add-modules", "--enable-preview",
            "--enable-native-access", "-Xshare:");

    /** System properties that make a JVM itself open ports or accept agents: two JVMs would clash. */
    private static final List<String> JVM_SERVICES = List.of("-Dcom.sun.management.", "-Djava.rmi.", "-Dsun.rmi.",
            "-Djdk.attach.");

    /** Variables whose options the JVM already counts among its input arguments, passed on explicitly. */
    static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    /**
     * What the launcher needs to know of the running JVM.
     *
     * @param java       the java executable it runs from
     * @param arguments  its options, as the JVM reports them (those from the option variables too)
     * @param classPath  where site-gen's classes are
     * @param g1            whether it collects with G1, asked only for a large build
     * @param fromClassPath whether it loaded site-gen from its class path (not, say, inside Maven)
     * @param relaunched    whether it is itself a relaunched build
     * @param pid           its process id, which a relaunched build watches
     * @param hugePages     whether the system gives a JVM that asks for them transparent huge pages
     * @param hotSpot       whether it is HotSpot, whose options the second JVM is given
     */
    record Jvm(String java, List<String> arguments, String classPath, BooleanSupplier g1, boolean fromClassPath,
               boolean relaunched, long pid, boolean hugePages, boolean hotSpot) {

        Jvm {
            arguments = List.copyOf(arguments);
        }

        static Jvm current() {
            // The JVM's own home, not the path it was started by, which a JDK upgrade may have removed.
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            BooleanSupplier g1 = () -> ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).anyMatch(n -> n.startsWith("G1 "));
            // OpenJDK's and Oracle's VMs; OpenJ9 takes other options, and other ways to set them.
            String vm = System.getProperty("java.vm.name", "");
            boolean hotSpot = vm.contains("HotSpot") || vm.startsWith("OpenJDK");
            return new Jvm(java, hotSpot ? inputArguments() : ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.class.path", ""), g1, Main.class.getClassLoader() == ClassLoader.getSystemClassLoader(),
                    System.getProperty(RELAUNCHED_PROPERTY) != null, processId(), hugePagesOnRequest(), hotSpot);
        }

        /** This process's id; on Linux from /proc, as the process handle takes 10-18 ms to start. */
        private static long processId() {
            try {
                return Long.parseLong(Path.of("/proc/self").toRealPath().getFileName().toString());
            } catch (IOException | RuntimeException notLinux) {
                return ProcessHandle.current().pid();
            }
        }

        /**
         * The JVM's options. A command line that starts with {@code -jar} has none, unless an option
         * variable adds some: that is read from the command line, since the management bean that
         * reports them takes some 30 ms to start, a tenth of a small build's start.
         */
        private static List<String> inputArguments() {
            boolean noVariables = true;
            for (String variable : OPTION_VARIABLES) { // loops, not streams, on the way to the daemon: see relaunchable
                noVariables &= System.getenv(variable) == null;
            }
            if (noVariables && firstArgument().filter(a -> a.equals("-jar")).isPresent()) {
                return List.of();
            }
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        }

        /**
         * The first argument after the java executable. On Linux it is read from /proc: the
         * process handle's view of the command line takes 15-20 ms to start, the file 0.2 ms.
         */
        private static Optional<String> firstArgument() {
            try {
                return firstArgument(Files.readAllBytes(Path.of("/proc/self/cmdline")));
            } catch (IOException | RuntimeException notLinux) {
                String[] arguments = ProcessHandle.current().info().arguments().orElse(new String[0]);
                return arguments.length > 0 ? Optional.of(arguments[0]) : Optional.empty();
            }
        }

        /** The first argument in {@code commandLine}: the arguments, executable first, each ended by a 0 byte. */
        static Optional<String> firstArgument(byte[] commandLine) {
            int start = 0;
            while (start < commandLine.length && commandLine[start] != 0) {
                start++; // the executable
            }
            int end = ++start;
            while (end < commandLine.length && commandLine[end] != 0) {
                end++;
            }
            return end <= commandLine.length && end > start
                    ? Optional.of(new String(commandLine, start, end - start, StandardCharsets.UTF_8)) : Optional.empty();
        }

        /**
         * Whether Linux hands out transparent huge pages to a process that asks (its default mode,
         * {@code madvise}). A build JVM that asks takes a quarter of the page faults: on a VM, a
         * rebuild after one edit at 10,000 articles went from 46,000 faults and 1.01-1.15 s to
         * 13,000 and 0.91-0.92 s. In mode {@code always} it has them without asking.
         */
        private static boolean hugePagesOnRequest() {
            try {
                return Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).contains("[madvise]");
            } catch (IOException | RuntimeException e) {
                return false; // not Linux, or not readable: the JVM would only warn that it has none
            }
        }

        /**
         * Whether this JVM is the one a plain {@code java -jar site-gen.jar} starts: with no option
         * that chooses a collector or compiler, whatever it uses is the JVM's own choice.
         */
        boolean relaunchable() {
            // Loops, not streams: this runs on the way to the build daemon, and a JVM's first stream
            // costs some 7 ms of a client that takes 0.1-0.2 s.
            if (!hotSpot || !fromClassPath || relaunched || classPath.isBlank()) {
                return false;
            }
            for (String argument : arguments) {
                if (!startsWithAny(argument, PASSED_ON) || startsWithAny(argument, JVM_SERVICES)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean startsWithAny(String argument, List<String> prefixes) {
            for (String prefix : prefixes) {
                if (argument.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Supplier<Jvm> jvm;
    /** The JVM, once asked for: the daemon's launcher and the batch relaunch both look at it. */
    private Jvm current;
    private final int threshold;
    private final boolean batch;
    private final BiFunction<String, List<String>, ClassArchive> archives;

    /**
     * A second JVM to run a build in.
     *
     * @param command its command line
     * @param archive the class archive its options map or write, which {@link #run} puts in place
     */
    record Relaunch(List<String> command, ClassArchive archive) {
        Relaunch {
            command = List.copyOf(command);
        }
    }

    /**
     * @param jvm       the JVM to relaunch from, asked for only when a build would relaunch
     * @param threshold the seed count from which a build relaunches on any machine; 0 never
     * @param batch     whether builds on small machines relaunch
     */
    SerialGcLauncher(Supplier<Jvm> jvm, int threshold, boolean batch) {
        this(jvm, threshold, batch, (classPath, options) -> ClassArchive.NONE);
    }

    /** @param archives the class archive for a batch JVM with a class path and options */
    SerialGcLauncher(Supplier<Jvm> jvm, int threshold, boolean batch, BiFunction<String, List<String>, ClassArchive> archives) {
        this.jvm = jvm;
        this.threshold = threshold;
        this.batch = batch;
        this.archives = archives;
    }

    /** The launcher for this JVM, with the settings the user gave, if any. */
    static SerialGcLauncher forThisJvm() {
        if (System.getProperty(RELAUNCHED_PROPERTY) != null) {
            // Already the second JVM: it relaunches nothing, so it need not count the seeds either.
            return new SerialGcLauncher(Jvm::current, 0, false);
        }
        // Jvm.current() loads the management classes, which would slow every small build's start.
        String batch = System.getProperty(BATCH_PROPERTY, "true").toLowerCase(Locale.ROOT);
        return new SerialGcLauncher(Jvm::current, Integer.getInteger(THRESHOLD_PROPERTY, DEFAULT_THRESHOLD),
                !Set.of("false", "no", "off", "0").contains(batch), ClassArchive::forThisJvm);
    }

    /**
     * On a machine of {@code cores} no more than {@link #SMALL_MACHINE_CORES}, the command that runs
     * site-gen with {@code rawArgs} (the command line as given: argument files are read by the
     * second JVM) in a JVM with the serial collector and the C1 compiler only, when this JVM is a
     * plain one. Called before the arguments are parsed, so that the first JVM does little else.
     */
    Optional<Relaunch> batchCommand(List<String> rawArgs, int cores) {
        // Help and the version print at once: a second JVM would only add its start.
        if (!batch || cores > SMALL_MACHINE_CORES || rawArgs.stream().anyMatch(QUICK_OPTIONS::contains)) {
            return Optional.empty();
        }
        Jvm jvm = jvm();
        if (!jvm.relaunchable()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(batchOptions(jvm, cores));
        ClassArchive archive = archive(jvm, options);
        options.addAll(archive.options());
        return Optional.of(new Relaunch(command(jvm, options, rawArgs), archive));
    }

    /**
     * The options of a JVM that runs builds only: the serial collector, and on a machine of
     * {@code cores} no more than {@link #SMALL_MACHINE_CORES}, the C1 compiler only.
     */
    static List<String> batchOptions(Jvm jvm, int cores) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC"));
        if (cores <= SMALL_MACHINE_CORES) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        if (jvm.hugePages()) {
            options.add("-XX:+UseTransparentHugePages");
        }
        return options;
    }

    /** The class archive for a JVM started from {@code jvm} with {@code options}. */
    ClassArchive archive(Jvm jvm, List<String> options) {
        // -Xshare:on would make any archive the JVM cannot map fatal, and -Xshare:off forbids them.
        return jvm.arguments().stream().noneMatch(a -> a.startsWith("-Xshare:"))
                ? archives.apply(jvm.classPath(), options) : ClassArchive.NONE;
    }

    /** Whether builds on small machines may leave this JVM (see {@link #BATCH_PROPERTY}). */
    boolean batch() {
        return batch;
    }

    /** The JVM this launcher relaunches from. */
    Jvm jvm() {
        if (current == null) {
            current = jvm.get();
        }
        return current;
    }

    /**
     * The command that runs site-gen with {@code cliArgs} (the whole command line, {@code build}
     * included) in a serial-collector JVM, when the build is large ({@code seeds} of at least the
     * threshold) and this JVM is a plain one.
     */
    Optional<Relaunch> command(int seeds, List<String> cliArgs) {
        if (threshold <= 0 || seeds < threshold) {
            return Optional.empty();
        }
        Jvm jvm = jvm();
        if (!jvm.relaunchable() || !jvm.g1().getAsBoolean()) {
            return Optional.empty(); // a JVM that picked the serial collector itself has it already
        }
        // The arguments are expanded already: one that starts with @ is a value, escaped as @@.
        return Optional.of(new Relaunch(command(jvm, List.of("-XX:+UseSerialGC"),
                cliArgs.stream().map(a -> a.startsWith("@") ? "@" + a : a).toList()), ClassArchive.NONE));
    }

    static List<String> command(Jvm jvm, List<String> options, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(jvm.java());
        command.addAll(jvm.arguments());
        command.addAll(options);
        command.add("-D" + RELAUNCHED_PROPERTY + "=" + jvm.pid());
        command.add("-cp");
        command.add(jvm.classPath());
        command.add(Main.class.getName());
        command.addAll(args);
        return command;
    }

    /** The seed count from which a build relaunches, so callers count no further. */
    int threshold() {
        return threshold;
    }

    /**
     * Runs {@code relaunch} with this process's input and output, and returns the build's exit
     * code. If this process is stopped, the build it started is stopped with it.
     */
    static int run(Relaunch relaunch, String offSwitch) throws IOException, InterruptedException {
        int status = -1;
        try {
            status = start(relaunch.command(), offSwitch);
        } finally {
            status = relaunch.archive().finish(status);
        }
        return status;
    }

    private static int start(List<String> command, String offSwitch) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        OPTION_VARIABLES.forEach(environment::remove); // their options are in the command already
        Process build;
        try {
            build = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot start a second JVM for this build (" + command.get(0) + "); " + offSwitch
                    + " builds in this one: " + e.getMessage(), e);
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

    /**
     * In a relaunched build, stops when the JVM that started it is gone: killed outright, it cannot
     * stop this one itself, and a build nobody waits for should not go on writing the site. Called
     * first thing, since that JVM may be gone already.
     */
    static void exitWithParent() {
        Long parent = Long.getLong(RELAUNCHED_PROPERTY);
        if (parent == null) {
            return;
        }
        ProcessHandle.of(parent).filter(ProcessHandle::isAlive).ifPresentOrElse(
                started -> started.onExit().thenRun(SerialGcLauncher::stopOrphan), SerialGcLauncher::stopOrphan);
    }

    private static void stopOrphan() {
        System.err.println("error: the site-gen that started this build has stopped; stopping too");
        System.exit(1);
    }
}
