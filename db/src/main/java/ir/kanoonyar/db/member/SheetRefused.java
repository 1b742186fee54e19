package ir.kanoonyar.db.member;

/** Thrown by the readers when the whole file is refused; carries the kind and its arguments. */
final class SheetRefused extends Exception {

    private final FileRefusal kind;
    private final transient Object[] args;

    SheetRefused(FileRefusal kind, Object... args) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.args = args.clone();
    }

    FileRefusal kind() {
        return kind;
    }

    Object[] args() {
        return args.clone();
    }
}
