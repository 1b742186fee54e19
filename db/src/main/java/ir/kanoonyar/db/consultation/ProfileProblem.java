package ir.kanoonyar.db.consultation;

/** Why an expert profile was not saved. */
public enum ProfileProblem {
    /** More tags than {@link ExpertProfiles#MAX_TAGS}. */
    TOO_MANY_TAGS,
    /** A tag longer than {@link ExpertProfiles#MAX_TAG_LENGTH}. */
    TAG_TOO_LONG
}
