package ir.kanoonyar.db.member;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A members spreadsheet (.xlsx or .csv, told apart by their bytes, never by the name) against a
 * kanoon's roster: first a {@link ImportPreview} of every row, then, after the manager confirms,
 * the same file again, checked again against the roster as it is then and imported in one
 * transaction only when no row is refused. Rows are matched with members by national code, else
 * phone, else the same name and birth year; members not in the file stay.
 */
@Service
public class RosterImport {

    private static final int MAX_REPORT_LINES = 25;
    private static final int MAX_REPORT_CHARS = 3500;

    private final Roster roster;
    private final KanoonMemberRepository members;
    private final MemberFields fields;
    private final MemberMessages messages;
    private final MemberSettings settings;
    private final Clock clock;

    public RosterImport(Roster roster, KanoonMemberRepository members, MemberFields fields, MemberMessages messages,
                        MemberSettings settings, Clock clock) {
        this.roster = roster;
        this.members = members;
        this.fields = fields;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the file would do; NOT_MANAGER (as a file refusal) for someone who does not manage the kanoon. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Long personId, long kanoonId, byte[] bytes) {
        if (roster.managed(personId, kanoonId).isEmpty()) {
            return ImportPreview.refused(null, messages.refusal(MemberRefusal.NOT_MANAGER).text());
        }
        return plan(kanoonId, bytes);
    }

    /** The outcome: the preview it was imported by, or the refusals for which nothing was imported. */
    public record Imported(ImportPreview preview, boolean imported) {
    }

    @Transactional
    public Imported confirm(Long personId, long kanoonId, byte[] bytes) {
        ImportPreview preview = preview(personId, kanoonId, bytes);
        if (!preview.acceptable() || roster.managed(personId, kanoonId).isEmpty()) {
            return new Imported(preview, false);
        }
        var now = clock.instant();
        for (ImportPreview.RowResult row : preview.rows()) {
            if (row.action() == ImportPreview.Action.ADD) {
                members.save(new KanoonMember(kanoonId, row.details(), now));
            } else if (row.action() == ImportPreview.Action.CHANGE) {
                members.findById(row.memberId()).orElseThrow().change(row.details(), now);
            }
        }
        members.flush();
        return new Imported(preview, true);
    }

