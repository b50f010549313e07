package fi.hva.brokenfeatures.alpha;

public record AlphaValue(String text) {
}
