package vn.hotline1022.gateway;

import org.springframework.boot.SpringApplication;
import vn.hotline1022.support.boot.HotlineApplication;

@HotlineApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
