package dev.sitegen.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The side of {@code site-gen build} that has the build daemon run the build: it connects to the
 * daemon for its key, or starts one and waits for it to listen, sends the command line and prints
 * what the build prints. When there is no daemon to be had, it says so and the caller builds as it
 * would without one; while the daemon is busy with another build, it waits.
 */
final class DaemonClient {

    private static final Duration START_POLL = Duration.ofMillis(10);
    private static final Duration BUSY_POLL = Duration.ofMillis(50);
    /**
     * A daemon answers a request at once, even while it builds; one that does not in this time is
     * stopped or hung (a long full collection in a large build takes seconds, not this).
     */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    /** After a daemon started here found the lock held, how long the one holding it may take to answer. */
    private static final Duration OTHER_START = Duration.ofSeconds(3);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final String NO_DAEMON_HINT = DaemonLauncher.NO_DAEMON + " builds without it";
    /** A log longer than this is emptied when the next daemon starts. */
    private static final long MAX_LOG = 1 << 20;

    private final Path socket;
    private final String key;
    private final Supplier<List<String>> daemonCommand;
    private final Path log;
    private final Duration startTimeout;
    private final Duration answerTimeout;

    /**
     * @param socket        where the daemon listens
     * @param key           the text of its {@link DaemonKey}
     * @param daemonCommand the command line that starts it, made only when one is started
     * @param log           where a daemon started here writes what it does
     * @param startTimeout  how long a daemon started here may take to listen
     * @param answerTimeout how long a daemon may take to answer a request
     */
    DaemonClient(Path socket, String key, Supplier<List<String>> daemonCommand, Path log, Duration startTimeout,
                 Duration answerTimeout) {
        this.socket = socket;
        this.key = key;
        this.daemonCommand = daemonCommand;
        this.log = log;
        this.startTimeout = startTimeout;
        this.answerTimeout = answerTimeout;
    }

    Path socket() {
        return socket;
    }

    List<String> daemonCommand() {
        return List.copyOf(daemonCommand.get());
    }

    /** What came of asking the daemon. */
    private enum Outcome { NO_DAEMON, BUSY, DECLINED, BUILT }

    /** The daemon's first answer to a request, raced by a timer. */
    private enum FirstAnswer { AWAITED, CAME, TIMED_OUT }

    private record Answer(Outcome outcome, int status) {
        static final Answer NO_DAEMON = new Answer(Outcome.NO_DAEMON, 0);
        static final Answer BUSY = new Answer(Outcome.BUSY, 0);
        static final Answer DECLINED = new Answer(Outcome.DECLINED, 0);
    }

    /**
     * Has the daemon build with {@code args} (the command line, {@code build} first), starting one
     * if there is none, and returns the build's exit code; empty when no daemon built it.
     */
    Optional<Integer> build(List<String> args, Terminal terminal) {
        Answer answer = ask(args, terminal);
        int starts = 0;
        boolean told = false;
        while (true) {
            if (answer.outcome() == Outcome.NO_DAEMON && starts < 2) {
                // None listens, or it is closing, which it does only when no build of it runs.
                starts++;
                answer = startAndAsk(args, terminal);
            } else if (answer.outcome() == Outcome.BUSY) {
                // Its build may be writing this project's site and cache: a second build beside it
                // would race it. That build goes on when its client was stopped with Ctrl-C, too.
                if (!told) {
                    terminal.err().println("waiting for the build daemon to end the build it is running (" + NO_DAEMON_HINT + ")");
                    told = true;
                }
                if (!pause(BUSY_POLL)) {
                    return Optional.empty();
                }
                answer = ask(args, terminal);
            } else {
                return answer.outcome() == Outcome.BUILT ? Optional.of(answer.status()) : Optional.empty();
            }
        }
    }

    /**
     * Asks the daemon to stop, and waits until it has; returns what to tell the user and whether
     * it stopped (or none ran).
     */
    Stopped stop() {
        try (SocketChannel channel = DaemonProtocol.askToStop(socket)) {
            int answer = DaemonProtocol.readKind(new DataInputStream(Channels.newInputStream(channel)));
            if (answer == DaemonProtocol.BUSY) {
                return new Stopped(false, "the build daemon is building; it stays until that build ends");
            }
        } catch (IOException | UnsupportedOperationException e) {
            return new Stopped(true, "no build daemon runs for this project");
        }
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (Files.exists(socket) && System.nanoTime() < deadline && pause(START_POLL)) {
            // it removes its socket as it exits
        }
        return Files.exists(socket) ? new Stopped(false, "the build daemon did not stop (its log is " + log + ")")
                : new Stopped(true, "stopped the build daemon");
    }

    /** What {@link #stop} did. */
    record Stopped(boolean done, String message) {
    }

