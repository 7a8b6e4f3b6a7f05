package vn.hotline1022.routing;

import org.springframework.boot.SpringApplication;
import vn.hotline1022.support.boot.HotlineApplication;

@HotlineApplication
public class RoutingApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoutingApplication.class, args);
    }
}
