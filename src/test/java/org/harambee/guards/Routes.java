package org.harambee.guards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the running application, read from its handler mappings rather than from a hand-kept list: the
 * controllers' request mappings (every {@link RequestMappingHandlerMapping}, springdoc's included) and the URL
 * mappings (static resources). A mapping without a method answers every method; it is listed as GET and POST, the
 * two a browser sends.
 */
final class Routes {

    private static final Set<String> SENT = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private Routes() {
    }

    static List<Route> of(ApplicationContext context) {
        Set<Route> routes = new TreeSet<>();
        for (HandlerMapping mapping : context.getBeansOfType(HandlerMapping.class).values()) {
            if (mapping instanceof RequestMappingHandlerMapping requestMappings) {
                for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : requestMappings.getHandlerMethods().entrySet()) {
                    Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                    List<String> names = methods.isEmpty() ? List.of("GET", "POST")
                            : methods.stream().map(Enum::name).filter(SENT::contains).toList();
                    for (String pattern : entry.getKey().getPatternValues()) {
                        for (String method : names) {
                            routes.add(new Route(method, pattern, entry.getValue()));
                        }
                    }
                }
            } else if (mapping instanceof AbstractUrlHandlerMapping urlMappings) {
                for (String pattern : urlMappings.getHandlerMap().keySet()) {
                    routes.add(new Route("GET", pattern, null));
                }
            }
        }
        return new ArrayList<>(routes);
    }
}
