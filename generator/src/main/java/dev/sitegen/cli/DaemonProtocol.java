package dev.sitegen.cli;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code site-gen build} and the build daemon say to each other over the daemon's socket.
 * The client sends one {@link Request}. The daemon answers at once: it builds, or it is busy with
 * another build, closing, or set up for another key. When it builds, frames follow: text for the
 * client's output or error stream as the build prints it, UTF-8 encoded, then the exit code.
 */
final class DaemonProtocol {

    /** "SGD" and the protocol's version: a daemon of another version answers nothing it would misread. */
    static final int MAGIC = 0x53474401;
    /** The text of frames. */
    static final Charset CHARSET = StandardCharsets.UTF_8;
    static final byte ACCEPTED = 'a';
    static final byte CLOSING = 'c';
    static final byte OUT = 'o';
    static final byte ERR = 'e';
    static final byte EXIT = 'x';
    static final byte BUSY = 'b';
    static final byte OTHER = 'k';
    /** Longest frame or string read: a corrupt length must not make the reader allocate gigabytes. */
    private static final int MAX_LENGTH = 1 << 24;

    private DaemonProtocol() {
    }

    /**
     * A build asked of the daemon, or that it stop.
     *
     * @param stop        whether the daemon is to stop (after the build in progress); nothing else is read
     * @param key         what the client's daemon must match (see {@link DaemonKey}); another is not used
     * @param interactive whether the client prints to a terminal
     * @param args        the command line, {@code build} first
     */
    record Request(boolean stop, String key, boolean interactive, List<String> args) {

        Request {
            args = List.copyOf(args);
        }

        Request(String key, boolean interactive, List<String> args) {
            this(false, key, interactive, args);
        }

        static Request stopping() {
            return new Request(true, "", false, List.of());
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeBoolean(stop);
            writeString(out, key);
            out.writeBoolean(interactive);
            out.writeInt(args.size());
            for (String arg : args) {
                writeString(out, arg);
            }
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a site-gen build request of this version");
            }
            boolean stop = in.readBoolean();
            String key = readString(in);
            boolean interactive = in.readBoolean();
            int count = in.readInt();
            if (count < 0 || count > 10_000) {
                throw new IOException("a request of " + count + " arguments");
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(readString(in));
            }
            return new Request(stop, key, interactive, args);
        }
    }

    /**
     * Connects to the daemon on {@code socket} and asks it to stop; returns the connection, on
     * which its answer comes (closing, or busy). Throws when none listens there.
     */
    static SocketChannel askToStop(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        try {
            Request.stopping().write(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))));
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("a frame of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** Writes one frame of {@code kind}; frames from several threads never interleave. */
    static void writeFrame(DataOutputStream out, byte kind, byte[] bytes, int offset, int length) throws IOException {
        synchronized (out) {
            out.writeByte(kind);
            out.writeInt(length);
            out.write(bytes, offset, length);
            out.flush();
        }
    }

    static void writeExit(DataOutputStream out, int status) throws IOException {
        synchronized (out) {
            out.writeByte(EXIT);
            out.writeInt(status);
            out.flush();
        }
    }

    static void writeAnswer(DataOutputStream out, byte kind) throws IOException {
        synchronized (out) {
            out.writeByte(kind);
            out.flush();
        }
    }

    /** The kind of the next frame, or -1 at the end of the stream. */
    static int readKind(DataInputStream in) throws IOException {
        try {
            return in.readUnsignedByte();
        } catch (EOFException end) {
            return -1;
        }
    }

    /**
     * A print stream whose text goes to the client as frames of {@code kind}, UTF-8 encoded. Once
     * the client is gone, the build goes on and its output is dropped: a build cut off halfway
     * would leave the site and its cache to be compared again for nothing.
     */
    static PrintStream printStream(DataOutputStream out, byte kind) {
        OutputStream frames = new OutputStream() {
            private volatile boolean gone;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                if (gone || length == 0) {
                    return;
                }
                try {
                    writeFrame(out, kind, bytes, offset, length);
                } catch (IOException clientGone) {
                    gone = true;
                }
            }
        };
        return new PrintStream(frames, true, CHARSET);
    }
}
