package vn.hotline1022.routing.transfer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.hotline1022.support.clock.ClockAutoConfiguration;
import vn.hotline1022.testsupport.TestAuth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The same problem in Vietnamese by default and in English when the client asks for it (#12). */
@WebMvcTest(controllers = RoutingMissController.class)
@ImportAutoConfiguration(ClockAutoConfiguration.class)
class ProblemLanguageWebTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RoutingMissStore misses;

    @Test
    void aFieldErrorIsVietnameseByDefault() throws Exception {
        mvc.perform(get("/api/routing/misses?days=400").headers(TestAuth.as("gs01", "SUPERVISOR", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].message").value("Số ngày từ 1 đến 92"));
    }

    @Test
    void theSameFieldErrorInEnglish() throws Exception {
        mvc.perform(get("/api/routing/misses?days=400").headers(TestAuth.as("gs01", "SUPERVISOR", null))
                        .header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.code").value("invalid-data"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-field"))
                .andExpect(jsonPath("$.errors[0].message").value("Days from 1 to 92"));
    }
}
