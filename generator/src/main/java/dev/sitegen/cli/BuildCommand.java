package dev.sitegen.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import dev.sitegen.BuildReport;
import dev.sitegen.CacheRead;
import dev.sitegen.SiteGenerator;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.seeds.SeedScanner;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site-gen build}: seeds in, site out, and a summary of what was done. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Build the site from the seeds folder.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print how long each phase took.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--no-daemon", description = "Build in a new JVM, not in the build daemon (see the README).")
    boolean noDaemon; // read from the raw arguments before they are parsed (see Main); here for the usage

    @Option(names = "--stop-daemon", description = "Stop this project's build daemon, if one runs, and build nothing.")
    boolean stopDaemon; // a daemon is stopped before the arguments are parsed (see Main)

    private final SerialGcLauncher launcher;
    private final CacheSource caches;
    private final Terminal terminal;

    BuildCommand() {
        this(CacheSource.NONE, Terminal.system());
    }

    /**
     * @param caches   where the build's cache read comes from
     * @param terminal where to print
     */
    BuildCommand(CacheSource caches, Terminal terminal) {
        this(SerialGcLauncher.forThisJvm(), caches, terminal);
    }

    BuildCommand(SerialGcLauncher launcher) {
        this(launcher, CacheSource.NONE, Terminal.system());
    }

    private BuildCommand(SerialGcLauncher launcher, CacheSource caches, Terminal terminal) {
        this.launcher = launcher;
        this.caches = caches;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
        return Failures.guard(err, () -> {
            if (stopDaemon) {
                out.println("no build daemon runs for this project"); // none could: see DaemonLauncher
                return 0;
            }
            SiteConfig config = options.toConfig();
            Optional<SerialGcLauncher.Relaunch> relaunch = launcher.command(
                    SeedScanner.countUpTo(config.seedsDir(), launcher.threshold()), commandLine());
            if (relaunch.isPresent()) {
                if (verbose) {
                    err.println("a large site: building in a JVM with the serial collector (see -D"
                            + SerialGcLauncher.THRESHOLD_PROPERTY + " in the README)");
                }
                return SerialGcLauncher.run(relaunch.get(), SerialGcLauncher.LARGE_OFF);
            }
            if (verbose) {
                err.println(jvmDescription());
            }
            ProgressLine progress = new ProgressLine(err, !quiet && terminal.interactive(), verbose);
            Optional<CacheRead> read = caches.read(config.cacheDir());
            BuildReport report = new SiteGenerator().build(config, progress, read);
            if (config.cacheDir().isPresent() && read.isPresent()) {
                caches.saved(config.cacheDir().get(), read.get());
            }
            progress.finish();
            if (!quiet) {
                report.summaryLines().forEach(out::println);
            } else if (!report.warnings().isEmpty()) {
                err.println(report.warningsHeading());
            }
            for (Diagnostic w : report.warnings()) {
                (quiet ? err : out).println("  warning: " + w);
            }
            return 0;
        });
    }

    /** How this JVM collects, compiles and loads classes, which a relaunch chose (see {@link SerialGcLauncher}). */
    private static String jvmDescription() {
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            VMOption writing = hotSpot.getVMOption("ArchiveClassesAtExit");
            VMOption mapped = hotSpot.getVMOption("SharedArchiveFile");
            String classes = writing.getOrigin() != VMOption.Origin.DEFAULT ? "; writing a class archive to " + writing.getValue()
                    : mapped.getOrigin() != VMOption.Origin.DEFAULT ? "; class archive " + mapped.getValue() : "";
            String daemon = System.getProperty(DaemonLauncher.SOCKET_PROPERTY) != null
                    ? "; in the build daemon, pid " + ProcessHandle.current().pid() : "";
            return "collector: " + collectors + "; compilers up to tier " + hotSpot.getVMOption("TieredStopAtLevel").getValue()
                    + classes + daemon;
        } catch (IllegalArgumentException | NullPointerException notHotSpot) {
            return "collector: " + collectors;
        }
    }

    /** The whole command line, argument files expanded, {@code build} included. */
    private List<String> commandLine() {
        List<String> args = spec.root().commandLine().getParseResult().expandedArgs();
        if (spec.root() != spec) {
            return args;
        }
        List<String> withName = new ArrayList<>(List.of(spec.name()));
        withName.addAll(args);
        return withName;
    }
}
