package org.jixiao.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Writing a file the user named: into a temporary file beside it, moved into place only once it is
 * whole, so a failure (a bad font, a full disk) never leaves half a file under the user's name. An
 * existing file is replaced only when the user said so.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * @param what  what the file is, for messages ("模板", "报告")
     * @param force replace an existing file
     * @throws IllegalArgumentException with a Chinese message when the file exists (without force),
     *                                  its folder does not exist, or it cannot be written
     */
    public static void write(Path file, String what, boolean force, Consumer<OutputStream> content) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("无法写出" + what + "“" + file + "”：所在目录不存在");
        }
        if (Files.exists(target) && !force) {
            throw new IllegalArgumentException(what + "“" + file + "”已存在；要覆盖请加 --force");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".jixiao-", ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
                content.accept(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("无法写出" + what + "“" + file + "”：" + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named .part; nothing else can be done
                }
            }
        }
    }
}
