package org.harambee;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** The one module that may use other modules' seeding interfaces. */
    private static final String SEEDER = "demo";

    private final ApplicationModules modules = ApplicationModules.of(HarambeeApplication.class);

    @Test
    void capabilitiesDependOnlyOnWhatTheyDeclareOfEachOthersNamedInterfacesWithoutCycles() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresItsDependenciesOnNamedInterfacesAndOnlyTheSeederSeeds() throws Exception {
        String[] unrestricted = (String[]) ApplicationModule.class.getMethod("allowedDependencies").getDefaultValue();
        List<String> problems = new ArrayList<>();
        for (var module : modules) {
            String name = module.getIdentifier().toString();
            ApplicationModule declared = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            if (declared == null || Arrays.equals(declared.allowedDependencies(), unrestricted)) {
                problems.add(name + " does not declare what it may depend on");
                continue;
            }
            for (String allowed : declared.allowedDependencies()) {
                if (!allowed.endsWith("::api") && !(allowed.endsWith("::seeding") && name.equals(SEEDER))) {
                    problems.add(name + " may depend on " + allowed + ", not on a module's api interface");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void namedInterfacesHandOutNoJpaEntities() {
        List<String> problems = new ArrayList<>();
        for (var module : modules) {
            module.getNamedInterfaces().stream().filter(NamedInterface::isNamed)
                    .filter(named -> named.getName().equals("api")).forEach(api -> api.asJavaClasses().forEach(type -> {
                        if (isEntity(type)) {
                            problems.add(type.getName() + " is an entity");
                        }
                        type.getMethods().stream().filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                                .forEach(method -> Stream.concat(method.getReturnType().getAllInvolvedRawTypes()
                                        .stream(), method.getParameterTypes().stream()
                                        .flatMap(parameter -> parameter.getAllInvolvedRawTypes().stream()))
                                        .filter(ModularityTests::isEntity)
                                        .forEach(entity -> problems.add(method.getFullName() + " hands out "
                                                + entity.getName())));
                    }));
        }
        assertThat(problems).isEmpty();
    }

    private static boolean isEntity(JavaClass type) {
        return type.isAnnotatedWith(Entity.class);
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults())
                .writeModuleCanvases();
        sortRelations(Path.of("docs/modules/components.puml"));
    }

    /** The documenter lists dependencies in no fixed order; sorted, the file changes only when the modules do. */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        Iterator<String> sorted = relations.iterator();
        Files.write(diagram, lines.stream().map(line -> line.startsWith("Rel(") ? sorted.next() : line).toList());
    }
}
