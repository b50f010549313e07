package fi.hva.brokenfeatures.beta;

public class BetaEntity {
}
