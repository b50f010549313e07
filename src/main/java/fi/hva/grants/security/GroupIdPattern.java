package fi.hva.grants.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Camunda accepts only letters and digits (and camunda-admin) as ids by default; the ids in
 * {@link Groups} are hyphenated words. This widens the rule for group ids only, and only by the hyphen
 * between words, so ids still cannot carry spaces, quotes or wildcards.
 */
@Component
public class GroupIdPattern extends AbstractProcessEnginePlugin {

    static final String PATTERN = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // A pattern set through camunda.bpm.generic-properties is the operator's explicit choice and wins.
        if (configuration.getGroupResourceWhitelistPattern() == null) {
            configuration.setGroupResourceWhitelistPattern(PATTERN);
        }
    }
}
