package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every page an action goes back to when refused is a path of this site, and each of its variables is one of the
 * action's own path variables, so the advice never has to guess (or fail while answering someone).
 */
class OnRefusalTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyOnRefusalNamesAPathOfThisSiteFromItsOwnPathVariables() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> wrong = new ArrayList<>();
        int marked = 0;
        for (var candidate : scanner.findCandidateComponents("org.harambee")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                OnRefusal back = method.getAnnotation(OnRefusal.class);
                if (back == null) {
                    continue;
                }
                marked++;
                if (!back.value().startsWith("/") || back.value().startsWith("//")) {
                    wrong.add(method + ": " + back.value() + " is not a path of this site");
                }
                Matcher each = VARIABLE.matcher(back.value());
                while (each.find()) {
                    if (!pathVariables(method).contains(each.group(1))) {
                        wrong.add(method + ": " + each.group(1) + " is not one of its path variables");
                    }
                }
            }
        }
        assertThat(marked).as("actions marked @OnRefusal").isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    private static List<String> pathVariables(Method method) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            PathVariable variable = parameter.getAnnotation(PathVariable.class);
            if (variable != null) {
                names.add(!variable.value().isEmpty() ? variable.value() : !variable.name().isEmpty()
                        ? variable.name() : parameter.getName());
            }
        }
        return names;
    }
}
