/**
 * A deliberately broken pair of features for {@link fi.hva.grants.architecture.ArchitectureTest}, outside the application's package so that no Spring context scans it: alpha and
 * beta depend on each other, alpha's delegate calls beta's service and alpha's controller reads beta's repository.
 */
package fi.hva.brokenfeatures;
