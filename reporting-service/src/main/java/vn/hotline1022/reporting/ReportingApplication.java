package vn.hotline1022.reporting;

import org.springframework.boot.SpringApplication;
import vn.hotline1022.support.boot.HotlineApplication;

@HotlineApplication
public class ReportingApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingApplication.class, args);
    }
}
