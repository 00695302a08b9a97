package dev.agentdata.adapter.postgres.ops;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backs a database up with {@code pg_dump --format=custom --compress=9} into {@code agentdata_YYYYMMDD_HHMMSS.dump}:
 * written under a hidden temporary name, checked with {@code pg_restore --list}, flushed to disk and only then
 * renamed, so a failed dump never leaves a file that looks good. Afterwards prunes backups older than the retention.
 */
public final class PgDumpBackup {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);
    static final Pattern BACKUP_NAME = Pattern.compile("agentdata_(\\d{8}_\\d{6})\\.dump");
    private static final String PARTIAL = ".partial";

    private final PgTools tools;
    private final Clock clock;
    private final Duration progressEvery;
    private final Consumer<String> progress;

    public PgDumpBackup(PgTools tools, Clock clock, Duration progressEvery, Consumer<String> progress) {
        this.tools = Objects.requireNonNull(tools, "tools");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progressEvery = Objects.requireNonNull(progressEvery, "progressEvery");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Dumps {@code target} into {@code dir}, then deletes backups there older than {@code keepDays} (0 keeps all). */
    public BackupResult backup(PgTarget target, Path dir, int keepDays) {
        if (keepDays < 0) {
            throw new IllegalArgumentException("keep-days must be >= 0, was " + keepDays);
        }
        long startNanos = System.nanoTime();
        Instant now = clock.instant();
        createFolder(dir);
        String name = "agentdata_" + STAMP.format(now) + ".dump";
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            throw new BackupException("backup " + file + " already exists; wait a second and retry");
        }
        Path temp = tempFile(dir, name);
        try {
            dump(target, temp);
            int entries = verify(temp);
            flush(temp);
            move(temp, file);
            long bytes = size(file);
            List<Path> pruned = prune(dir, keepDays, now);
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
            progress.accept("backup " + file + " written: " + bytes + " bytes, " + entries + " entries, took "
                    + took.toMillis() + " ms, pruned " + pruned.size());
            return new BackupResult(file, bytes, entries, took, pruned);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Deletes backups in {@code dir} whose name stamp is more than {@code keepDays} days before {@code now}. */
    public List<Path> prune(Path dir, int keepDays, Instant now) {
        List<Path> deleted = new ArrayList<>();
        if (keepDays == 0 || !Files.isDirectory(dir)) {
            return deleted;
        }
        Instant cutoff = now.minus(Duration.ofDays(keepDays));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Matcher m = BACKUP_NAME.matcher(f.getFileName().toString());
                if (m.matches() && stampOf(m.group(1)).isBefore(cutoff)) {
                    Files.deleteIfExists(f);
                    deleted.add(f);
                } else if (isStalePartial(f, now)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new BackupException("could not prune old backups in " + dir + ": " + e.getMessage(), e);
        }
        deleted.sort(null);
        return deleted;
    }

    /** A temporary file of a backup that was killed more than a day ago. */
    private static boolean isStalePartial(Path f, Instant now) throws IOException {
        String n = f.getFileName().toString();
        return n.startsWith(".agentdata_") && n.endsWith(PARTIAL)
                && Files.getLastModifiedTime(f).toInstant().isBefore(now.minus(Duration.ofDays(1)));
    }

    private void dump(PgTarget target, Path temp) {
        Process p = tools.start("pg_dump", List.of("--format=custom", "--compress=9", "--verbose",
                "--file=" + temp), target);
        StreamTail.drain(p.getInputStream(), null);
        StreamTail err = StreamTail.drain(p.getErrorStream(), l -> l.contains("dumping contents of table"));
        long started = System.nanoTime();
        try {
            while (!p.waitFor(progressEvery.toMillis(), TimeUnit.MILLISECONDS)) {
                progress.accept(String.format("pg_dump %s: %ds, %d bytes written, %d tables dumped, %d log lines",
                        target, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), sizeOrZero(temp),
                        err.marked(), err.lines()));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BackupException("backup of " + target + " interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new BackupException("pg_dump of " + target + " failed (exit " + p.exitValue() + "): "
                    + errorLines(err.tail()));
        }
        if (sizeOrZero(temp) == 0) {
            throw new BackupException("pg_dump of " + target + " exited 0 but wrote nothing");
        }
    }

    /** Lists the archive's table of contents, then reads every data block back, so a truncated file fails. */
    private int verify(Path temp) {
        Process list = tools.start("pg_restore", List.of("--list", temp.toString()), null);
        StreamTail toc = StreamTail.drain(list.getInputStream(), l -> !l.isBlank() && !l.startsWith(";"));
        StreamTail listErr = StreamTail.drain(list.getErrorStream(), null);
        int exit = waitFor(list);
        if (exit != 0) {
            throw new BackupException("backup failed verification (pg_restore --list exit " + exit + "): "
                    + errorLines(listErr.tail()));
        }
        toc.tail();
        Process read = tools.start("pg_restore", List.of("--file=/dev/null", temp.toString()), null);
        StreamTail.drain(read.getInputStream(), null);
        StreamTail readErr = StreamTail.drain(read.getErrorStream(), null);
        exit = waitFor(read);
        if (exit != 0) {
            throw new BackupException("backup failed verification (pg_restore could not read it back, exit " + exit
                    + "): " + errorLines(readErr.tail()));
        }
        return (int) toc.marked();
    }

    static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BackupException("interrupted while waiting for " + p.info().command().orElse("tool"), e);
        }
    }

    /** The error lines of a tool's diagnostics, or all of its last lines when none says error. */
    static String errorLines(String tail) {
        if (tail.isBlank()) {
            return "(no diagnostics)";
        }
        List<String> errors = tail.lines().filter(l -> l.toLowerCase(Locale.ROOT).contains("error")
                || l.contains("FATAL")).toList();
        return String.join(" | ", errors.isEmpty() ? tail.lines().toList() : errors);
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BackupException("cannot create backup folder " + dir + ": " + e, e);
        }
        if (!Files.isWritable(dir)) {
            throw new BackupException("backup folder " + dir + " is not writable");
        }
    }

    private static void flush(Path temp) {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw new BackupException("could not flush backup " + temp + " to disk: " + e.getMessage(), e);
        }
    }

    private static Path tempFile(Path dir, String name) {
        try {
            return Files.createTempFile(dir, "." + name + ".", PARTIAL);
        } catch (IOException e) {
            throw new BackupException("cannot write in backup folder " + dir + ": " + e, e);
        }
    }

    /** Publishes the verified file under its final name atomically, never replacing an existing backup. */
    private static void move(Path temp, Path file) {
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            throw new BackupException("backup " + file + " already exists; wait a second and retry", e);
        } catch (UnsupportedOperationException | IOException linkFailed) {
            moveAtomically(temp, file);
        }
    }

    private static void moveAtomically(Path temp, Path file) {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new BackupException("backup folder does not support atomic rename: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("could not rename " + temp + " to " + file + ": " + e.getMessage(), e);
        }
    }

    static Instant stampOf(String stamp) {
        return LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new BackupException("cannot read size of " + f + ": " + e.getMessage(), e);
        }
    }

    private static long sizeOrZero(Path f) {
        try {
            return Files.exists(f) ? Files.size(f) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // best effort: a leftover is hidden and named .partial, never mistaken for a backup
        }
    }
}
