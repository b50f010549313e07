package fi.hva.grants;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GrantsApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrantsApplication.class, args);
    }
}
