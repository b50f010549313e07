package fi.hva.grants.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which names the reviewer is told differ: case, spacing and the "ry" abbreviation do not count. */
class RegisterSummaryNamesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Kajaanin Mielenterveysyhdistys ry|kajaanin  mielenterveysyhdistys",
            "Kajaanin Mielenterveysyhdistys ry|KAJAANIN MIELENTERVEYSYHDISTYS R.Y.",
            "Kuhmon Perheentuki r.y.|Kuhmon Perheentuki ry",
            "Kuhmon Perheentuki r. y.|Kuhmon Perheentuki",
            "Kajaanin Svenska Förening rf|Kajaanin svenska förening r.f."})
    void sameName(String registered, String given) {
        assertThat(RegisterSummary.comparableName(registered)).isEqualTo(RegisterSummary.comparableName(given));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "Pohjois-Suomen Omaishoitajat ry|Kainuun Omaishoitajat ry",
            "Ryhmä ry|Ryhmä ryhmä ry",
            "Kajaanin Mielenterveysyhdistys ry|Kajaanin Mielenterveysseura ry"})
    void differentName(String registered, String given) {
        assertThat(RegisterSummary.comparableName(registered)).isNotEqualTo(RegisterSummary.comparableName(given));
    }
}
