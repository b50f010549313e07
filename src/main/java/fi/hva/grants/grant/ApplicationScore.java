package fi.hva.grants.grant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
class ApplicationScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String criterion;
    private int weight;
    private int score;

    protected ApplicationScore() {
    }

    ApplicationScore(String criterion, int weight, int score) {
        this.criterion = criterion;
        this.weight = weight;
        this.score = score;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getWeight() {
        return weight;
    }

    public int getScore() {
        return score;
    }
}
