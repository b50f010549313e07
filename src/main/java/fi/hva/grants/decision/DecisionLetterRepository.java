package fi.hva.grants.decision;

import fi.hva.grants.decision.letter.LetterKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionLetterRepository extends JpaRepository<DecisionLetter, Long> {

    Optional<DecisionLetter> findFirstByApplicationIdAndKindOrderByCreatedAtDesc(Long applicationId, LetterKind kind);

    List<DecisionLetter> findByApplicationIdOrderByCreatedAt(Long applicationId);
}
