package vn.hotline1022.support.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Errors are problem+json whatever the client asks for in Accept (a 406 on top of a 404 would be a 500). */
@SpringBootTest(classes = ProblemsWebTest.App.class, properties = {
        "hotline.security.jwt-secret=test-only-secret-of-at-least-32-bytes-long",
        "spring.autoconfigure.exclude=vn.hotline1022.support.mongo.MongoSupportAutoConfiguration,"
                + "vn.hotline1022.support.outbox.OutboxAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration"})
@AutoConfigureMockMvc
class ProblemsWebTest {

    @SpringBootApplication
    static class App {
        @RestController
        static class Things {
            @GetMapping("/public/things/{id}")
            String thing(@PathVariable String id) {
                if (id.equals("bad")) {
                    throw new InvalidFieldException("id", "Mã không hợp lệ");
                }
                throw new NotFoundException("Không tìm thấy " + id);
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void problemsIgnoreAnAcceptTheyCannotMeet() throws Exception {
        for (String accept : new String[] {"application/xml", "text/html", "*/*", "application/json", "image/png"}) {
            mvc.perform(get("/public/things/x").header("Accept", accept))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("not-found"));
            mvc.perform(get("/public/things/bad").header("Accept", accept))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("id"));
        }
    }
}