    /** Sleeps; false when interrupted. */
    private static boolean pause(Duration time) {
        try {
            Thread.sleep(time.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Answer startAndAsk(List<String> args, Terminal terminal) {
        Process daemon;
        try {
            if (Files.isRegularFile(log) && Files.size(log) > MAX_LOG) {
                Files.write(log, new byte[0]); // a daemon's log is for its last runs only
            }
            ProcessBuilder builder = new ProcessBuilder(daemonCommand()).redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()));
            for (String variable : SerialGcLauncher.OPTION_VARIABLES) {
                builder.environment().remove(variable); // their options are in the command already
            }
            daemon = builder.start();
            daemon.getOutputStream().close(); // it reads nothing
        } catch (IOException e) {
            return Answer.NO_DAEMON;
        }
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!pause(START_POLL)) {
                return Answer.NO_DAEMON;
            }
            Answer answer = ask(args, terminal);
            if (answer.outcome() != Outcome.NO_DAEMON) {
                return answer;
            }
            if (!daemon.isAlive()) {
                if (daemon.exitValue() != 0) {
                    return Answer.NO_DAEMON; // it could not start
                }
                // Exit 0: another daemon for the key holds the lock, and listens or is about to.
                deadline = Math.min(deadline, System.nanoTime() + OTHER_START.toNanos());
            }
        }
        return Answer.NO_DAEMON;
    }

    private Answer ask(List<String> args, Terminal terminal) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return Answer.NO_DAEMON; // none listens, or a killed one left its socket file
        }
        // Whichever comes first, the daemon's answer or the timeout, decides: the timer closes the
        // channel only if the answer has not come, and an answer read after that is not used.
        AtomicReference<FirstAnswer> first = new AtomicReference<>(FirstAnswer.AWAITED);
        Thread timer = new Thread(() -> {
            if (pause(answerTimeout) && first.compareAndSet(FirstAnswer.AWAITED, FirstAnswer.TIMED_OUT)) {
                closeQuietly(channel); // ends the read below
            }
        }, "site-gen-daemon-answer");
        timer.setDaemon(true);
        try (channel) {
            DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            new DaemonProtocol.Request(key, terminal.interactive(), args).write(request);
            DataInputStream answers = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            timer.start();
            int kind = DaemonProtocol.readKind(answers);
            if (!first.compareAndSet(FirstAnswer.AWAITED, FirstAnswer.CAME)) {
                throw new IOException("no answer in time");
            }
            timer.interrupt();
            if (kind == DaemonProtocol.BUSY) {
                return Answer.BUSY;
            } else if (kind == DaemonProtocol.OTHER) {
                return Answer.DECLINED;
            } else if (kind != DaemonProtocol.ACCEPTED) {
                return Answer.NO_DAEMON; // closing: it builds nothing any more
            }
            return new Answer(Outcome.BUILT, print(answers, terminal));
        } catch (IOException e) {
            if (first.get() == FirstAnswer.TIMED_OUT) {
                terminal.err().println("error: the build daemon does not answer (its log is " + log + "); stop it, or "
                        + NO_DAEMON_HINT + ".");
                return new Answer(Outcome.BUILT, 1);
            }
            return Answer.NO_DAEMON; // it closed as we asked: no build of it runs
        }
    }

    /** Prints the frames of a build the daemon accepted, and returns its exit code. */
    private int print(DataInputStream answers, Terminal terminal) {
        Text out = new Text(terminal.out());
        Text err = new Text(terminal.err());
        try {
            while (true) {
                int kind = DaemonProtocol.readKind(answers);
                if (kind == DaemonProtocol.OUT) {
                    out.print(DaemonProtocol.readBytes(answers));
                } else if (kind == DaemonProtocol.ERR) {
                    err.print(DaemonProtocol.readBytes(answers));
                } else if (kind == DaemonProtocol.EXIT) {
                    return answers.readInt();
                } else {
                    throw new IOException(kind < 0 ? "it closed the connection" : "it sent a frame of kind " + kind);
                }
            }
        } catch (IOException e) {
            terminal.err().println("error: the build daemon stopped during the build (" + e.getMessage()
                    + "; its log is " + log + "). Build again; " + NO_DAEMON_HINT + ".");
            return 1;
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closed already
        }
    }

    /** Prints UTF-8 text that comes in frames, which may split a character. */
    private static final class Text {
        private final PrintStream stream;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private ByteBuffer pending = ByteBuffer.allocate(0);

        Text(PrintStream stream) {
            this.stream = stream;
        }

        void print(byte[] bytes) {
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + bytes.length).put(pending).put(bytes).flip();
            CharBuffer chars = CharBuffer.allocate(in.remaining());
            decoder.decode(in, chars, false);
            pending = in.slice(); // the start of a character the next frame ends
            stream.append(chars.flip());
            stream.flush();
        }
    }
}
