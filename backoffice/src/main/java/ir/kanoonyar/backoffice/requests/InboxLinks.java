package ir.kanoonyar.backoffice.requests;

/**
 * The inbox's own addresses for the page's links (views, sortable column heads, pages, export), built
 * from the canonical query string so every link keeps the filters and only changes what it is for.
 */
public record InboxLinks(String canonical, InboxQuery query, InboxPage page) {

    /** The current list from its first page, in another order: the same column again turns it round. */
    public String sort(String key) {
        InboxSort sort = InboxSort.parse(key).orElse(InboxSort.DUE);
        boolean descending = sort == query.sort() ? !query.descending() : InboxSort.defaultDescending(sort);
        return "/inbox?" + replace(replace(canonical, "sort", sort.key()), "dir", descending ? "desc" : "asc");
    }

    /** "asc", "desc" or "" for the column head's arrow and aria-sort. */
    public String direction(String key) {
        return InboxSort.parse(key).filter(s -> s == query.sort()).map(s -> query.descending() ? "desc" : "asc")
                .orElse("");
    }

    public String view(String view) {
        return "/inbox?view=" + InboxView.parse(view).name();
    }

    public String size(int size) {
        return "/inbox?" + replace(canonical, "size", String.valueOf(size));
    }

    /** The next page: by the keyset in the waiting view's due order (the cursor and the number), else by number. */
    public String next() {
        String to = "/inbox?" + canonical + "&page=" + (page.pageNumber() + 1);
        return page.next() == null ? to : to + "&after=" + java.net.URLEncoder.encode(page.next(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public String previous() {
        return "/inbox?" + canonical + "&page=" + (page.pageNumber() - 1);
    }

    public String export() {
        return "/inbox/export.xlsx?" + canonical;
    }

    /** The query string to come back to after a bulk action or a saved filter. */
    public String back() {
        return canonical;
    }

    private static String replace(String canonical, String name, String value) {
        StringBuilder out = new StringBuilder();
        boolean found = false;
        for (String pair : canonical.split("&")) {
            if (out.length() > 0) {
                out.append('&');
            }
            if (pair.startsWith(name + "=")) {
                out.append(name).append('=').append(value);
                found = true;
            } else {
                out.append(pair);
            }
        }
        if (!found) {
            out.append(out.length() > 0 ? "&" : "").append(name).append('=').append(value);
        }
        return out.toString();
    }
}
