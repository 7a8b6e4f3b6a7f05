package vn.hotline1022.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import vn.hotline1022.contracts.json.StrictJson;

/** Strict JSON in request bodies (see {@link StrictJson}): a number sent for a text field names that field. */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
public class StrictJsonAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictTextCoercion() {
        return StrictJson::textStaysText;
    }
}
