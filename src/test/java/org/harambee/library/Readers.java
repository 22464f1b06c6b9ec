package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.harambee.identity.HarambeeUser;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Library pages as one reader gets them: a visitor ({@code null}) or a signed-in person. */
record Readers(MockMvc mvc) {

    /** The page's HTML, which must answer 200. */
    String page(String address, HarambeeUser who) throws Exception {
        MockHttpServletResponse response = response(address, who);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    int status(String address, HarambeeUser who) throws Exception {
        return response(address, who).getStatus();
    }

    private MockHttpServletResponse response(String address, HarambeeUser who) throws Exception {
        return mvc.perform(who == null ? get(address) : get(address).with(user(who))).andReturn().getResponse();
    }
}
