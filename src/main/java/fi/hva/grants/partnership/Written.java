package fi.hva.grants.partnership;

/**
 * A submitted value as written and as read: a missing field and a field that cannot be read are told
 * apart in Finnish, and the message quotes what was written.
 *
 * @param text the trimmed text, null when nothing was written
 * @param value the value read from it, null when nothing was written or it could not be read
 */
record Written<T>(String text, T value) {
}
