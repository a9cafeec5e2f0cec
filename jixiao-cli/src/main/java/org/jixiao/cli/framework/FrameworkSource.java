package org.jixiao.cli.framework;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.FrameworkLoad;
import org.jixiao.core.framework.ShippedFrameworks;

/** A framework named on the command line: a shipped id, or a path to a framework file. */
public final class FrameworkSource {

    /** Framework files are short; anything larger is refused before it is read. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private FrameworkSource() {
    }

    /**
     * @throws IllegalArgumentException with a Chinese message when the name is neither a shipped
     *                                  framework nor a readable UTF-8 file
     */
    public static FrameworkLoad load(String idOrPath) {
        if (ShippedFrameworks.IDS.contains(idOrPath)) {
            return ShippedFrameworks.load(idOrPath);
        }
        Path path = Path.of(idOrPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("“" + idOrPath + "”既不是内置指标体系（" + String.join("、", ShippedFrameworks.IDS)
                    + "），也不是可读的文件");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new IllegalArgumentException("文件“" + idOrPath + "”超过" + MAX_BYTES / 1024 / 1024 + " MB，不是指标体系文件");
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
            return FrameworkFormat.read(path.getFileName().toString(), text);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("文件“" + idOrPath + "”不是 UTF-8 编码的文本");
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取文件“" + idOrPath + "”：" + e.getMessage());
        }
    }
}
