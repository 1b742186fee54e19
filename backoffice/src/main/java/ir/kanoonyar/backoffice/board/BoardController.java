package ir.kanoonyar.backoffice.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.board.Board;
import ir.kanoonyar.db.board.BoardOutcome;
import ir.kanoonyar.db.board.BoardReply;
import ir.kanoonyar.db.board.BoardTopic;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «تابلوی کارشناسان»: the national board of topics (GET/POST /board), a topic with its replies (GET
 * /board/{id}, POST /board/{id}/replies) and the national admin's pin (POST /board/{id}/pin). Every
 * staff member reads and writes; an unknown or forged id is 404, a refused post a Persian problem.
 */
@Controller
class BoardController {

    private final CurrentStaff current;
    private final Board board;
    private final StaffAccountRepository accounts;
    private final ProvinceRepository provinces;
    private final MessageSource messages;

    BoardController(CurrentStaff current, Board board, StaffAccountRepository accounts, ProvinceRepository provinces,
                    MessageSource messages) {
        this.current = current;
        this.board = board;
        this.accounts = accounts;
        this.provinces = provinces;
        this.messages = messages;
    }

    @GetMapping("/board")
    String topics(@RequestParam(required = false) String page, Model model) {
        return topicsPage(current.get(), pageOf(page), new TopicForm(), model);
    }

    @PostMapping("/board")
    String open(@Valid @ModelAttribute("topic") TopicForm form, BindingResult typed, Model model,
                RedirectAttributes redirect) {
        StaffScope scope = current.get();
        if (typed.hasErrors()) {
            model.addAttribute("problem", messages.getMessage(typed.getAllErrors().get(0), Locale.ROOT));
            return topicsPage(scope, 0, form, model);
        }
        BoardOutcome outcome = board.open(accountOf(scope), form.getTitle(), form.getBody());
        if (outcome instanceof BoardOutcome.Refused refused) {
            model.addAttribute("problem", text(BoardRefusal.keyOf(refused.problem())));
            return topicsPage(scope, 0, form, model);
        }
        redirect.addFlashAttribute("notice", text("board.opened"));
        return "redirect:/board/" + ((BoardOutcome.Done) outcome).topicId();
    }

    @GetMapping("/board/{id}")
    String topic(@PathVariable String id, @RequestParam(required = false) String page, Model model) {
        StaffScope scope = current.get();
        return topicPage(scope, topicOf(id), pageOf(page), new ReplyForm(), model);
    }

    @PostMapping("/board/{id}/replies")
    String reply(@PathVariable String id, @Valid @ModelAttribute("reply") ReplyForm form, BindingResult typed,
                 Model model, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        BoardTopic topic = topicOf(id);
        if (typed.hasErrors()) {
            model.addAttribute("problem", messages.getMessage(typed.getAllErrors().get(0), Locale.ROOT));
            return topicPage(scope, topic, lastPage(topic), form, model);
        }
        BoardOutcome outcome = board.reply(accountOf(scope), topic.getId(), form.getBody());
        if (outcome instanceof BoardOutcome.Refused refused) {
            model.addAttribute("problem", text(BoardRefusal.keyOf(refused.problem())));
            return topicPage(scope, topic, lastPage(topic), form, model);
        }
        redirect.addFlashAttribute("notice", text("board.replied"));
        BoardTopic updated = board.topic(topic.getId()).orElse(topic);
        return "redirect:/board/" + topic.getId() + "?page=" + (lastPage(updated) + 1);
    }

    @PostMapping("/board/{id}/pin")
    String pin(@PathVariable String id, @RequestParam(required = false) String pinned, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        BoardTopic topic = topicOf(id);
        boolean pin = "true".equals(pinned);
        BoardOutcome outcome = board.pin(accountOf(scope), topic.getId(), pin);
        if (outcome instanceof BoardOutcome.Refused refused) {
            redirect.addFlashAttribute("problem", text(BoardRefusal.keyOf(refused.problem())));
        } else {
            redirect.addFlashAttribute("notice", pin ? text("board.pinned") : text("board.unpinned"));
        }
        return "redirect:/board/" + topic.getId();
    }

