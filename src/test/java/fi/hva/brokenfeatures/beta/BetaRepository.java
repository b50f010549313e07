package fi.hva.brokenfeatures.beta;

import org.springframework.data.repository.CrudRepository;

public interface BetaRepository extends CrudRepository<BetaEntity, Long> {
}
