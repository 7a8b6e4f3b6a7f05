package vn.hotline1022.routing;

import org.junit.jupiter.api.Test;
import vn.hotline1022.testsupport.MessageBundles;

/** Every message code the code names has a Vietnamese and an English text, and no message is back in the code. */
class MessageBundlesTest {

    @Test
    void everyCodeIsInBothBundles() {
        MessageBundles.assertComplete("routing");
    }
}
