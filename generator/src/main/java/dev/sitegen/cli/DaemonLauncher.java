package dev.sitegen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides whether a {@code build} goes to the build daemon (see {@link BuildDaemon}), and with
 * which daemon command. It does from a plain JVM run from site-gen's jar (see
 * {@link SerialGcLauncher.Jvm#relaunchable}), on Linux, macOS and other Unix systems, unless the
 * user said otherwise: {@code --no-daemon}, {@code -Dsite-gen.daemon=false},
 * {@code -Dsite-gen.batchJvm=false}, or a {@code CI} variable, as continuous integration runs one
 * build per machine and would only leave a JVM behind. On Windows a daemon would keep the project
 * folder, its working folder, from being removed or renamed.
 */
final class DaemonLauncher {

    /** System property that, set to false, has every build start a JVM of its own. */
    static final String PROPERTY = "site-gen.daemon";
    /** System property: the minutes a daemon waits for a build before it exits. */
    static final String IDLE_PROPERTY = "site-gen.daemonIdleMinutes";
    static final int DEFAULT_IDLE_MINUTES = 30;
    /** System properties of the daemon's JVM: where it listens, and the key its requests must name. */
    static final String SOCKET_PROPERTY = "site-gen.daemonSocket";
    static final String KEY_PROPERTY = "site-gen.daemonKey";
    static final String NO_DAEMON = "--no-daemon";
    static final String STOP_DAEMON = "--stop-daemon";
    /**
     * A heap that can shrink between builds. The serial collector shrinks the old generation no
     * further than the initial heap (by default 1/64 of the memory: 384 MB on a machine of 24 GB),
     * and by default only a step per collection. A small initial heap starts with a small young
     * generation, though, which promotes more of a large build's garbage: 100,000 articles peaked
     * at 1.34 GB with 384 MB, 1.58 GB with 128 MB and 1.76 GB with 16 MB. At 10,000 articles, 16 MB
     * left the daemon at 112 MB resident a minute after a build instead of 360 MB, and the builds
     * took as long (8.7-8.8 s against 8.2-9.4 s, 0.2-0.5 s for each rebuild after).
     */
    static final List<String> HEAP = List.of("-XX:InitialHeapSize=128m", "-XX:-ShrinkHeapInSteps");
    /**
     * Starts the daemon with Ctrl-C, Ctrl-Z and a closed terminal ignored (the JVM keeps a signal
     * ignored that it was started with). Started from a build typed at a terminal, the daemon is in
     * that build's process group: Ctrl-C would stop its build halfway, and Ctrl-Z would stop it
     * while the system still queued connections to it.
     */
    static final List<String> DETACHED = List.of("/bin/sh", "-c", "trap '' INT TSTP HUP; exec \"$@\"", "site-gen-daemon");
    /** A daemon's JVM starts in 0.1-0.5 s; one that has not listened in this time is given up on. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    /**
     * What the decision depends on besides the JVM.
     *
     * @param enabled    whether the user allows a daemon
     * @param folder     the user's cache folder, if there is one
     * @param user       the user's name, who must own the daemons' folder
     * @param workingDir the folder the build runs in
     * @param env        the environment
     * @param jdk        the JDK's version, which an upgrade in place changes
     * @param umask      the process's file mode mask, which the files a build writes get, where the
     *                   system says (Linux); empty elsewhere
     */
    record Settings(boolean enabled, Optional<Path> folder, String user, Path workingDir, Map<String, String> env,
                    String jdk, String umask) {

        static Settings forThisProcess() {
            Map<String, String> env = System.getenv();
            String os = System.getProperty("os.name", "");
            return new Settings(DaemonLauncher.enabled(System.getProperty(PROPERTY, "true"), env, os),
                    ClassArchive.cacheFolder(env, os, System.getProperty("user.home", "")), System.getProperty("user.name", ""),
                    Path.of("").toAbsolutePath(), env, System.getProperty("java.vm.version", ""), readUmask());
        }

        private static String readUmask() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("Umask:")) {
                        return line.substring("Umask:".length()).trim();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            return "";
        }
    }

    /**
     * Whether there may be a daemon: {@code setting} is the value of {@link #PROPERTY}, {@code env}
     * has no {@code CI} variable (or one set to false), and the system {@code os} is not Windows.
     */
    static boolean enabled(String setting, Map<String, String> env, String os) {
        String ci = env.getOrDefault("CI", "").toLowerCase(Locale.ROOT);
        return !Set.of("false", "no", "off", "0").contains(setting.toLowerCase(Locale.ROOT))
                && (ci.isEmpty() || Set.of("false", "0").contains(ci)) && !os.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private final SerialGcLauncher launcher;
    private final Settings settings;

    DaemonLauncher(SerialGcLauncher launcher, Settings settings) {
        this.launcher = launcher;
        this.settings = settings;
    }

    /**
     * The client of the daemon that may run a build with {@code rawArgs} (as given: the daemon
     * reads argument files itself) on a machine of {@code cores}; empty when the build runs
     * elsewhere.
     */
    Optional<DaemonClient> client(List<String> rawArgs, int cores) {
        if (!settings.enabled() || !launcher.batch() || settings.folder().isEmpty()) {
            return Optional.empty();
        }
        for (String arg : rawArgs) {
            if (arg.equals(NO_DAEMON) || SerialGcLauncher.QUICK_OPTIONS.contains(arg)) {
                return Optional.empty();
            }
        }
        SerialGcLauncher.Jvm jvm = launcher.jvm();
        Optional<String> jars = JarStamps.of(jvm.classPath());
        if (!jvm.relaunchable() || jars.isEmpty()) {
            return Optional.empty(); // classes from folders change under a running daemon unseen
        }
        Optional<Path> folder = DaemonFolder.of(settings.folder().get(), settings.user());
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        List<String> batchOptions = SerialGcLauncher.batchOptions(jvm, cores);
        List<String> options = new ArrayList<>(batchOptions);
        options.addAll(HEAP);
        List<String> identity = new ArrayList<>(List.of(jvm.java(), settings.jdk(), "umask " + settings.umask()));
        identity.addAll(jvm.arguments());
        identity.addAll(options);
        DaemonKey key = DaemonKey.of(identity, jars.get(), settings.workingDir(), settings.env());
        Optional<Path> socket = key.socketIn(folder.get());
        if (socket.isEmpty()) {
            return Optional.empty();
        }
        Path log = socket.get().resolveSibling(key.name() + ".log");
        Supplier<List<String>> command = () -> {
            List<String> daemonOptions = new ArrayList<>(options);
            // The archive a batch JVM wrote (see --no-daemon): the heap's sizes do not change one.
            daemonOptions.addAll(launcher.archive(jvm, batchOptions).mappingOptions());
            daemonOptions.add("-D" + SOCKET_PROPERTY + "=" + socket.get());
            daemonOptions.add("-D" + KEY_PROPERTY + "=" + key.encoded());
            List<String> detached = new ArrayList<>(DETACHED);
            detached.addAll(SerialGcLauncher.command(jvm, daemonOptions, List.of()));
            return detached;
        };
        return Optional.of(new DaemonClient(socket.get(), key.text(), command, log, START_TIMEOUT, DaemonClient.ANSWER_TIMEOUT));
    }
}
