package org.jixiao.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * REST API calls through the application's real security filters, with HTTP Basic as a demo user
 * (password "demo"; null: anonymous). MockMvc is built on the shared test context ({@link Mvc#build}),
 * so no second application starts.
 */
public final class JsonApi {

    private static final String PASSWORD = "demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer: status, JSON body, Location header (or null). */
    public record Answer(int status, String body, String location) {
        public <T> T read(String path) {
            return JsonPath.parse(body).read(path);
        }

        public long id() {
            return ((Number) read("$.id")).longValue();
        }
    }

    private final MockMvc mvc;

    public JsonApi(WebApplicationContext context) {
        this.mvc = Mvc.build(context);
    }

    public Answer get(String username, String path) throws Exception {
        return call(username, HttpMethod.GET, path, null);
    }

    /** A request whose body (when not null) is sent as JSON; a String is sent as it is, to send broken JSON. */
    public Answer call(String username, HttpMethod method, String path, Object body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body instanceof String s ? s : JSON.writeValueAsString(body));
        }
        return perform(username, request);
    }

    /** A multipart upload, as a script sends a file: the part "file" and the field "year". */
    public Answer upload(String username, String path, String fileName, byte[] content, String year) throws Exception {
        return perform(username, Mvc.multipart(path, fileName, content).param("year", year));
    }

    private Answer perform(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        request.accept(MediaType.APPLICATION_JSON);
        if (username != null) {
            request.with(httpBasic(username, PASSWORD));
        }
        MvcResult result = mvc.perform(request).andReturn();
        return new Answer(result.getResponse().getStatus(), result.getResponse().getContentAsString(StandardCharsets.UTF_8),
                result.getResponse().getHeader("Location"));
    }
}
