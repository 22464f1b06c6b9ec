package org.harambee.guards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The route x role matrix, generated: every route the handler mappings serve, with its path variables naming real
 * objects of someone else, as visitor, member, representative of another organization, staff and administrator,
 * answers what docs/routes.md documents, and never a 5xx. A form refused to a role (sign-in, 401, 403, 404) changes
 * nothing in the database; a role allowed to send it gets its answer (accepted, or a message at the field).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteMatrixIntegrationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;

    private GuardWorld world;
    private List<Route> routes;
    private RouteTable table;

    @BeforeAll
    void aNetworkAndItsRoutes() throws Exception {
        world = new GuardWorld(context, mvc);
        routes = Routes.of(context);
        table = new RouteTable();
    }

    @Test
    void everyRouteIsDocumentedInTheTable() throws Exception {
        List<Route> missing = routes.stream().filter(route -> table.answers(route) == null).toList();
        if (!missing.isEmpty()) {
            Path observed = Path.of("target", "routes-observed.md");
            Files.writeString(observed, String.join("\n", observedRows(missing)) + "\n");
            throw new AssertionError(missing.size() + " route(s) are not in " + RouteTable.FILE
                    + ". Add a row per route saying what visitor, member, representative (of another organization), "
                    + "staff and admin get (see the legend there); what they get now is in " + observed + ":\n"
                    + String.join("\n", missing.stream().map(Route::key).toList()));
        }
        assertThat(table.rowsWithoutRoute(routes)).as("rows of %s whose route the application no longer serves",
                RouteTable.FILE).isEmpty();
    }

    @Test
    void everyRouteAnswersEveryRoleAsDocumentedAndNeverFails() throws Exception {
        Database database = new Database(dataSource);
        List<String> wrong = new ArrayList<>();
        List<Route> getsFirst = new ArrayList<>(routes);
        getsFirst.sort(Comparator.comparing(Route::changesState));
        for (Route route : getsFirst) {
            List<String> expected = table.answers(route);
            if (expected == null) {
                continue;
            }
            Map<String, String> before = null;
            for (String role : GuardWorld.ROLES) {
                String answer = table.answer(route, role);
                boolean refused = route.changesState() && RouteTable.refusal(answer);
                if (refused && before == null) {
                    before = database.snapshot();
                }
                MvcResult result = world.as.get(role).perform(request(HttpMethod.valueOf(route.method()),
                        world.fill(route.pattern(), role)));
                MockHttpServletResponse response = result.getResponse();
                String actual = Visitor.outcome(route.method(), result);
                if (response.getStatus() >= 500 || !actual.equals(answer)) {
                    wrong.add(route.key() + " as " + role + ": " + actual + " (" + response.getStatus()
                            + "), documented " + answer);
                }
                if (refused) {
                    Map<String, String> after = database.snapshot();
                    changes(before, after, route.key() + " refused to " + role, wrong);
                    before = after;
                } else {
                    before = null;
                }
            }
        }
        assertThat(wrong).as("answers that differ from %s", RouteTable.FILE).isEmpty();
    }

    /**
     * What mail programs send for a one-click unsubscribe (RFC 8058) carries no session and no CSRF token: the
     * unguessable token in the address is the proof. The only form without a CSRF token; it must still refuse a
     * token it does not know.
     */
    private static final String ONE_CLICK_UNSUBSCRIBE = "POST /unsubscribe/{token}";

    /**
     * No form is accepted without its CSRF token, whoever sends it: every state-changing route of the handler
     * mappings, and the two forms Spring Security itself serves (sign-in and sign-out).
     */
    @Test
    void noFormIsAcceptedWithoutItsCsrfTokenWhoeverSendsIt() throws Exception {
        List<String> forms = new ArrayList<>(List.of("POST /login", "POST /logout"));
        routes.stream().filter(Route::changesState).map(Route::key).forEach(forms::add);
        List<String> wrong = new ArrayList<>();
        for (String form : forms) {
            String[] methodAndPattern = form.split(" ", 2);
            for (String role : GuardWorld.ROLES) {
                MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(methodAndPattern[0]),
                        world.fill(methodAndPattern[1], role)).param("_csrf", "not-the-token");
                int status = world.as.get(role).sendWithoutCsrf(request).getStatus();
                if (status != (form.equals(ONE_CLICK_UNSUBSCRIBE) ? 404 : 403)) {
                    wrong.add(form + " without its CSRF token as " + role + " gave " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void changes(Map<String, String> before, Map<String, String> after, String what, List<String> wrong) {
        for (Map.Entry<String, String> table : after.entrySet()) {
            if (!Objects.equals(before.get(table.getKey()), table.getValue())) {
                wrong.add(what + ", yet table " + table.getKey() + " changed");
            }
        }
    }

    private List<String> observedRows(List<Route> missing) throws Exception {
        List<String> rows = new ArrayList<>();
        List<Route> getsFirst = new ArrayList<>(missing);
        getsFirst.sort(Comparator.comparing(Route::changesState));
        for (Route route : getsFirst) {
            StringBuilder row = new StringBuilder("| " + route.method() + " | `" + route.pattern().replace("|", "\\|")
                    + "` |");
            for (String role : GuardWorld.ROLES) {
                MvcResult result = world.as.get(role).perform(request(HttpMethod.valueOf(route.method()),
                        world.fill(route.pattern(), role)));
                row.append(' ').append(Visitor.outcome(route.method(), result)).append(" |");
            }
            rows.add(row.append(" ").append(route.handler() == null ? "static files"
                    : route.handler().getBeanType().getSimpleName() + "." + route.handler().getMethod().getName())
                    .append(" |").toString());
        }
        return rows;
    }
}
