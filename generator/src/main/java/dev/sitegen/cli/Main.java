package dev.sitegen.cli;

import dev.sitegen.CacheRead;
import dev.sitegen.cache.CacheFile;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of site-gen.jar: parses arguments and runs one subcommand. */
@Command(name = "site-gen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns raw news dumps and Markdown pages into a static news site.",
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

    /** Freemarker's choice of logging library, which it otherwise finds by probing the class path. */
    private static final String FREEMARKER_LOGGING = "org.freemarker.loggerLibrary";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Probing finds the Log4j 1 classes the HTML checker brings along, loads two dozen of them
        // on every build's start, and then logs nowhere (the checker's log4j.properties turns the
        // root logger off). Saying so up front keeps Freemarker as quiet, without the probing.
        if (System.getProperty(FREEMARKER_LOGGING) == null) {
            System.setProperty(FREEMARKER_LOGGING, "none");
        }
        String socket = System.getProperty(DaemonLauncher.SOCKET_PROPERTY);
        if (socket != null) {
            System.exit(Failures.guard(System.err, () -> {
                WarmCache warm = new WarmCache();
                BuildDaemon.forThisJvm(Path.of(socket), (command, terminal) -> run(warm, terminal, command.toArray(String[]::new)))
                        .run();
                return 0;
            }));
        }
        if (System.getProperty(SerialGcLauncher.RELAUNCHED_PROPERTY) != null) {
            SerialGcLauncher.exitWithParent();
        }
        SerialGcLauncher launcher = SerialGcLauncher.forThisJvm();
        if (args.length > 0 && args[0].equals("build")) {
            int cores = Runtime.getRuntime().availableProcessors();
            Optional<DaemonClient> daemon = new DaemonLauncher(launcher, DaemonLauncher.Settings.forThisProcess())
                    .client(List.of(args), cores);
            if (daemon.isPresent() && List.of(args).contains(DaemonLauncher.STOP_DAEMON)) {
                DaemonClient.Stopped stopped = daemon.get().stop();
                (stopped.done() ? System.out : System.err).println(stopped.message());
                System.exit(stopped.done() ? 0 : 1);
            }
            if (daemon.isPresent()) {
                daemon.get().build(List.of(args), Terminal.system()).ifPresent(System::exit);
            }
            Optional<SerialGcLauncher.Relaunch> batch = launcher.batchCommand(List.of(args), cores);
            if (batch.isPresent()) {
                System.exit(Failures.guard(System.err, () -> SerialGcLauncher.run(batch.get(), SerialGcLauncher.BATCH_OFF)));
            }
        }
        int status = run(CacheSource.started(earlyCacheRead(args)), Terminal.system(), args);
        ClassArchive.reportStatus(status);
        System.exit(status);
    }

    /**
     * In the JVM started for a build, the read of the cache a build uses by default, begun while
     * picocli parses the arguments on the other core (see {@link CacheRead}). Not begun when the
     * arguments name another cache folder or none, which would make the read wasted work.
     */
    private static Optional<CacheRead> earlyCacheRead(String[] args) {
        if (args.length == 0 || !args[0].equals("build") || System.getProperty(SerialGcLauncher.RELAUNCHED_PROPERTY) == null
                || Arrays.stream(args).anyMatch(a -> a.startsWith("--cache") || a.equals("--no-cache") || a.startsWith("@"))
                || !CacheFile.isIn(SiteOptions.DEFAULT_CACHE)) {
            return Optional.empty();
        }
        return Optional.of(CacheRead.start(SiteOptions.DEFAULT_CACHE));
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 failed build or check, 2 bad usage. */
    public static int run(String... args) {
        return run(CacheSource.NONE, Terminal.system(), args);
    }

    /**
     * Runs the CLI printing to {@code terminal}, with a build's cache read from {@code caches}, as
     * the build daemon does for its clients.
     */
    static int run(CacheSource caches, Terminal terminal, String... args) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", () -> new BuildCommand(caches, terminal));
        commands.put("serve", ServeCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("extract", ExtractCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        CommandLine cli = new CommandLine(new Main());
        // picocli reflects over every command it is given: a build's start need not pay for the
        // other commands. Help, usage errors and the top-level options get them all.
        Supplier<Object> asked = args.length > 0 && !args[0].equals("help") ? commands.get(args[0]) : null;
        if (asked != null) {
            cli.addSubcommand(args[0], asked.get());
        } else {
            commands.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setOut(new PrintWriter(new OutputStreamWriter(terminal.out(), terminal.charset()), true))
                .setErr(new PrintWriter(new OutputStreamWriter(terminal.err(), terminal.charset()), true));
        return cli.setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, serve, check or extract");
    }
}
