package fi.hva.grants;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@EnableProcessApplication("jarjestoavustukset")
@ConfigurationPropertiesScan
public class GrantsApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrantsApplication.class, args);
    }
}
