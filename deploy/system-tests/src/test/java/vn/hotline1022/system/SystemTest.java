package vn.hotline1022.system;

import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;

/**
 * What the tests of the running system share: the one system of this JVM (started by the first test class that
 * needs it, see {@link SystemUnderTest#get()}) and plain HTTP and JSON clients.
 */
abstract class SystemTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static SystemUnderTest sut;

    @BeforeAll
    static void startSystem() throws Exception {
        sut = SystemUnderTest.get();
    }
}
