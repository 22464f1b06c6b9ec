package org.harambee.guards;

import org.springframework.web.method.HandlerMethod;

/**
 * One route the running application serves: an HTTP method and a path pattern as its handler mapping declares it
 * ({@code /groups/{slug}}), with the controller method behind it when there is one (resource handlers have none).
 */
record Route(String method, String pattern, HandlerMethod handler) implements Comparable<Route> {

    String key() {
        return method + " " + pattern;
    }

    boolean changesState() {
        return !"GET".equals(method);
    }

    @Override
    public int compareTo(Route other) {
        int byPattern = pattern.compareTo(other.pattern);
        return byPattern != 0 ? byPattern : method.compareTo(other.method);
    }
}
