package vn.thidua.evaluation.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files and texts: the manifest names every input and output by content, not by time. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** Hex SHA-256 of a file, or {@code null} when it does not exist (an optional input left out). */
    public static String of(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(digest().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được / cannot read " + file, e);
        }
    }

    public static String ofText(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
