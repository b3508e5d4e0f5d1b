package dev.sitegen.cache;

/**
 * A seed's size, modification time and file identity as listed before it was read, and when it was
 * read: enough to skip reading it again while none changes, the way {@code make} and Git's index do.
 *
 * @param size     bytes
 * @param modified modification time, microseconds since the epoch
 * @param identity a hash of the file's identity on its file system (device and inode), 0 where the
 *                 file system has none: a file put in place by renaming another (rsync, an editor's
 *                 safe save) is another file even with the same size and time
 * @param readAt   when the build that read it started, microseconds since the epoch
 */
public record FileStamp(long size, long modified, long identity, long readAt) {

    /**
     * How much older than the read a modification time must be to be trusted, on a file system that
     * keeps times to the second or coarser (FAT keeps 2 s): a file written again within the same
     * tick as the read would keep its stamp, so a stamp that recent proves nothing.
     */
    static final long RACY_MICROS = 2_000_000;

    /**
     * The same for a time with a fraction of a second, which only a file system keeping finer times
     * gives (Linux's keep them to the kernel's tick, at most 10 ms; NTFS to 100 ns). A 2 s window
     * there left every seed written in the 2 s before a build untrusted, so a corpus generated just
     * before its first build was read again whole, and its cache written whole, by the next one.
     */
    static final long RACY_MICROS_FINE = 100_000;

    /** A stamp that matches nothing, for entries whose file was never listed. */
    public static final FileStamp NONE = new FileStamp(-1, Long.MIN_VALUE, 0, Long.MIN_VALUE);

    /** Whether a file listed now with this size, time and identity surely holds the text read then. */
    public boolean matches(long size, long modified, long identity) {
        return this.size == size && this.modified == modified && this.identity == identity
                && modified < readAt - (modified % 1_000_000 == 0 ? RACY_MICROS : RACY_MICROS_FINE);
    }

    /** The start time of one build's reads, shared by the stamps it records. */
    public record Clock(long readAt) {

        public static Clock now() {
            return new Clock(System.currentTimeMillis() * 1000);
        }

        public FileStamp stamp(long size, long modified, long identity) {
            return new FileStamp(size, modified, identity, readAt);
        }
    }
}
