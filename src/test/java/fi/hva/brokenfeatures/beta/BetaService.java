package fi.hva.brokenfeatures.beta;

import fi.hva.brokenfeatures.alpha.AlphaValue;
import org.springframework.stereotype.Service;

@Service
public class BetaService {

    public AlphaValue serve() {
        return new AlphaValue("beta");
    }
}
