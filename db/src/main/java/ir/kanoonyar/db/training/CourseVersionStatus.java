package ir.kanoonyar.db.training;

/** DRAFT is being edited; PUBLISHED is what people take now; RETIRED was published before. */
public enum CourseVersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
