package vn.hotline1022.gateway;

/** Lets tests in sub-packages use the shared gateway test setup. */
public abstract class GatewayTestAccess extends GatewayTestSupport {
}
