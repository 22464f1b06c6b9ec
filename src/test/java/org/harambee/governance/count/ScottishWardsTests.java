package org.harambee.governance.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every real Scottish council ward of {@code stv/} (4 May 2017, with the councils' official results, see its README)
 * counted from its BLT ballot file: the official quota and valid votes, the official winners in the official order,
 * each elected at the official stage, the official number of stages, and each winner's official total at the last
 * stage to the last of its five decimal places.
 */
class ScottishWardsTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    static Stream<JsonNode> wards() throws IOException {
        try (InputStream results = ScottishWardsTests.class.getResourceAsStream("/stv/results.json")) {
            List<JsonNode> wards = new ArrayList<>();
            JSON.readTree(results).forEach(wards::add);
            assertThat(wards).hasSize(15);
            return wards.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wards")
    void theCountElectsTheOfficialWinnersAtTheOfficialStagesWithTheOfficialTotals(JsonNode ward) throws IOException {
        String text;
        try (InputStream file = ScottishWardsTests.class.getResourceAsStream("/stv/" + ward.get("file").asString())) {
            text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
        Election election = BltFile.read(text);
        StvCount.Result result = StvCount.count(election, 1);

        assertThat(election.seats()).isEqualTo(ward.get("seats").asInt());
        assertThat(election.candidates()).hasSize(ward.get("candidates").asInt());
        assertThat(result.valid()).isEqualTo(ward.get("valid_votes").asLong());
        assertThat(result.quota()).isEqualByComparingTo(BigDecimal.valueOf(ward.get("quota").asLong()));
        List<String> official = new ArrayList<>();
        ward.get("elected").forEach(name -> official.add(name.asString()));
        assertThat(result.electedNames()).containsExactlyElementsOf(official);
        assertThat(result.stages()).hasSize(ward.get("stages").asInt());
        assertThat(result.lotsDrawn()).isFalse();
        for (int i = 0; i < official.size(); i++) {
            String name = official.get(i);
            assertThat(result.electedAtStage()[i]).as("stage at which %s was elected", name)
                    .isEqualTo(ward.get("elected_at_stage").get(name).asInt());
            BigDecimal total = result.finalTotals()[result.elected().get(i)];
            assertThat(total).as("final total of %s", name)
                    .isEqualByComparingTo(ward.get("final_totals").get(name).decimalValue());
        }
    }
}
