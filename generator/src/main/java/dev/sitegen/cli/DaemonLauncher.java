package dev.sitegen.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a {@code build} goes to the build daemon (see {@link BuildDaemon}), and with
 * which daemon command. It does where a build would leave the first JVM anyway (a plain JVM, run
 * from site-gen's jar), unless the user said otherwise: {@code --no-daemon},
 * {@code -Dsite-gen.daemon=false}, {@code -Dsite-gen.batchJvm=false}, or a {@code CI} variable, as
 * continuous integration runs one build per machine and would only leave a JVM behind.
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
    /** A daemon's JVM starts in 0.1-0.5 s; one that has not listened in this time is given up on. */
    /**
     * A heap that can shrink between builds. The serial collector shrinks the old generation no
     * further than the initial heap (by default 1/64 of the memory: 384 MB here), and by default
     * only a step per collection. Started with 16 MB, the daemon held 120 MB after a build of
     * 10,000 articles instead of 360 MB; the full build and the rebuilds after it took as long
     * (8.7-8.8 s against 8.2-9.4 s, 0.2-0.5 s each).
     */
    static final List<String> HEAP = List.of("-XX:InitialHeapSize=16m", "-XX:-ShrinkHeapInSteps");
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
     */
    record Settings(boolean enabled, Optional<Path> folder, String user, Path workingDir, Map<String, String> env,
                    String jdk) {

        static Settings forThisProcess() {
            Map<String, String> env = System.getenv();
            return new Settings(DaemonLauncher.enabled(System.getProperty(PROPERTY, "true"), env), ClassArchive.cacheFolder(env, System.getProperty("os.name", ""),
                    System.getProperty("user.home", "")), System.getProperty("user.name", ""),
                    Path.of("").toAbsolutePath(), env, System.getProperty("java.vm.version", ""));
        }
    }

    /**
     * Whether the user allows a daemon: {@code setting} is the value of {@link #PROPERTY}, and
     * {@code env} has no {@code CI} variable (or one set to false).
     */
    static boolean enabled(String setting, Map<String, String> env) {
        String ci = env.getOrDefault("CI", "").toLowerCase(Locale.ROOT);
        return !Set.of("false", "no", "off", "0").contains(setting.toLowerCase(Locale.ROOT))
                && (ci.isEmpty() || Set.of("false", "0").contains(ci));
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
        if (!settings.enabled() || !launcher.batch() || settings.folder().isEmpty()
                || rawArgs.stream().anyMatch(a -> a.equals(NO_DAEMON) || SerialGcLauncher.QUICK_OPTIONS.contains(a))) {
            return Optional.empty();
        }
        SerialGcLauncher.Jvm jvm = launcher.jvm();
        Optional<String> jars = JarStamps.of(jvm.classPath());
        if (!jvm.relaunchable() || jars.isEmpty()) {
            return Optional.empty(); // classes from folders change under a running daemon unseen
        }
        Optional<Path> folder = DaemonKey.folder(settings.folder().get(), settings.user());
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        List<String> batchOptions = SerialGcLauncher.batchOptions(jvm, cores);
        List<String> options = new ArrayList<>(batchOptions);
        options.addAll(HEAP);
        List<String> identity = new ArrayList<>(List.of(jvm.java(), settings.jdk()));
        identity.addAll(jvm.arguments());
        identity.addAll(options);
        DaemonKey key = DaemonKey.of(identity, jars.get(), settings.workingDir(), settings.env());
        Optional<Path> socket = key.socketIn(folder.get());
        if (socket.isEmpty()) {
            return Optional.empty();
        }
        List<String> daemonOptions = new ArrayList<>(options);
        // The archive a batch JVM wrote (see --no-daemon): the heap's sizes do not change one.
        daemonOptions.addAll(launcher.archive(jvm, batchOptions).mappingOptions());
        daemonOptions.add("-D" + SOCKET_PROPERTY + "=" + socket.get());
        daemonOptions.add("-D" + KEY_PROPERTY + "=" + key.digest());
        Path log = socket.get().resolveSibling(key.digest().substring(0, 16) + ".log");
        return Optional.of(new DaemonClient(socket.get(), key.digest(), SerialGcLauncher.command(jvm, daemonOptions, List.of()),
                log, START_TIMEOUT));
    }
}
