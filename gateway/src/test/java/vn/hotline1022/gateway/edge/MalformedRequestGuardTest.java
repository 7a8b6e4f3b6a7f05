package vn.hotline1022.gateway.edge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedRequestGuardTest {

    @Test
    void acceptsWhatSpringCanParseAndRefusesTheRest() {
        assertThat(MalformedRequestGuard.wellFormed("/api/knowledge/search?q=ti%E1%BB%87m+ch%E1%BB%A7ng")).isTrue();
        assertThat(MalformedRequestGuard.wellFormed("/api/calls?from[]=1")).isTrue();
        assertThat(MalformedRequestGuard.wellFormed("/api/calls/[]")).isFalse();
        assertThat(MalformedRequestGuard.wellFormed("/api/calls?page={}")).isFalse();
        assertThat(MalformedRequestGuard.wellFormed("/public/answers?page=%FF")).isFalse();
        assertThat(MalformedRequestGuard.wellFormed("/api/knowledge/suggest?q=%E0%80%80")).isFalse();
        assertThat(MalformedRequestGuard.wellFormed("/api/transfers/%")).isFalse();
        assertThat(MalformedRequestGuard.wellFormed("/api/transfers/%zz")).isFalse();
        assertThat(MalformedRequestGuard.wellFormed("")).isFalse();
    }
}
