package org.jixiao.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading a user's text file: it must exist, stay under a size limit (checked before it is read),
 * and be UTF-8. Every refusal is an {@link IllegalArgumentException} with a Chinese message naming
 * the file; the CLI turns it into exit status 2.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * @param what     what the file is, for messages ("自评数据文件", "报告文件")
     * @param maxBytes the largest file accepted
     */
    public static String read(Path file, String what, long maxBytes) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("找不到" + what + "“" + file + "”");
            }
            if (Files.size(file) > maxBytes) {
                throw new IllegalArgumentException(what + "“" + file + "”超过 " + maxBytes / 1024 / 1024 + " MB");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + "“" + file + "”不是 UTF-8 编码的文本");
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取" + what + "“" + file + "”：" + e.getMessage());
        }
    }
}
