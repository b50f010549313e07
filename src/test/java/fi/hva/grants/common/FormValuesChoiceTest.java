package fi.hva.grants.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormValuesChoiceTest {

    @Test
    void anOptionIsReadByItsExactName() {
        assertThat(FormValues.choice("THEME", GrantType.class)).isEqualTo(GrantType.THEME);
        assertThat(FormValues.choice(" OPERATING ", GrantType.class)).isEqualTo(GrantType.OPERATING);
    }

    @Test
    void noOrAnUnknownOptionIsMissing() {
        assertThat(FormValues.choice(null, GrantType.class)).isNull();
        assertThat(FormValues.choice("", GrantType.class)).isNull();
        assertThat(FormValues.choice("theme", GrantType.class)).isNull();
        assertThat(FormValues.choice(42, GrantType.class)).isNull();
    }
}
