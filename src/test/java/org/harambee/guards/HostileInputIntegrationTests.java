package org.harambee.guards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.ServletException;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * Generated bad input: for every route of the handler mappings, every path variable, query parameter and form field
 * its handler method declares (read by reflection: {@code @PathVariable}, {@code @RequestParam}, form objects' and
 * records' properties, {@code MultipartFile}s, and for handlers taking all parameters as a map, the fields of the
 * page's own forms or the API description's parameters) gets every value of {@link HostileValues}: path variables
 * and parameters one at a time (the path's other variables real), a form's fields all at once with each value and
 * one at a time with the values that break a field by its type (see {@link HostileValues#core}); sent by the role that may reach the handler (administrator for
 * {@code /admin}, staff for {@code /staff}, otherwise the representative who owns the guards' network) with the
 * form's CSRF token. No answer may be a 5xx, and no body may show a stack trace or the framework's own words.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTests {

    /** Words only a stack trace or a framework's default error page holds, never a page of ours. */
    private static final List<String> INTERNALS = List.of("exception", "at org.", "at java.", "whitelabel",
            "springframework", "tomcat", "hibernate", "jakarta.", "sqlstate", "org.h2.", "postgresql", "stack trace",
            "java.lang");

    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\sname=\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern API_PARAMETER = Pattern.compile("\"name\":\"([A-Za-z]+)\",\"in\":\"query\"");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    private GuardWorld world;
    private String apiDescription;

    /** A parameter of a route: where it goes (path, query or form, file) and what type the handler expects. */
    record Field(String name, Where where, Class<?> type, boolean ofForm) {
    }

    enum Where {
        PATH, PARAMETER, FILE
    }

    @BeforeAll
    void aNetwork() throws Exception {
        world = new GuardWorld(context, mvc);
        apiDescription = world.as.get("visitor").send(get("/api/v1/openapi.json")).getContentAsString();
    }

    @Test
    void noHostileValueInAnyParameterOfAnyRouteGetsAServerFailureOrShowsInternals() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Set<String> fieldsSeen = new LinkedHashSet<>();
        for (Route route : Routes.of(context)) {
            if (route.handler() == null) {
                continue;
            }
            Visitor sender = senderOf(route);
            List<Field> fields = fields(route, sender);
            List<Field> ofForm = fields.stream().filter(Field::ofForm).toList();
            if (!ofForm.isEmpty()) {
                for (HostileValues.Hostile hostile : HostileValues.forType(String.class)) {
                    sent++;
                    check(route, ofForm.get(0), hostile.label() + " in every field of the form",
                            everyField(route, ofForm, hostile), sender, failures);
                }
            }
            for (Field field : fields) {
                fieldsSeen.add(route.key() + " " + field.name());
                for (HostileValues.Hostile hostile : field.ofForm() ? HostileValues.core(field.type())
                        : HostileValues.forType(field.type())) {
                    sent++;
                    check(route, field, hostile.label(), build(route, field, hostile), sender, failures);
                }
                if (field.where() == Where.PARAMETER) {
                    for (String shape : List.of("twice", "[]", "[0]")) {
                        sent++;
                        check(route, field, "sent " + shape, shaped(route, field, shape), sender, failures);
                    }
                }
            }
        }
        assertThat(fieldsSeen).as("parameters found by reflection").hasSizeGreaterThan(100);
        assertThat(failures).as("of %s hostile requests to %s parameters", sent, fieldsSeen.size()).isEmpty();
    }

    /** The first place in Harambee's own code the exception passed, so that a failure says where to look. */
    private static String whereInHarambee(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("org.harambee.")) {
                return " at " + frame;
            }
        }
        return "";
    }

    private Visitor senderOf(Route route) {
        if (route.pattern().startsWith("/admin")) {
            return world.as.get("admin");
        }
        if (route.pattern().startsWith("/treasury")) {
            return world.as.get("treasurer");
        }
        if (route.pattern().startsWith("/bodies") || route.pattern().startsWith("/elections")
                && !route.pattern().matches(".*/(nominations.*|nominate|ballot|receipt|voting-representative)")) {
            return world.as.get("officer");
        }
        return route.pattern().startsWith("/staff") ? world.as.get("staff") : world.ownerVisits;
    }

    private void check(Route route, Field field, String label, AbstractMockHttpServletRequestBuilder<?> request,
            Visitor sender, List<String> failures) throws Exception {
        String what = route.key() + " " + field.where().name().toLowerCase(Locale.ROOT) + " " + field.name() + "="
                + label;
        MockHttpServletResponse response;
        try {
            response = sender.send(request);
        } catch (ServletException unhandled) {
            failures.add(what + ": unhandled " + unhandled.getRootCause() + whereInHarambee(unhandled.getRootCause()));
            return;
        }
        if (response.getStatus() >= 500) {
            failures.add(what + ": " + response.getStatus());
        }
        String body = response.getContentAsString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String internal : INTERNALS) {
            if (body.contains(internal)) {
                failures.add(what + ": the body shows \"" + internal + "\"");
            }
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Route route, Field field, HostileValues.Hostile hostile) {
        HttpMethod method = HttpMethod.valueOf(route.method());
        if (field.where() == Where.PATH) {
            return request(method, URI.create(world.fillExcept(route.pattern(), field.name(), hostile.raw()
                    ? hostile.value() : UriUtils.encodePathSegment(hostile.value(), StandardCharsets.UTF_8))));
        }
        String path = world.fill(route.pattern());
        if (field.where() == Where.FILE) {
            String name = hostile.raw() ? UriUtils.decode(hostile.value().replace("%", "%25"), StandardCharsets.UTF_8)
                    : hostile.value();
            return multipart(method, URI.create(path)).file(new MockMultipartFile(field.name(), name, "text/plain",
                    ("Guard file " + world.mark).getBytes(StandardCharsets.UTF_8)));
        }
        String value = hostile.raw() ? hostile.value() : URLEncoder.encode(hostile.value(), StandardCharsets.UTF_8);
        return request(method, URI.create(path + "?" + URLEncoder.encode(field.name(), StandardCharsets.UTF_8) + "="
                + value));
    }

    private AbstractMockHttpServletRequestBuilder<?> everyField(Route route, List<Field> fields,
            HostileValues.Hostile hostile) {
        String value = hostile.raw() ? hostile.value() : URLEncoder.encode(hostile.value(), StandardCharsets.UTF_8);
        StringBuilder query = new StringBuilder();
        for (Field field : fields) {
            query.append(query.isEmpty() ? "" : "&").append(URLEncoder.encode(field.name(), StandardCharsets.UTF_8))
                    .append('=').append(value);
        }
        return request(HttpMethod.valueOf(route.method()), URI.create(world.fill(route.pattern()) + "?" + query));
    }

    private AbstractMockHttpServletRequestBuilder<?> shaped(Route route, Field field, String shape) {
        String path = world.fill(route.pattern());
        String name = URLEncoder.encode(field.name(), StandardCharsets.UTF_8);
        String query = switch (shape) {
            case "twice" -> name + "=1&" + name + "=2";
            case "[]" -> name + "%5B%5D=1&" + name + "%5B%5D=2";
            default -> name + "%5B0%5D=1";
        };
        return request(HttpMethod.valueOf(route.method()), URI.create(path + "?" + query));
    }

    /** The route's parameters, from its handler method's signature (and, for a map of parameters, from its page). */
    private List<Field> fields(Route route, Visitor sender) throws Exception {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(AuthenticationPrincipal.class) || ignored(type)) {
                continue;
            }
            if (path != null) {
                add(fields, new Field(name(path.name(), parameter), Where.PATH, type, false));
            } else if (MultipartFile.class.isAssignableFrom(type)) {
                add(fields, new Field(param == null ? parameter.getParameterName() : name(param.name(), parameter),
                        Where.FILE, type, false));
            } else if (Map.class.isAssignableFrom(type)) {
                for (String name : namesOfThePage(route, sender)) {
                    add(fields, new Field(name, Where.PARAMETER, String.class, false));
                }
            } else if (param != null || BeanUtils.isSimpleProperty(type)) {
                add(fields, new Field(param == null ? parameter.getParameterName() : name(param.name(), parameter),
                        Where.PARAMETER, type, false));
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    add(fields, new Field(component.getName(), Where.PARAMETER, component.getType(), true));
                }
            } else {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null) {
                        add(fields, new Field(property.getName(), Where.PARAMETER, property.getPropertyType(), true));
                    }
                }
            }
        }
        return List.copyOf(fields.values());
    }

    private static void add(Map<String, Field> fields, Field field) {
        fields.putIfAbsent(field.where() + " " + field.name(), field);
    }

    private static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    private static boolean ignored(Class<?> type) {
        String name = type.getName();
        return name.startsWith("org.springframework.") && !MultipartFile.class.isAssignableFrom(type)
                && !name.startsWith("org.springframework.util.") || name.startsWith("jakarta.servlet.")
                || name.startsWith("java.security.") || type == Locale.class;
    }

    /** The names a handler that takes every parameter as a map reads: its page's form fields, or its API parameters. */
    private Set<String> namesOfThePage(Route route, Visitor sender) throws Exception {
        Set<String> names = new LinkedHashSet<>();
        String path = world.fill(route.pattern());
        if (path.startsWith("/api/")) {
            int at = apiDescription.indexOf("\"" + route.pattern() + "\"");
            Matcher parameters = API_PARAMETER.matcher(apiDescription.substring(Math.max(at, 0)));
            while (parameters.find() && parameters.start() < 4000) {
                names.add(parameters.group(1));
            }
        } else {
            Matcher fields = FIELD.matcher(sender.send(get(path)).getContentAsString(StandardCharsets.UTF_8));
            while (fields.find()) {
                names.add(fields.group(1));
            }
        }
        names.remove("_csrf");
        names.add("page");
        return names;
    }
}
