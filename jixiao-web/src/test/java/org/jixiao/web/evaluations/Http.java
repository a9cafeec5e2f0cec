package org.jixiao.web.evaluations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests through the application's real security filters: the API with HTTP Basic (password
 * "demo"), pages with a session obtained by signing in on the login form.
 */
final class Http {

    static final String PASSWORD = "demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One signed-in session per user, shared by every test of the run (signing in costs a bcrypt check). */
    private static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

    /** An API answer: the status and the JSON body. */
    record Answer(int status, String body) {
        DocumentContext json() {
            return JsonPath.parse(body);
        }

        <T> T read(String path) {
            return json().read(path);
        }
    }

    private final MockMvc mvc;

    Http(WebApplicationContext context) {
        // built by hand so the test does not depend on how the shared test context configures MockMvc
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** An API call as {@code username} (null: anonymous); body is turned into JSON when not null. */
    Answer api(String username, HttpMethod method, String path, Object body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).accept(MediaType.APPLICATION_JSON);
        if (username != null) {
            request.with(httpBasic(username, PASSWORD));
        }
        if (body != null) {
            // a String is sent as it is (to send broken JSON); anything else as JSON
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String s ? s : JSON.writeValueAsString(body));
        }
        MvcResult result = mvc.perform(request).andReturn();
        return new Answer(result.getResponse().getStatus(), result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    Answer get(String username, String path) throws Exception {
        return api(username, HttpMethod.GET, path, null);
    }

    /** A page request with the user's signed-in session (null: none); request is completed by the caller. */
    MvcResult page(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (username != null) {
            request.session(session(username));
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private MockHttpSession session(String username) {
        return SESSIONS.computeIfAbsent(username, u -> {
            try {
                MvcResult login = mvc.perform(formLogin("/login").user(u).password(PASSWORD)).andReturn();
                if (login.getResponse().getStatus() != 302 || !"/".equals(login.getResponse().getRedirectedUrl())) {
                    throw new IllegalStateException("sign-in of " + u + " failed: " + login.getResponse().getRedirectedUrl());
                }
                return (MockHttpSession) login.getRequest().getSession(false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
