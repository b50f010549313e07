package fi.hva.brokenfeatures.alpha;

import fi.hva.brokenfeatures.beta.BetaRepository;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AlphaController {

    private final BetaRepository repository;

    AlphaController(BetaRepository repository) {
        this.repository = repository;
    }

    long count() {
        return repository.count();
    }
}
