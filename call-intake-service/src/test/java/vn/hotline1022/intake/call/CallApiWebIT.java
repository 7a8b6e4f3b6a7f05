package vn.hotline1022.intake.call;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.hotline1022.intake.caller.CallerFlagStore;
import vn.hotline1022.intake.caller.PhoneNumbers;
import vn.hotline1022.support.clock.ClockAutoConfiguration;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.testsupport.TestAuth;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input is a problem+json 400 naming the field, and nothing reaches the store. */
@WebMvcTest(controllers = {CallController.class, CallerHistoryController.class})
@Import({CallService.class, CallCloser.class, CallSearch.class, PhoneNumbers.class,
        vn.hotline1022.intake.reference.ReferenceDataConfigAccess.class})
@ImportAutoConfiguration(ClockAutoConfiguration.class)
class CallApiWebIT {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CallStore store;
    @MockitoBean
    CallerFlagStore flags;
    @MockitoBean
    CallEvents events;
    @MockitoBean
    CallMetrics metrics;
    @MockitoBean
    vn.hotline1022.intake.audit.AuditTrail audit;

    private ResultActions postCall(String json) throws Exception {
        return mvc.perform(post("/api/calls").headers(TestAuth.as("tdv01", "OPERATOR", null))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static void assertNothingWritten(CallStore store) {
        verify(store, never()).insert(any(), anyString(), any());
        verify(store, never()).close(any(), any());
    }

    @Test
    void malformedNumberNamesCallerNumber() throws Exception {
        postCall("""
                {"callerNumber":"0908 15","locality":"HAM_TAN","topic":"TRAVEL_TRANSPORT","question":"Hỏi"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("callerNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("không hợp lệ")));
        assertNothingWritten(store);
    }

    @Test
    void missingFieldsAreAllNamed() throws Exception {
        postCall("""
                {"callerNumber":"0908158383"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("locality", "topic", "question")));
        assertNothingWritten(store);
    }

    @Test
    void questionLongerThan4000IsRefused() throws Exception {
        postCall("{\"withheld\":true,\"locality\":\"LA_GI\",\"topic\":\"OTHER\",\"question\":\"" + "x".repeat(4001)
                + "\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("question"));
        assertNothingWritten(store);
    }

    @Test
    void unknownCodesAreRefusedByName() throws Exception {
        postCall("""
                {"callerNumber":"0908158383","locality":"HAM_TAN","topic":"TRAVEL","question":"Hỏi"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("topic"));
        postCall("""
                {"callerNumber":"0908158383","locality":"SAI_GON","topic":"OTHER","question":"Hỏi"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("locality"));
        postCall("""
                {"callerNumber":"0908158383","channel":"FAX","locality":"LA_GI","topic":"OTHER","question":"Hỏi"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("channel"));
        postCall("""
                {"callerNumber":"0908158383","locality":"OTHER_PROVINCE","topic":"OTHER","question":"Hỏi"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("provinceName"));
        assertNothingWritten(store);
    }

    /** One answer names every wrong field: the operator fixes the form once, not once per field. */
    @Test
    void aBlankQuestionAndUnknownCodesAreNamedTogether() throws Exception {
        postCall("""
                {"callerNumber":"0908158383","locality":"SAI_GON","topic":"TRAVEL","question":" "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("locality", "topic", "question")))
                .andExpect(jsonPath("$.errors[?(@.field == 'locality')].message").value(
                        org.hamcrest.Matchers.contains("Địa bàn không có trong danh mục: SAI_GON (xem GET /api/calls/reference)")));
        mvc.perform(post("/api/calls").headers(TestAuth.as("tdv01", "OPERATOR", null)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"callerNumber":"0908158383","locality":"HAM_TAN","topic":"TRAVEL","question":""}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("topic", "question")))
                .andExpect(jsonPath("$.errors[?(@.field == 'topic')].message").value(
                        org.hamcrest.Matchers.contains("Topic not in the catalogue: TRAVEL (see GET /api/calls/reference)")));
        assertNothingWritten(store);
    }

    /** The number and the channel too: parsed with the other constraints, each named once. */
    @Test
    void aBadNumberAndChannelAreNamedWithTheOtherFields() throws Exception {
        postCall("""
                {"callerNumber":"0908 abc","channel":"FAX","locality":"LA_GI","topic":"OTHER","question":""}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.contains("callerNumber", "channel", "question")))
                .andExpect(jsonPath("$.errors[?(@.field == 'channel')].message").value(
                        org.hamcrest.Matchers.contains("Kênh không hợp lệ: FAX (PHONE, ZALO, EMAIL, WEB)")))
                // a person reads the detail: the fields by name, not as codes
                // in the order of the form's fields
                .andExpect(jsonPath("$.detail").value(
                        "Dữ liệu không hợp lệ: Số điện thoại người gọi, Kênh tiếp nhận, Câu hỏi"));
        postCall("""
                {"callerNumber":"0908158383","withheld":true,"locality":"LA_GI","topic":"OTHER"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("callerNumber", "question")));
        postCall("{\"callerNumber\":\"" + "9".repeat(41) + "\",\"locality\":\"LA_GI\",\"topic\":\"OTHER\",\"question\":\"Hỏi\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("callerNumber")));
        assertNothingWritten(store);
    }

    @Test
    void withheldAndANumberContradictEachOther() throws Exception {
        postCall("""
                {"callerNumber":"0908158383","withheld":true,"locality":"LA_GI","topic":"OTHER","question":"Hỏi"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("callerNumber"));
        postCall("""
                {"locality":"LA_GI","topic":"OTHER","question":"Hỏi"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("callerNumber"));
        assertNothingWritten(store);
    }

    @Test
    void badJsonAndBadTypesAreProblems() throws Exception {
        postCall("{\"callerNumber\":").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        postCall("""
                {"withheld":"maybe","locality":"LA_GI","topic":"OTHER","question":"Hỏi"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("withheld"));
        postCall("""
                {"withheld":true,"locality":"LA_GI","topic":"OTHER","question":"Hỏi","startedAt":"hôm qua"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedAt"));
    }

    @Test
    void badIdempotencyKeyIsNamed() throws Exception {
        mvc.perform(post("/api/calls").headers(TestAuth.as("tdv01", "OPERATOR", null))
                        .header("Idempotency-Key", "x".repeat(201)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"withheld":true,"locality":"LA_GI","topic":"OTHER","question":"Hỏi"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertNothingWritten(store);
    }

    @Test
    void closeNamesTheMissingDetail() throws Exception {
        mvc.perform(post("/api/calls/c1/close").headers(TestAuth.as("tdv01", "OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"ANSWERED_FROM_KB\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kbEntryId"));
        mvc.perform(post("/api/calls/c1/close").headers(TestAuth.as("tdv01", "OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"SOLVED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(post("/api/calls/c1/close").headers(TestAuth.as("tdv01", "OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(post("/api/calls/nope/close").headers(TestAuth.as("tdv01", "OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"DROPPED\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertNothingWritten(store);
    }

    @Test
    void searchValidatesFiltersAndCapsSize() throws Exception {
        mvc.perform(get("/api/calls?size=5000").headers(TestAuth.as("gs01", "SUPERVISOR", null)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/api/calls?from=26/08/2021").headers(TestAuth.as("gs01", "SUPERVISOR", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/calls?from=2021-08-27&to=2021-08-26").headers(TestAuth.as("gs01", "SUPERVISOR", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/calls?outcome=WHATEVER").headers(TestAuth.as("gs01", "SUPERVISOR", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(get("/api/calls?page=abc").headers(TestAuth.as("gs01", "SUPERVISOR", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void historyNamesABadPhone() throws Exception {
        mvc.perform(get("/api/callers/12ab/history").headers(TestAuth.as("tdv01", "OPERATOR", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("phone"));
    }

    @Test
    void unitAccountsDoNotSeeCallers() throws Exception {
        mvc.perform(get("/api/callers/0908158383/history").headers(TestAuth.as("gtvt", "UNIT", "SO_GTVT")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void databaseDownIs503ProblemJson() throws Exception {
        when(store.hasCallsSince(anyString(), any())).thenThrow(new MongoTimeoutException("no server"));
        postCall("""
                {"callerNumber":"0908158383","locality":"LA_GI","topic":"OTHER","question":"Hỏi"}""")
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("chưa có gì được lưu")));
        assertNothingWritten(store);
    }

    /** #12: the domain names a message code; the answer is Vietnamese by default and English when asked. */
    @Test
    void theSameProblemInVietnameseAndInEnglish() throws Exception {
        String body = """
                {"callerNumber":"0908158383","withheld":true,"locality":"LA_GI","topic":"OTHER","question":"Hỏi"}""";
        postCall(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].message").value("Đã chọn ẩn số thì không nhập số điện thoại"));
        mvc.perform(post("/api/calls").headers(TestAuth.as("tdv01", "OPERATOR", null)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.errors[0].field").value("callerNumber"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("A hidden number was chosen, so leave the phone number empty"));
        postCall("""
                {"callerNumber":"0908158383","locality":"LA_GI","topic":"OTHER","question":"Hỏi","notes":"%s"}"""
                .formatted("x".repeat(4001))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Ghi chú tối đa 4000 ký tự"));
        mvc.perform(post("/api/calls").headers(TestAuth.as("tdv01", "OPERATOR", null)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                {"callerNumber":"0908158383","locality":"LA_GI","topic":"OTHER","question":"Hỏi","notes":"%s"}"""
                                .formatted("x".repeat(4001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Notes may have at most 4000 characters"));
        assertNothingWritten(store);
    }
}
