package vn.hotline1022.reporting.staffing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.hotline1022.testsupport.TestAuth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The same problem in Vietnamese by default and in English when the client asks for it (#12). */
@WebMvcTest(controllers = StaffingController.class)
class ProblemLanguageWebTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    StaffingQuery query;

    @Test
    void aFieldErrorWithArgumentsIsVietnameseByDefault() throws Exception {
        mvc.perform(get("/api/reports/staffing?from=2021-08-01&to=2021-08-02&answerWithinSeconds=0")
                        .headers(TestAuth.as("gs01", "SUPERVISOR", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answerWithinSeconds"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.matchesPattern(
                        "Thời gian trả lời mục tiêu phải từ 1 đến [0-9]+ giây")));
    }

    @Test
    void theSameFieldErrorInEnglish() throws Exception {
        mvc.perform(get("/api/reports/staffing?from=2021-08-01&to=2021-08-02&answerWithinSeconds=0")
                        .headers(TestAuth.as("gs01", "SUPERVISOR", null)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.matchesPattern(
                        "The target answer time must be from 1 to [0-9]+ seconds")));
    }
}
