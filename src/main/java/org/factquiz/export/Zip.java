package org.factquiz.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip file whose bytes depend on its entries alone: entries in the order given, each stamped
 * with the export's time as a local date (a time stamp in milliseconds would be converted through
 * the machine's time zone), and no extra fields.
 */
final class Zip {
    /** One file in the zip. */
    record Entry(String name, byte[] content) {
    }

    private Zip() {
    }

    static byte[] write(List<Entry> entries, Instant written) {
        LocalDateTime stamp = LocalDateTime.ofInstant(written, ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                zipEntry.setTimeLocal(stamp);
                zip.putNextEntry(zipEntry);
                zip.write(entry.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the zip could not be written in memory", e);
        }
        return bytes.toByteArray();
    }
}
