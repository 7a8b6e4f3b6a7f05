package vn.hotline1022.knowledge.learning;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.hotline1022.knowledge.usage.UsageStore;
import vn.hotline1022.testsupport.TestAuth;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The switch's request is checked before anything changes; a second build while one runs is a 409 problem. */
@WebMvcTest(controllers = LearningController.class)
class LearningApiWebIT {

    static final HttpHeaders SUPERVISOR = TestAuth.as("gs01", "SUPERVISOR", null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    LearningStateStore state;
    @MockitoBean
    ModelStore models;
    @MockitoBean
    ModelSync sync;
    @MockitoBean
    ModelBuilder builder;
    @MockitoBean
    UsageStore usage;

    @BeforeEach
    void state() {
        when(state.read()).thenReturn(new LearningState(false, null, null, null, null));
    }

    private ResultActions switchTo(String body, HttpHeaders auth) throws Exception {
        return mvc.perform(put("/api/knowledge/learning").headers(auth).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aMissingOrWrongSwitchNamesEnabled() throws Exception {
        switchTo("{}", SUPERVISOR).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("enabled"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("bật")));
        switchTo("{\"enabled\":\"maybe\"}", SUPERVISOR).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enabled"));
        switchTo("", SUPERVISOR).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        verify(state, never()).switchTo(anyBoolean(), anyString());
    }

    @Test
    void switchingOffStopsThisReplicaAtOnce() throws Exception {
        switchTo("{\"enabled\":false}", SUPERVISOR).andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.serving").value(org.hamcrest.Matchers.nullValue()));
        verify(state).switchTo(false, "gs01");
        verify(sync).unserve();
    }

    @Test
    void onlySupervisorsMaySwitch() throws Exception {
        switchTo("{\"enabled\":false}", TestAuth.as("tdv01", "OPERATOR", null)).andExpect(status().isForbidden());
        verify(state, never()).switchTo(anyBoolean(), anyString());
    }

    @Test
    void aSecondBuildIsAConflict() throws Exception {
        when(builder.start(any(), anyString())).thenReturn(false);
        mvc.perform(post("/api/knowledge/learning/rebuild").headers(SUPERVISOR)).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("conflict"));
        when(builder.start(any(), anyString())).thenReturn(true);
        mvc.perform(post("/api/knowledge/learning/rebuild").headers(SUPERVISOR)).andExpect(status().isAccepted());
    }

    /** #12: a constraint's message code is answered in Vietnamese by default and in English when asked. */
    @Test
    void theSameProblemInVietnameseAndInEnglish() throws Exception {
        switchTo("{}", SUPERVISOR).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Cần cho biết bật (true) hay tắt (false) tìm kiếm học từ tổng đài"));
        mvc.perform(put("/api/knowledge/learning").headers(SUPERVISOR).header("Accept-Language", "en-US")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.errors[0].field").value("enabled"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Say whether learned search is on (true) or off (false)"));
    }
}
