package org.harambee.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiDescriptionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneReadsTheOpenApiDescriptionOfTheApiAndOnlyOfTheApi() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").with(TestAccounts.fromUniqueAddress()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(jsonPath("$.openapi").isNotEmpty())
                .andExpect(jsonPath("$.info.title").value("Harambee API"))
                .andExpect(jsonPath("$.info.version").value("v1"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.security[0].bearer").isArray())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.parameters").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.responses['401']").exists())
                .andExpect(content().string(not(containsString("/account/tokens\":"))))
                .andExpect(content().string(not(containsString("\"/error\""))));
    }
}