    ImportPreview plan(long kanoonId, byte[] bytes) {
        List<SheetRow> sheet;
        try {
            sheet = read(bytes);
        } catch (SheetRefused e) {
            return refused(e.kind(), e.args());
        }
        if (sheet.isEmpty()) {
            return refused(FileRefusal.EMPTY);
        }
        Map<MemberColumn, Integer> columns = new EnumMap<>(MemberColumn.class);
        List<String> header = sheet.get(0).cells();
        for (int c = 0; c < header.size(); c++) {
            for (MemberColumn column : MemberColumn.values()) {
                if (!columns.containsKey(column) && !header.get(c).isBlank() && column.matches(header.get(c))) {
                    columns.put(column, c);
                    break;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (MemberColumn column : MemberColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add("«" + column.header() + "»");
            }
        }
        if (!missing.isEmpty()) {
            return refused(FileRefusal.MISSING_COLUMNS, String.join("، ", missing));
        }
        if (sheet.size() == 1) {
            return refused(FileRefusal.NO_ROWS);
        }
        return new ImportPreview(null, null, rows(kanoonId, sheet.subList(1, sheet.size()), columns));
    }

    private List<SheetRow> read(byte[] bytes) throws SheetRefused {
        if (bytes == null || bytes.length == 0) {
            throw new SheetRefused(FileRefusal.EMPTY);
        }
        if (bytes.length > settings.maxFileBytes()) {
            throw new SheetRefused(FileRefusal.TOO_LARGE, settings.maxFileBytes() / 1024);
        }
        int limit = settings.maxRows() + 1;
        switch (SheetKind.of(bytes)) {
            case XLSX:
                return XlsxRows.read(bytes, limit, messages);
            case OLD_EXCEL:
                throw new SheetRefused(FileRefusal.OLD_EXCEL);
            case OTHER:
                throw new SheetRefused(FileRefusal.WRONG_TYPE);
            default:
                String text = CsvRows.text(bytes);
                if (text == null) {
                    throw new SheetRefused(FileRefusal.WRONG_TYPE);
                }
                return CsvRows.read(text, limit);
        }
    }

    private List<ImportPreview.RowResult> rows(long kanoonId, List<SheetRow> sheet, Map<MemberColumn, Integer> columns) {
        List<KanoonMember> roster = members.findByKanoonId(kanoonId);
        Map<String, KanoonMember> byPhone = new HashMap<>();
        Map<String, KanoonMember> byCode = new HashMap<>();
        Map<String, List<KanoonMember>> byName = new HashMap<>();
        for (KanoonMember m : roster) {
            if (m.getPhone() != null) {
                byPhone.put(m.getPhone(), m);
            }
            if (m.getNationalCode() != null) {
                byCode.put(m.getNationalCode(), m);
            }
            byName.computeIfAbsent(nameKey(m.details()), k -> new ArrayList<>()).add(m);
        }
        Map<String, Integer> phoneRows = new HashMap<>();
        Map<String, Integer> codeRows = new HashMap<>();
        Map<Long, Integer> matchedRows = new HashMap<>();
        List<ImportPreview.RowResult> results = new ArrayList<>();
        for (SheetRow row : sheet) {
            List<String> reasons = new ArrayList<>(row.problems());
            Checked<String> first = fields.firstName(cell(row, columns, MemberColumn.FIRST_NAME));
            Checked<String> last = fields.lastName(cell(row, columns, MemberColumn.LAST_NAME));
            Checked<ir.kanoonyar.db.person.Gender> gender = fields.gender(cell(row, columns, MemberColumn.GENDER));
            Checked<Integer> year = fields.birthYear(cell(row, columns, MemberColumn.BIRTH_YEAR));
            Checked<MemberRole> role = fields.role(cell(row, columns, MemberColumn.ROLE));
            Checked<String> phone = fields.phone(cell(row, columns, MemberColumn.PHONE));
            Checked<String> code = fields.nationalCode(cell(row, columns, MemberColumn.NATIONAL_CODE));
            reason(reasons, MemberColumn.FIRST_NAME, first);
            reason(reasons, MemberColumn.LAST_NAME, last);
            reason(reasons, MemberColumn.GENDER, gender);
            reason(reasons, MemberColumn.BIRTH_YEAR, year);
            reason(reasons, MemberColumn.ROLE, role);
            reason(reasons, MemberColumn.PHONE, phone);
            reason(reasons, MemberColumn.NATIONAL_CODE, code);
            if (phone.isOk() && phone.value() != null) {
                Integer earlier = phoneRows.putIfAbsent(phone.value(), row.number());
                if (earlier != null) {
                    reasons.add(messages.get("members.row.duplicate.phone", earlier));
                }
            }
            if (code.isOk() && code.value() != null) {
                Integer earlier = codeRows.putIfAbsent(code.value(), row.number());
                if (earlier != null) {
                    reasons.add(messages.get("members.row.duplicate.national.code", earlier));
                }
            }
            if (!reasons.isEmpty()) {
                results.add(new ImportPreview.RowResult(row.number(), ImportPreview.Action.REFUSED, null, null, reasons));
                continue;
            }
            MemberDetails details = new MemberDetails(first.value(), last.value(), gender.value(), year.value(),
                    role.value(), phone.value(), code.value());
            KanoonMember withCode = details.nationalCode() == null ? null : byCode.get(details.nationalCode());
            KanoonMember withPhone = details.phone() == null ? null : byPhone.get(details.phone());
            if (withCode != null && withPhone != null && !withCode.getId().equals(withPhone.getId())) {
                reasons.add(messages.refusal(MemberRefusal.PHONE_TAKEN, Roster.fullName(withPhone)).text());
            }
            KanoonMember match = withCode != null ? withCode : withPhone;
            if (match == null) {
                List<KanoonMember> named = byName.getOrDefault(nameKey(details), List.of());
                match = named.size() == 1 ? named.get(0) : null;
            }
            if (match != null && withCode == null && match.getNationalCode() != null && details.nationalCode() != null) {
                reasons.add(messages.refusal(MemberRefusal.NATIONAL_CODE_TAKEN, Roster.fullName(match)).text());
            }
            if (match != null) {
                Integer earlier = matchedRows.putIfAbsent(match.getId(), row.number());
                if (earlier != null) {
                    reasons.add(messages.get("members.row.same.member", earlier, Roster.fullName(match)));
                }
            }
            if (!reasons.isEmpty()) {
                results.add(new ImportPreview.RowResult(row.number(), ImportPreview.Action.REFUSED, null, null, reasons));
            } else if (match == null) {
                results.add(new ImportPreview.RowResult(row.number(), ImportPreview.Action.ADD, details, null, List.of()));
            } else {
                ImportPreview.Action action = match.details().equals(details) ? ImportPreview.Action.SAME
                        : ImportPreview.Action.CHANGE;
                results.add(new ImportPreview.RowResult(row.number(), action, details, match.getId(), List.of()));
            }
        }
        return results;
    }

    /**
     * The preview in Persian: the counts, then each refused row and why (the first ones, within what
     * a chat message holds), and whether the file can be imported.
     */
    public String report(ImportPreview preview) {
        if (preview.fileRefusal() != null || preview.fileRefusalText() != null) {
            return preview.fileRefusalText();
        }
        StringBuilder text = new StringBuilder(messages.get("members.report.counts",
                preview.rows().size(), preview.count(ImportPreview.Action.ADD), preview.count(ImportPreview.Action.CHANGE),
                preview.count(ImportPreview.Action.SAME), preview.count(ImportPreview.Action.REFUSED)));
        int shown = 0;
        long refused = preview.count(ImportPreview.Action.REFUSED);
        for (ImportPreview.RowResult row : preview.rows()) {
            if (row.action() != ImportPreview.Action.REFUSED) {
                continue;
            }
            String line = messages.get("members.report.row", PersianText.toPersianDigits(String.valueOf(row.row())),
                    String.join("؛ ", row.reasons()));
            if (shown >= MAX_REPORT_LINES || text.length() + line.length() > MAX_REPORT_CHARS) {
                text.append('\n').append(messages.get("members.report.more", refused - shown));
                break;
            }
            text.append('\n').append(line);
            shown++;
        }
        text.append("\n\n").append(messages.get(preview.acceptable() ? "members.report.confirm"
                : "members.report.refused"));
        return text.toString();
    }

    private void reason(List<String> reasons, MemberColumn column, Checked<?> checked) {
        if (!checked.isOk()) {
            reasons.add(messages.get("members.row.column", column.header(), checked.refusal().text()));
        }
    }

    private static String cell(SheetRow row, Map<MemberColumn, Integer> columns, MemberColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static String nameKey(MemberDetails d) {
        return PersianText.matchKey(d.firstName()) + "|" + PersianText.matchKey(d.lastName()) + "|" + d.birthYear();
    }

    private ImportPreview refused(FileRefusal kind, Object... args) {
        return ImportPreview.refused(kind, messages.get(kind.key(), args.length == 0 ? new Object[] {settings.maxRows()}
                : args));
    }
}
