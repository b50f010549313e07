package fi.hva.grants.call;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A published scoring criterion of a call; the reviewer scores each application 0–5 against it. */
@Entity
public class CallCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;
    private String name;
    private int weight;

    protected CallCriterion() {
    }

    public CallCriterion(int position, String name, int weight) {
        this.position = position;
        this.name = name;
        this.weight = weight;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }
}
