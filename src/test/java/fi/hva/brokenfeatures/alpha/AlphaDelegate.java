package fi.hva.brokenfeatures.alpha;

import fi.hva.brokenfeatures.beta.BetaService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

class AlphaDelegate implements JavaDelegate {

    private final BetaService beta;

    AlphaDelegate(BetaService beta) {
        this.beta = beta;
    }

    @Override
    public void execute(DelegateExecution execution) {
        beta.serve();
    }
}
