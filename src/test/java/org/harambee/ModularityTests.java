package org.harambee;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(HarambeeApplication.class);

    @Test
    void capabilitiesDependOnlyOnEachOthersPublicApiWithoutCycles() {
        modules.verify();
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
