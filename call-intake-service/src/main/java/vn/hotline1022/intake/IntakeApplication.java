package vn.hotline1022.intake;

import org.springframework.boot.SpringApplication;
import vn.hotline1022.support.boot.HotlineApplication;

@HotlineApplication
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }
}
