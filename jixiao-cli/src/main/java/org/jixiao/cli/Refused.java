package org.jixiao.cli;

import java.util.List;
import java.util.Map;
import org.jixiao.formats.UnreadableFileException;

/** The JSON of a workbook a command refused (`import`, `monitor`; docs/cli.md): the file's code, or every bad cell. */
public final class Refused {

    private Refused() {
    }

    /**
     * {@code {"file", "imported": false, "unreadable": {"code", "message"} | null, "problems": [...]}}.
     *
     * @param unreadable the file's refusal, or null when the file was read and its cells are at fault
     */
    public static Map<String, Object> json(String file, UnreadableFileException unreadable, List<Map<String, Object>> problems) {
        Map<String, Object> o = Json.object();
        o.put("file", file);
        o.put("imported", false);
        if (unreadable != null) {
            Map<String, Object> u = Json.object();
            u.put("code", unreadable.code().name());
            u.put("message", unreadable.getMessage());
            o.put("unreadable", u);
        } else {
            o.put("unreadable", null);
        }
        o.put("problems", problems);
        return o;
    }
}
