package fi.hva.grants.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormValuesChoiceTest {

    @Test
    void anOptionIsReadByItsExactName() {
        assertThat(FormValues.choice("THEME", GrantForm.class)).isEqualTo(GrantForm.THEME);
        assertThat(FormValues.choice(" OPERATING ", GrantForm.class)).isEqualTo(GrantForm.OPERATING);
    }

    @Test
    void noOrAnUnknownOptionIsMissing() {
        assertThat(FormValues.choice(null, GrantForm.class)).isNull();
        assertThat(FormValues.choice("", GrantForm.class)).isNull();
        assertThat(FormValues.choice("theme", GrantForm.class)).isNull();
        assertThat(FormValues.choice(42, GrantForm.class)).isNull();
    }
}
