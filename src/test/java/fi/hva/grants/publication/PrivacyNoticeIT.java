package fi.hva.grants.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.hva.grants.process.ProcessTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The applicants' privacy notice: the region's controller and contact, and the periods the retention job applies. */
@ProcessTest
class PrivacyNoticeIT {

    @Autowired MockMvc mvc;

    @Test
    void theNoticeNamesTheControllerTheContactAndTheConfiguredRetentionPeriods() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/tietosuoja")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        // Kainuu's region file (region.privacy)
        assertThat(html).contains("Tietosuojaseloste: järjestöavustusten hakijat", "Kainuun hyvinvointialue (aluehallitus)",
                "https://hyvinvointialue.kainuu.fi/kirjaamo", "Rekisterinpitäjä");
        // grants.retention's defaults
        assertThat(html).contains("Yhteyshenkilön tiedot: 2 vuotta asian päättymisestä", "Hakemuksen liitteet: 6 vuotta asian päättymisestä",
                "Lähetettyjen viestien sisältö: 2 vuotta lähettämisestä", "Kirjautumislinkit ja istunnot: 90 päivää");
        assertThat(html).contains("href=\"/avustukset\"");
    }
}
