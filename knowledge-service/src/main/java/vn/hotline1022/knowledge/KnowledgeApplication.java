package vn.hotline1022.knowledge;

import org.springframework.boot.SpringApplication;
import vn.hotline1022.support.boot.HotlineApplication;

@HotlineApplication
public class KnowledgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(KnowledgeApplication.class, args);
    }
}
