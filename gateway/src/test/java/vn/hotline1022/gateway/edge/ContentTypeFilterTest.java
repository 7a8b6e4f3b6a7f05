package vn.hotline1022.gateway.edge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypeFilterTest {

    @Test
    void onlyConcreteTypesWithKnownCharsetsAreUsable() {
        assertThat(ContentTypeFilter.usable("application/json")).isTrue();
        assertThat(ContentTypeFilter.usable("application/json;charset=UTF-8")).isTrue();
        assertThat(ContentTypeFilter.usable("multipart/form-data; boundary=x")).isTrue();
        assertThat(ContentTypeFilter.usable("application/json;charset=latin-1")).isFalse();
        assertThat(ContentTypeFilter.usable("*/*")).isFalse();
        assertThat(ContentTypeFilter.usable("application/*")).isFalse();
        assertThat(ContentTypeFilter.usable("garbage")).isFalse();
    }
}
