package ir.kanoonyar.db.member;

/** What a member does in the kanoon: an ordinary member, a coach (مربی) or a board member (هیئت مدیره). */
public enum MemberRole {
    MEMBER,
    COACH,
    BOARD
}