    private String topicsPage(StaffScope scope, int page, TopicForm form, Model model) {
        Page<BoardTopic> topics = board.topics(page);
        Function<Long, String> author = authors(topics.getContent().stream().map(BoardTopic::getAuthorAccountId).toList());
        model.addAttribute("staff", scope);
        model.addAttribute("topics", topics.getContent().stream().map(t -> new BoardPost(t.getId(), t.getTitle(), t.getBody(),
                author.apply(t.getAuthorAccountId()), JalaliDate.tehranDayAndTime(t.getLastPostAt()), t.isPinned(),
                digits(t.getReplies()))).toList());
        model.addAttribute("pager", pager(topics));
        model.addAttribute("topic", form);
        return "board/topics";
    }

    private String topicPage(StaffScope scope, BoardTopic topic, int page, ReplyForm form, Model model) {
        Page<BoardReply> replies = board.replies(topic.getId(), page);
        List<Long> ids = new ArrayList<>(replies.getContent().stream().map(BoardReply::getAuthorAccountId).toList());
        ids.add(topic.getAuthorAccountId());
        Function<Long, String> author = authors(ids);
        model.addAttribute("staff", scope);
        model.addAttribute("post", new BoardPost(topic.getId(), topic.getTitle(), topic.getBody(),
                author.apply(topic.getAuthorAccountId()), JalaliDate.tehranDayAndTime(topic.getCreatedAt()),
                topic.isPinned(), digits(topic.getReplies())));
        model.addAttribute("replies", replies.getContent().stream().map(r -> new BoardPost(r.getId(), "", r.getBody(),
                author.apply(r.getAuthorAccountId()), JalaliDate.tehranDayAndTime(r.getCreatedAt()), false, "")).toList());
        model.addAttribute("pager", pager(replies));
        model.addAttribute("canPin", scope.role() == StaffRole.NATIONAL_ADMIN);
        model.addAttribute("reply", form);
        return "board/topic";
    }

    /** «name، province» of each author; the national admin's place is the national headquarters. */
    private Function<Long, String> authors(Collection<Long> ids) {
        Map<Long, StaffAccount> byId = accounts.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(StaffAccount::getId, Function.identity()));
        Map<Long, String> provinceNames = provinces.findAll().stream()
                .collect(Collectors.toMap(Province::getId, Province::getName));
        return id -> Optional.ofNullable(byId.get(id)).map(a -> a.getDisplayName() + "، "
                + (a.getProvinceId() == null ? text("board.national") : provinceNames.getOrDefault(a.getProvinceId(), "")))
                .orElse("");
    }

    private static Map<String, Object> pager(Page<?> page) {
        // Pages are counted from 1 in the address: previous is the current index, next the index + 2.
        return Map.of("previous", page.getNumber(), "next", page.getNumber() + 2, "shown", digits(page.getNumber() + 1),
                "total", digits(Math.max(1, page.getTotalPages())), "hasPrevious", page.hasPrevious(),
                "hasNext", page.hasNext());
    }

    private static int lastPage(BoardTopic topic) {
        return Math.max(0, (topic.getReplies() - 1) / Board.REPLIES_PER_PAGE);
    }

    private BoardTopic topicOf(String id) {
        String digits = id == null ? "" : PersianText.normalize(id);
        return Optional.of(digits).filter(d -> d.matches("\\d{1,18}")).map(Long::parseLong).flatMap(board::topic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static long accountOf(StaffScope scope) {
        if (scope.accountId() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return scope.accountId();
    }

    /** A page number from the address (from 1, any digits); anything else is the first page. */
    private static int pageOf(String page) {
        String digits = page == null ? "" : PersianText.normalize(page);
        return digits.matches("\\d{1,6}") ? Math.max(0, Integer.parseInt(digits) - 1) : 0;
    }

    private static String digits(long n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
