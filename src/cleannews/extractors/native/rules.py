"""Every rule of the native extractor, one named predicate or pattern per concept.

The pipeline code holds no tag lists or class names; they all live here, each
with a line saying what it catches.
"""

from __future__ import annotations

import functools
import itertools
import re
from urllib.parse import urlsplit

# Elements in the body whose content is never article text: code, media players, form controls.
JUNK_TAGS = ("script", "style", "template", "svg", "math", "iframe", "object", "embed",
             "canvas", "audio", "video", "map", "button", "input", "select", "textarea", "option",
             "datalist", "dialog", "link", "meta", "title")

# A button heads the panel it opens when it says at most this many words and either asks a
# question (an FAQ's "How long does delivery take?", with or without ARIA to say it opens the
# answer) or, naming its panel (aria-controls) or saying whether it is open (aria-expanded), is
# all a heading holds (the WAI-ARIA accordion's <h3><button>Delivery</button></h3>): it is read
# where it stands. Other labels ("Specifications" in a tab list, "Menu", "Show more") go with
# the buttons: the reference texts keep them one time in forty, and reading them moved the
# choice of container on landing pages. A button opening a menu (aria-haspopup) is never a label.
DISCLOSURE_LABEL_MAX_WORDS = 12
# Question marks of the world's scripts (Latin, fullwidth CJK, Arabic, Greek, Armenian, Ethiopic).
QUESTION_MARKS = ("?", "\uff1f", "\u061f", "\u037e", "\u055e", "\u1367")


def is_disclosure_label(attrs: dict[str, str | None], text: str, in_heading: bool = False) -> bool:
    """A button whose text heads the panel it opens: a question, or the text of the heading
    it sits in (``in_heading``) when it names or opens a panel."""
    if "aria-haspopup" in attrs:
        return False
    text = text.strip()
    if not text.endswith(QUESTION_MARKS) and not (
            in_heading and (attrs.get("aria-controls") or "aria-expanded" in attrs)):
        return False
    return len(text.split()) <= DISCLOSURE_LABEL_MAX_WORDS and any(ch.isalnum() for ch in text)


# Inputs that take typed text (a missing type is "text"); hidden fields, buttons, boxes to tick don't.
TYPED_INPUT = re.compile(r"^(?:|text|email|tel|number|password|url|date)$", re.IGNORECASE)
# A form asking for this many typed fields is a sign-up, contact or lead form (name, e-mail,
# phone); a search box, even with a hidden trap field beside it, asks for fewer.
ENTRY_FORM_FIELDS = 3
# More text than such a form holds (its labels, its consent line, its thanks): a form wrapping
# the whole page, as ASP.NET pages have, is read like any wrapper.
ENTRY_FORM_MAX_CHARS = 2000
# Boxes to tick (checkbox, radio) that choose among options rather than take text.
CHOICE_INPUT = re.compile(r"^(?:checkbox|radio)$", re.IGNORECASE)
# A box of at least this many boxes to tick, with less than this much text (chars) per box,
# is a panel of search filters ("Brand: Canon (12)", "Size: XS"): its labels and counts are
# the page's controls, not its content. A checklist in a story says more per item.
FACET_CHOICES = 8
FACET_CHARS_PER_CHOICE = 40
# A paragraph this long (chars) in such a box is prose about the things ticked, not a filter.
FACET_MAX_PARAGRAPH_CHARS = 80


# Structural elements that hold site chrome, never the article itself.
CHROME_TAGS = frozenset({"nav", "footer", "aside", "header", "menu"})
# The chrome that frames a whole site; never content, even inside an accordion.
SITE_CHROME_TAGS = frozenset({"nav", "footer", "header", "menu"})
# The frame of a site's pages, below or beside the content (its footer, its menus), as tags and
# as ARIA roles: never the content, however much prose it holds (testimonials in the footer).
SITE_FRAME_TAGS = frozenset({"nav", "footer", "menu"})
SITE_FRAME_ROLES = frozenset({"contentinfo", "navigation", "menu", "menubar"})

# ARIA landmarks with the same meaning as the chrome tags, plus widgets.
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                          "menubar", "toolbar", "dialog", "alertdialog"})

# Block-level elements: they break inline text into separate blocks.
BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
    "aside", "font-block",
})

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LIST_TAGS = frozenset({"ul", "ol", "dl"})
INLINE_STYLES = {"b": "b", "strong": "b", "i": "i", "em": "i", "code": "code", "kbd": "code",
                 "samp": "code", "tt": "code"}

# Class/id tokens whose elements are hidden from readers (a token must equal one of these).
HIDDEN_TOKENS = frozenset({"hidden", "hide", "is-hidden", "d-none", "display-none", "invisible",
                           "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden",
                           "screenreader", "offscreen", "a11y-hidden", "u-hidden"})

# A hiding utility class under a design system's short prefix ("wt-display-none",
# "tw-sr-only", "c-visually-hidden"); not a breakpoint's ("md-hidden": hidden on some screens only).
_NAMESPACED_HIDDEN = re.compile(
    r"(?!(?:xs|sm|md|lg|xl|xxl|js)[-_])[a-z0-9]{1,3}[-_](?:hidden|display-none|d-none|sr-only|screen-reader-only"
    r"|screen-reader-text|visually-hidden|visuallyhidden)$")

# Inline styles that hide an element.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Words in class/id naming boilerplate, matched as whole '-'/'_'-separated segments of a name,
# grouped by the kind of box they name (the extractor treats every kind alike; the explain
# view names the kind to a reader).
BOILERPLATE_WORDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "navigation": ("nav", "navbar", "navigation", "menu", "menubar", "megamenu", "topbar", "skiplink",
                   "pagination", "pager"),
    "breadcrumb": ("breadcrumb", "breadcrumbs", "crumbs"),
    "header": ("masthead",),
    "footer": ("footer", "colophon", "disclaimer", "copyright", "legal"),
    "sidebar": ("sidebar", "sidebars", "rail", "widget-area"),
    "share": ("share", "shares", "sharing", "sharebar", "social", "socials", "addthis", "sharethis", "print",
              "toolbar", "share-tools"),
    "notice": ("cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup",
               "optin", "modal", "popup", "flyout", "overlay", "lightbox", "toast", "login", "signin",
               "paywall"),
    "related": ("related", "relatedposts", "relatedarticles", "recommended", "recommendations", "recirc",
                "recirculation", "trending", "popular", "mostread", "mostpopular", "ticker", "outbrain",
                "taboola", "promo", "promos"),
    "comments": ("comments", "comment", "disqus", "replies"),
    "ad": ("ad", "ads", "advert", "adverts", "advertisement", "adslot", "dfp", "sponsor", "sponsored",
           "banner-ad"),
    # bylines and post metadata, photo credits, kickers above headlines, author boxes
    "meta": ("byline", "dateline", "postmeta", "entrymeta", "meta", "tags", "taglist", "bio", "authorbio",
             "author-bio", "author", "autor", "authors", "credit", "credits", "kicker", "eyebrow",
             "dachzeile", "overline", "topline", "signature", "signatures"),
    # gallery counters and players
    "media": ("counter", "player"),
}
_BOILERPLATE_WORDS = "|".join(word for words in BOILERPLATE_WORDS_BY_KIND.values() for word in words)


def _trie(words: str) -> str:
    """An alternation of literal words as a prefix tree ("nav|navbar" -> "nav(?:bar)?"): the
    same matches, but the regex engine tries each letter once instead of once per word, which
    matters because every class token of every new page is matched against these lists."""
    root: dict[str, dict] = {}
    for word in words.split("|"):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


def _phrase_tree(phrases: str) -> str:
    """``_trie`` of lowercase phrases for a case-blind pattern, each phrase's first letter written
    once per case, case-sensitive ("teilen|tags" -> "(?-i:T)(?:ags|eilen)|(?-i:t)(?:ags|eilen)"):
    the regex engine skips a branch whose first letter is another without entering it, which it
    cannot do for a case-blind letter, and most lines fail on their first letter."""
    by_first: dict[str, list[str]] = {}
    for phrase in phrases.split("|"):
        by_first.setdefault(phrase[0], []).append(phrase[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        rest = _trie("|".join(rests))
        branches += [f"(?-i:{re.escape(case)}){rest}" for case in sorted({first, first.upper()})]
    return "(?:" + "|".join(branches) + ")"


_BOILERPLATE_SEGMENT = re.compile(rf"(?:^|[\s_-])(?:{_trie(_BOILERPLATE_WORDS)})(?:$|[\s_-])")
# Multi-word names: "most-read", "read-more", "you-may-like", "latest-news", "more-stories" ...
_BOILERPLATE_PHRASE = re.compile(
    r"most-?(?:read|viewed|popular|shared)|read-?more|you-?may-?(?:also-?)?like|latest-?news|"
    r"more-?(?:stories|news|articles|from)|also-?read|further-?reading|next-?(?:post|article)|"
    r"prev(?:ious)?-?(?:post|article)|post-?navigation|top-?stories|site-?header|page-?header-?nav|"
    r"skip-?link|skip-?to-?(?:main|content|nav)|table-?of-?contents|social-?(?:links|icons|media)|author-?info|"
    r"user-?(?:info|details|card|extras)|post-?profile|poster-?info|"
    r"about-?(?:the-?)?author|sign-?up|latest-?(?:stories|posts|articles|headlines)|"
    r"support-?(?:ask|us|box|cta)|donat(?:e|ion)|gallery-?controls|(?:^|[-_])opt-in(?:$|[-_])"
)
# Words naming the article container; an element so named is never dropped by class.
_CONTENT_WORDS = (
    "article|articlebody|article-body|post-body|postbody|entry-content|story|storybody|"
    "main-content|maincontent|content-body|body-text|prose|post-content|page-content|rich-text|"
    "richtext|td-post-content|field-body|text-body"
)
_CONTENT_NAME = re.compile(rf"(?:^|[\s_-])(?:{_trie(_CONTENT_WORDS)})(?:$|[\s_-])")
# Names of comment sections (kept only with include_comments).
_COMMENT_WORDS = "comments|comment|disqus|respond|replies|discussion"
_COMMENT_NAME = re.compile(rf"(?:^|[\s_-])(?:{_COMMENT_WORDS})(?:$|[\s_-])")
# Names of a list of reviews ("reviews", "customer-reviews"; not "review-body", an editorial review).
_REVIEWS_NAME = re.compile(r"(?:^|[\s_-])reviews(?:$|[\s_-])|(?:customer|product|user)-?reviews")


# Any word of the lists above as a whole segment: most tokens hold none, and one pass over
# a token says so where the patterns of each list would take a pass each.
_LISTED_SEGMENT = re.compile(
    rf"(?:^|[\s_-])(?:{_trie('|'.join((_BOILERPLATE_WORDS, _CONTENT_WORDS, _COMMENT_WORDS)))})(?:$|[\s_-])")


# Class tokens stating what an element has or lacks ("has-rail-right", "no-sidebar",
# "with-comments"), set on the article's own wrapper by themes and CMSs.
_STATE_PREFIX = re.compile(r"(?:has|with|without|no)-")

# Collapsed parts of the page that readers open in place: tab panels, accordions, FAQ answers.
_DISCLOSURE = re.compile(r"tab-?pane|tab-?panel|tab-?content|accordion|collaps|faq|expand|toggle|answer")

# What an element's class and id say about it, as bit flags (see classify_token).
NAME_HIDDEN, NAME_DISCLOSURE, NAME_BOILERPLATE, NAME_CONTENT, NAME_COMMENTS, NAME_REVIEWS = 1, 2, 4, 8, 16, 32


def names_of(attrs: dict[str, str | None]) -> str:
    """The lowercase class tokens and id of an element, space-separated ("" when none)."""
    klass = attrs.get("class") or ""
    ident = attrs.get("id") or ""
    return f"{klass} {ident}".strip().lower() if ident else klass.strip().lower()


# Whole class tokens naming sidebar widgets ("widget" alone; "elementor-widget" is a page builder's
# content wrapper, so the word is not matched as a segment).
BOILERPLATE_TOKENS = frozenset({"widget", "widgets", "sidebar-widget", "widget-container"})


def boilerplate_tokens(names: str) -> list[str]:
    """The tokens of ``names`` (names_of's class tokens and id) that name boilerplate, in order."""
    return [token for token in names.split() if classify_token(token) & NAME_BOILERPLATE]


@functools.lru_cache(maxsize=1 << 14)
def boilerplate_words(klass: str | None, ident: str | None) -> str:
    """The class tokens and id that name an element as boilerplate, sorted: what a box is,
    without the layout and position classes around it ("so-panel widget panel-first-child"
    -> "widget")."""
    return " ".join(sorted(boilerplate_tokens(names_of({"class": klass, "id": ident}))))


# An id of this many words or more is a slug of some text (a heading's anchor), not a name.
SLUG_ID_WORDS = 6
_ID_WORD_SEPARATOR = re.compile(r"[-_]")


def name_flags(klass: str | None, ident: str | None) -> int:
    """classify_token's verdicts for an element's class and id together. The verdict is the
    union of its tokens', so class and id are judged (and cached) apart: a class list repeats
    on every element of a kind, while most ids are new, and a cache keyed by the pair would
    miss whenever either is new."""
    return class_flags(klass) | id_flags(ident) if ident else class_flags(klass)


@functools.lru_cache(maxsize=1 << 16)
def class_flags(klass: str | None) -> int:
    """classify_token's verdicts for a class attribute, cached by its value."""
    flags = 0
    for token in (klass or "").lower().split():
        flags |= classify_token(token)
    return flags


@functools.lru_cache(maxsize=1 << 16)
def id_flags(ident: str) -> int:
    """classify_token's verdicts for an id, cached by its value; none for a text's slug."""
    if len(_ID_WORD_SEPARATOR.findall(ident)) >= SLUG_ID_WORDS - 1:
        return 0  # an anchor made from a text ("h-study-reveals-benefits-of-counter-free-…")
    flags = 0
    for token in ident.lower().split():
        flags |= classify_token(token)
    return flags


@functools.lru_cache(maxsize=1 << 16)
def classify_token(token: str) -> int:
    """Every class/id verdict for one lowercase token. Every pattern reads within a token, so
    an element's verdict is the union of its tokens'."""
    if "[" in token:
        return 0  # a utility class with an arbitrary value ("top-[var(--nav-height)]"): a style, not a name
    flags = 0
    if token in HIDDEN_TOKENS or _NAMESPACED_HIDDEN.match(token):
        flags |= NAME_HIDDEN
    if _STATE_PREFIX.match(token):
        return flags  # "has-sidebar", "with-comments": what a box has beside it, not what it is
    if token in BOILERPLATE_TOKENS:
        flags |= NAME_BOILERPLATE
    if _DISCLOSURE.search(token):
        flags |= NAME_DISCLOSURE
    listed = _LISTED_SEGMENT.search(token) is not None
    if (listed and _BOILERPLATE_SEGMENT.search(token)) or _BOILERPLATE_PHRASE.search(token):
        flags |= NAME_BOILERPLATE
    if listed and _CONTENT_NAME.search(token):
        flags |= NAME_CONTENT
    if listed and _COMMENT_NAME.search(token):
        flags |= NAME_COMMENTS
    if "reviews" in token and _REVIEWS_NAME.search(token):  # every match holds the word
        flags |= NAME_REVIEWS
    return flags


# React's streaming server rendering sends late parts of the page as <div hidden id="S:1f">,
# which its script moves into place: content waiting to be shown, not hidden content.
STREAMED_SEGMENT_ID = re.compile(r"S:[0-9a-z]+$")


def is_hidden(attrs: dict[str, str | None], flags: int) -> bool:
    """Hidden by attribute (``hidden``, ``popover``), ARIA, inline style or a hiding utility
    class (not a closed tab)."""
    if flags & NAME_DISCLOSURE or (is_collapsed_panel(attrs) and not flags & NAME_BOILERPLATE):
        return False
    if flags & NAME_HIDDEN or attrs.get("aria-hidden") == "true":
        return True
    if "hidden" in attrs:
        return not STREAMED_SEGMENT_ID.match(attrs.get("id") or "")
    if "popover" in attrs or attrs.get("role") == "tooltip":
        return True  # out of the page until a button, a script or a hover opens it
    style = attrs.get("style")
    return style is not None and bool(HIDDEN_STYLE.search(style))


# A link hidden from screen readers alone that says this much (chars) is a card's summary.
SHOWN_LINK_MIN_CHARS = 40


def is_hidden_from_readers_only(attrs: dict[str, str | None], flags: int) -> bool:
    """Hidden by aria-hidden alone: kept out of a screen reader's way (a card's second link to
    the story it heads, its summary), still shown on the page."""
    return (attrs.get("aria-hidden") == "true" and not flags & NAME_HIDDEN and "hidden" not in attrs
            and not HIDDEN_STYLE.search(attrs.get("style") or ""))


def is_collapsed_panel(attrs: dict[str, str | None]) -> bool:
    """A tab panel, or an accordion panel (labelled by its header button, as the WAI-ARIA
    accordion pattern writes it, with or without role=region): closed until a reader opens
    it, but content. (A labelled box named as boilerplate, a modal or a menu, stays hidden.)"""
    role = attrs.get("role")
    return role == "tabpanel" or (role in (None, "region") and "aria-labelledby" in attrs)


# ARIA roles of a window laid over the page (a cookie preference centre, a sign-in box).
DIALOG_ROLES = frozenset({"dialog", "alertdialog"})


# Class or id words of a window laid over the page.
_DIALOG_NAME = re.compile(r"(?:^|[\s_-])(?:modal|popup)(?:$|[\s_-])")


def role_of(attrs: dict[str, str | None]) -> str:
    """An element's ARIA role, case and surrounding spaces aside ("" when it has none)."""
    role = attrs.get("role")
    return role.strip().lower() if role else ""


def is_dialog(attrs: dict[str, str | None]) -> bool:
    """A box laid over the page, by role or by name ("modal", "popup"): however much prose it
    holds, it is never the page's content."""
    return role_of(attrs) in DIALOG_ROLES or bool(_DIALOG_NAME.search(names_of(attrs)))


def is_site_frame(tag: str, attrs: dict[str, str | None]) -> bool:
    """A site's footer or menu, by tag or ARIA role (SITE_FRAME_TAGS, SITE_FRAME_ROLES)."""
    return tag in SITE_FRAME_TAGS or role_of(attrs) in SITE_FRAME_ROLES


def is_main_role(attrs: dict[str, str | None]) -> bool:
    """The ARIA main landmark: what <main> says, said by a <div>."""
    return role_of(attrs) == "main"


def is_chrome_role(attrs: dict[str, str | None]) -> bool:
    """An ARIA role naming navigation, banners, footers, sidebars or widgets."""
    return role_of(attrs) in CHROME_ROLES


# A block that is only a date ("19 April 2017", "2017-04-19", "Updated: Apr 19, 2017 10:32").
DATE_LINE = re.compile(
    r"^\W*(?:(?:published|posted|updated|modified|last updated|date)\s*(?:on|:)?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*)?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|"
    r"[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"(?:\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?\W*$",
    re.IGNORECASE,
)
# A byline block: "By Jane Doe", "By Jane Doe and John Roe | Reuters".
BYLINE = re.compile(r"^\s*(?:by|von|par|por|door|di|av)\s+\S.{0,80}$", re.IGNORECASE)
# The address of an author's own page ("/author/jane-doe/", "/authors/jd", "/autor/jan"): a
# link there names the writer (a byline, an author box), it says nothing of the story.
AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:e|es|en)?|auteurs?)/[^/?#]+/?(?:$|[?#])", re.IGNORECASE)
# The same labels in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Chinese
# and Japanese, one group per concept (each a button or a box's title, never a line of prose).
# Plain phrases, joined as a prefix tree (see _phrase_tree): these run on every short block of a page.
_CHROME_PHRASE_ABROAD = "|".join((
    # share, print
    "teilen|partager|partager cet article|compartir|compartilhar|partilhar|condividi|delen|udostępnij|"
    "поделиться|分享|シェア|drucken|imprimer|stampa|afdrukken|drukuj|распечатать|打印",
    # comments, advertisement
    "kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|комментарии|评论|"
    "anzeige|werbung|publicité|publicite|publicidad|pubblicità|publicidade|advertentie|reklama|реклама|"
    "广告|広告",
    # related articles
    "ähnliche artikel|verwandte artikel|articles similaires|articles liés|articles connexes|"
    "artículos relacionados|artigos relacionados|noticias relacionadas|notícias relacionadas|"
    "articoli correlati|gerelateerde artikelen|powiązane artykuły|похожие статьи|相关文章|相关阅读|"
    "相關文章|関連記事",
    # read also, read more, see also
    "lesen sie auch|lire aussi|à lire aussi|lee también|lea también|leia também|leggi anche|lees ook|"
    "czytaj też|czytaj także|читайте также|延伸阅读|あわせて読みたい|"
    "weiterlesen|lire la suite|leer más|seguir leyendo|leggi di più|leggi tutto|continua a leggere|"
    "leia mais|continue lendo|continuar a ler|lees meer|verder lezen|czytaj więcej|czytaj dalej|"
    "читать далее|阅读更多|阅读全文|続きを読む|"
    "mehr zum thema|siehe auch|voir aussi|sur le même sujet|ver también|vedi anche|veja também|zie ook|"
    "bekijk ook|zobacz też|zobacz także|смотрите также",
    # tags
    "schlagwörter|schlagworte|mots-clés|mots clés|étiquettes|etiquetas|trefwoorden|tagi|теги|метки|"
    "标签|標籤|タグ",
    # subscribe, sign up, log in, follow us
    "abonnieren|s'abonner|abonnez-vous|suscríbete|suscribirse|iscriviti|abbonati|assine|inscreva-se|"
    "abonneren|subskrybuj|подписаться|订阅|訂閱|購読|"
    "registrieren|s'inscrire|regístrate|registrati|registe-se|registreren|zarejestruj się|регистрация|"
    "注册|新規登録|"
    "anmelden|einloggen|se connecter|connexion|iniciar sesión|accedi|entrar|inloggen|zaloguj|"
    "zaloguj się|войти|登录|登入|ログイン|"
    "folgen sie uns|suivez-nous|síguenos|seguici|siga-nos|volg ons|obserwuj nas",
    # back to top, skip to content, table of contents
    "nach oben|retour en haut|volver arriba|torna su|voltar ao topo|terug naar boven|наверх|返回顶部|"
    "ページトップへ|ページのトップへ|zum inhalt springen|aller au contenu|ir al contenido|vai al contenuto|"
    "ir para o conteúdo|naar de inhoud|inhaltsverzeichnis|table des matières|tabla de contenido|"
    "tabla de contenidos|indice dei contenuti|inhoudsopgave|spis treści|оглавление|目录|目次",
    # most read, you may also like
    "meistgelesen|meistgelesene artikel|les plus lus|lo más leído|más leídas|más leídos|più letti|"
    "i più letti|mais lidas|meest gelezen|najczęściej czytane|самое читаемое|热门文章|人気記事|"
    "das könnte sie auch interessieren|vous aimerez aussi|también te puede interesar|te puede interesar|"
    "potrebbe interessarti|potrebbe interessarti anche|você também pode gostar|"
    "dit vind je misschien ook leuk",
    # about the author, written by
    "über den autor|über die autorin|à propos de l'auteur|sobre el autor|sobre o autor|sull'autore|"
    "over de auteur|o autorze|об авторе|关于作者|この記事を書いた人|"
    "geschrieben von|verfasst von|écrit par|rédigé par|escrito por|scritto da|geschreven door",
    # was this helpful, contact us
    "war dieser artikel hilfreich|war diese seite hilfreich|cet article vous a-t-il été utile|"
    "te ha resultado útil|fue útil este artículo|questo articolo ti è stato utile|"
    "questo articolo è stato utile|este artigo foi útil|was dit artikel nuttig|"
    "czy ten artykuł był pomocny|была ли эта статья полезной|この記事は役に立ちましたか|"
    "kontaktieren sie uns|contactez-nous|contáctanos|contattaci|fale conosco|entre em contato|"
    "neem contact op|neem contact met ons op|skontaktuj się z nami|свяжитесь с нами|联系我们|お問い合わせ",
))
# Boilerplate phrases that make a short block site chrome wherever it sits.
CHROME_PHRASE = re.compile(
    r"^\W*(?:share(?: this)?(?: article| story| post)?|tweet|print|email|comments?|advertisement|"
    r"sponsored|related(?: articles| stories| posts| content| coverage| reading)?|read more|"
    r"continue reading|(?:see|read) also|also read|more on this(?: story| topic)?|don'?t miss|"
    r"(?:watch|listen|video|audio|gallery|podcast)\s*:.{0,80}|"
    r"you (?:might|may) (?:also )?like|more from [^.!?]{1,30}|"
    r"tags?|filed under|skip to (?:main )?content|subscribe|sign up|log ?in|sign in|"
    r"follow us|back to top|you may also like|most (?:read|popular|viewed)|latest news|"
    r"trending(?: now| articles| posts| stories| news| videos)?|more stories|recommended|table of contents|"
    r"in case you missed it|more to explore|(?:show|hide|toggle) captions?|"
    r"rate this(?: \w+)?|clear (?:my )?rating|"
    r"recommended (?:reading|for you|articles|stories|posts|content)|"
    r"related (?:guides|links|videos|news|questions)|(?:what to )?read next|keep reading|see more in|"
    r"(?:more|recent|latest|related|similar|popular|other|featured|explore(?: more)?) "
    r"(?:articles?|posts?|stories|news|videos?|insights|threads|reads|guides|blogs?|episodes)|"
    r"about (?:the )?(?:authors?|reviewers?|writers?|contributors?)|"
    r"(?:written|edited|reviewed|fact[- ]checked|medically reviewed) by|"
    r"share it|thanks? (?:you )?for reading|"
    r"was this (?:(?:page|article|post|answer|information|content|guide|tutorial) )?(?:helpful|useful)"
    r"(?: (?:for|to) you)?|how (?:helpful|useful) was this (?:page|article|post|guide)|"
    r"did you find this (?:(?:page|article|post|guide) )?(?:helpful|useful)|rate this (?:page|article|post)|"
    r"submit (?:a )?correction|"
    r"(?:contact|connect with|work with|collaborate with) us|get in touch|"
    r"subscribe (?:for|to) [^.!?]{1,30}|" + _phrase_tree(_CHROME_PHRASE_ABROAD) + r")\W*$",
    re.IGNORECASE,
)

# A shop's cart and stock line: what the buy box says about ordering the thing, not the thing
# ("Add to cart", "Out of stock", "Notify me when available", "Returns & exchanges accepted",
# "Ships from: Ukraine", "Select a size", "Qty:"), and the controls on a product's card in a
# grid ("In stock", "Add to compare", "Comparer", "Quick shop", "View details", "More options").
# Shipping offers ("Free shipping") are left: pages keep them as often as not.
# The same lines in other languages, one group per concept, joined as a prefix tree (see _phrase_tree).
_SHOP_CHROME_ABROAD = "|".join((
    # add to cart, buy now
    "in den warenkorb|in den einkaufswagen|ajouter au panier|añadir al carrito|agregar al carrito|"
    "añadir a la cesta|aggiungi al carrello|adicionar ao carrinho|in winkelwagen|in de winkelwagen|"
    "toevoegen aan winkelwagen|in winkelmandje|dodaj do koszyka|do koszyka|в корзину|добавить в корзину|"
    "加入购物车|カートに入れる|"
    "jetzt kaufen|acheter maintenant|comprar ahora|comprar agora|acquista ora|nu kopen|kup teraz|"
    "купить сейчас|立即购买|今すぐ購入",
    # out of stock, in stock
    "ausverkauft|nicht auf lager|nicht vorrätig|rupture de stock|en rupture de stock|agotado|sin stock|"
    "esaurito|esgotado|fora de estoque|uitverkocht|niet op voorraad|brak w magazynie|нет в наличии|缺货|"
    "在庫切れ|売り切れ|auf lager|vorrätig|disponibile|em estoque|op voorraad|в наличии|在庫あり",
    # quantity, size guide
    "menge|quantité|cantidad|quantità|quantidade|aantal|ilość|количество|数量|"
    "größentabelle|guide des tailles|guía de tallas|guida alle taglie|guia de tamanhos|maattabel",
))
SHOP_CHROME = re.compile(
    r"^\W*(?:add to (?:cart|bag|basket|wish ?list|favou?rites)|(?:currently )?out of stock|"
    r"notify me(?: when (?:it'?s )?(?:back )?(?:in stock|available))?|back in stock|buy (?:it )?now|"
    r"(?:free )?returns? (?:&|and) exchanges? accepted.{0,30}|ships from:? .{1,30}|"
    r"(?:taxes|shipping)(?:,? discounts)?(?: and shipping)? calculated at checkout|"
    r"select (?:a |your )?(?:size|colou?r|option)s?|size (?:guide|chart)|qty|quantity|"
    r"(?:secure|safe) checkout|your payment information is processed securely|"
    r"(?:add to )?compare|comparer|in stock|en stock|view details|more options|quick (?:shop|view|add)|"
    r"calculate shipping|" + _phrase_tree(_SHOP_CHROME_ABROAD) + r")\W*$",
    re.IGNORECASE,
)

# A placeholder a script fills or removes once the page has loaded ("Loading...", "Please wait").
# In other languages: loading, then please wait.
_PLACEHOLDER_ABROAD = (
    "wird geladen|chargement|chargement en cours|cargando|caricamento|caricamento in corso|carregando|"
    "a carregar|bezig met laden|ładowanie|загрузка|加载中|載入中|読み込み中|"
    "bitte warten|veuillez patienter|espere|espere por favor|por favor espere|por favor, espere|"
    "attendere|attendere prego|aguarde|even geduld|proszę czekać|подождите|пожалуйста, подождите|"
    "请稍候|お待ちください|しばらくお待ちください")
PLACEHOLDER = re.compile(rf"^\W*(?:loading|please wait|{_phrase_tree(_PLACEHOLDER_ABROAD)})\W*$",
                         re.IGNORECASE)

# The controls above a listing's grid: how it is sorted and filtered, how much of it is shown
# ("Sort by: Featured items", "Filters", "Showing 1–24 of 310 results", "Load more"), and the
# buttons on a job board's cards ("Apply now", "Easy apply", "View company profile").
# The same controls in other languages: sort by (a choice may follow), then filters, load more
# and apply now.
_SORT_BY_ABROAD = ("sortieren nach|sortierung|trier par|ordenar por|ordina per|sorteer op|sorteren op|"
                   "sortuj|sortuj według|сортировать по|сортировка|排序|排序方式|並び替え|並べ替え")
_LISTING_CONTROL_ABROAD = (
    "filtres|filtrer|filtros|filtrar|filtri|фильтры|筛选|絞り込み|"
    "mehr laden|weitere laden|charger plus|cargar más|carica altri|caricare altri|carregar mais|meer laden|"
    "załaduj więcej|загрузить ещё|показать ещё|加载更多|さらに表示|"
    "jetzt bewerben|postuler|postuler maintenant|candidati ora|candidatar-se|solliciteer|"
    "solliciteer nu|aplikuj|aplikuj teraz|откликнуться")
LISTING_CONTROL = re.compile(
    r"^\W*(?:sort(?:ed)?(?: by)?(?:\s*:.{0,30})?|filters?:?(?: (?:&|and) sort)?|"
    r"(?:showing|displaying|viewing) (?:\d[\d,]*\W*(?:-|–|to)\W*)?\d[\d,]* (?:of|out of) \d[\d,]*"
    r"(?: (?:products|items|results))?|load more|"
    r"apply now|(?:quick|easy|fast|one-click) apply|view (?:company )?profile|"
    # sort by, filters, load more, apply now, in other languages
    + _phrase_tree(_SORT_BY_ABROAD) + r"(?:\s*:.{0,30})?|" + _phrase_tree(_LISTING_CONTROL_ABROAD) + r")\W*$",
    re.IGNORECASE,
)

# The title of a shop's recommendation widget: other products, not the one the page sells
# ("Customers also bought", "Similar items", "Frequently bought together", "Recently viewed",
# "Pairs well with", "Accessories for ...", "Best selling in ...", "Seller's other items").
# The same titles in other languages: customers also bought, bought together, similar products,
# recently viewed.
_RECOMMENDATION_TITLE_ABROAD = "|".join((
    "kunden kauften auch|les clients ont également acheté|les clients ont aussi acheté|"
    "los clientes también compraron|i clienti hanno acquistato anche|clientes também compraram|"
    "klanten kochten ook|klienci kupili również|klienci kupili też|с этим товаром покупают",
    "wird oft zusammen gekauft|fréquemment achetés ensemble|comprados juntos habitualmente|"
    "spesso comprati insieme|vaak samen gekocht",
    "ähnliche produkte|produits similaires|produits associés|productos similares|productos relacionados|"
    "prodotti simili|prodotti correlati|produtos relacionados|produtos semelhantes|produtos similares|"
    "vergelijkbare producten|gerelateerde producten|podobne produkty|похожие товары|相关商品|関連商品",
    "zuletzt angesehen|zuletzt angesehene artikel|récemment consultés|vistos recientemente|"
    "visti di recente|vistos recentemente|recent bekeken|ostatnio oglądane|最近チェックした商品",
))
RECOMMENDATION_TITLE = re.compile(
    r"^\W*(?:(?:customers|people|shoppers|others)(?: like you)?(?: who)?(?: also)? "
    r"(?:bought|viewed|purchased)|"
    r"frequently bought|bought together|(?:you|customers) (?:may|might|will) also (?:like|enjoy|love)|"
    r"similar (?:items|products)|related (?:items|products)|recommended (?:for you|products|items)|"
    r"(?:your )?recently viewed|complete the look|explore related items|sponsored products|"
    r"recommended accessories|accessories for\b|pairs? (?:well|perfectly) with|goes (?:well|great) with|"
    r"best ?selling in\b|(?:the )?seller'?s other items|more from this (?:seller|shop|brand))|"
    # in other languages, whole lines
    r"^\W*(?:" + _phrase_tree(_RECOMMENDATION_TITLE_ABROAD) + r")\W*$",
    re.IGNORECASE,
)

# The title of a shop's policy box, the same on every product it sells: how the thing is
# shipped, returned and guaranteed ("Shipping & Returns", "Delivery and returns", "Return
# policy", "Warranty info"), or how to get it ("Delivery options", "Pickup or delivery?",
# "How do you want your item?"), not what it is.
# The same titles in other languages: shipping, shipping and returns, returns, return policy,
# warranty ("and" also written "&").
_SHOP_POLICY_TITLE_ABROAD = "|".join((
    "versand|lieferung|versand und rückgabe|versand & rückgabe|lieferung und rückgabe|rückgabe|"
    "rückgaberecht|garantie",
    "livraison|livraison et retours|livraison & retours|retours|politique de retour",
    "envío|envíos|envío y devoluciones|envíos y devoluciones|devoluciones|política de devoluciones|garantía",
    "spedizione|spedizioni|spedizione e resi|spedizioni e resi|resi|politica di reso|garanzia",
    "envio|entrega|envio e devoluções|entrega e devoluções|devoluções|política de devolução|garantia",
    "verzending|levering|verzending en retour|verzending & retour|retourneren|retourbeleid",
    "dostawa|wysyłka|dostawa i zwroty|zwroty|gwarancja|доставка|доставка и возврат|возврат|гарантия",
))
SHOP_POLICY_TITLE = re.compile(
    r"^\W*(?:(?:free |fast )?(?:shipping|delivery)(?: (?:&|and|\+) (?:free )?returns?)?|returns?|"
    r"(?:returns?|refunds?) (?:&|and) (?:exchanges?|refunds?)|warranty(?: (?:&|and) returns?)?)"
    r"(?: (?:policy|policies|info|information|details|options|(?:&|and) fee details))?\W*$|"
    r"^\W*(?:(?:pickup|pick-up|collection) or delivery|how (?:do you want (?:your|this) item|to get it))\W*$|"
    r"^\W*" + _phrase_tree(_SHOP_POLICY_TITLE_ABROAD) + r"\W*$",
    re.IGNORECASE,
)

# The title of a shop's box of what buyers said, on a page selling one product: its customers'
# reviews and ratings, its seller's feedback ("Top reviews from the United States", "Reviews
# summary", "What our clients say", "Seller feedback (7,310)", "Be the first to review this
# item"). A bare "Reviews" or "Customer reviews" is left: it also titles the page's own review
# of the thing, or a box whose name says which it is.
SHOP_REVIEWS_TITLE = re.compile(
    r"^\W*(?:top reviews\b.*|reviews? summary|"
    r"(?:what )?(?:our )?(?:customers|clients) (?:say|are saying)\b.*|seller feedback\b.*|"
    r"be the first to review\b.*)\W*$",
    re.IGNORECASE,
)

# A breadcrumb trail: "Main » News » Headline", "Home / Blog / Post", "Home > Products".
BREADCRUMB = re.compile(r"^[^»›>/|\n]{1,40}(?:\s*[»›>/|]\s*[^»›>/|\n]{1,120}){1,6}$")
# Separators of a breadcrumb trail, for checking one is really there.
BREADCRUMB_SEPARATOR = re.compile(r"\s[»›>/]\s|»|›")

# What an info line is made of: dates, times, counters ("4,518 views", "5 min read") and separators
# ("Veröffentlicht am 19.04.2017 um 10:32", "Publicado el 19/04/2017 a las 10:32").
_INFO_PIECES = re.compile(
    r"\d[\d,.:/-]*|[年月日時时分秒]|\b(?:views?|comments?|shares?|likes?|replies|answers?|votes?|reads?|reading|mins?|minutes?|time|of|"
    r"просмотр\w*|aufrufe|vues|visitas|visualizzazioni|weergaven|"
    r"updated|published|posted|modified|on|at|am|pm|gmt|utc|[a-z]st|[a-z]dt|"
    # published, updated and the words around a date and a time in other languages
    r"veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|"
    r"atualizado|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|опубликовано|обновлено|"
    r"um|le|à|el|a las|il|alle|às|op|om|в|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|"
    r"thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|[\W_]+",
    re.IGNORECASE,
)


# A text that is _INFO_PIECES end to end, each piece the one _INFO_PIECES.sub would remove where
# the last ended (a lookahead never backtracks, so it keeps that first match): the same verdict
# as removing them all and finding nothing left, but a line of prose fails at its first word.
_INFO_LINE = re.compile(rf"(?:(?=({_INFO_PIECES.pattern}))\1)*", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# A currency sign: a line of digits and separators holding one is a price ("$39.99", "12,50 €"),
# which a product card or a price list shows as content.
_CURRENCY_SIGN = re.compile(r"[$¢£¤¥֏؋৲৳৻૱௹฿៛₠-₿﷼﹩＄￠￡￥￦]")


def shows_price(text: str) -> bool:
    """A currency sign beside a digit: the price on a product's card ("Earrings $490.00")."""
    return _CURRENCY_SIGN.search(text) is not None and _DIGIT.search(text) is not None


def is_dated_line(text: str) -> bool:
    """Only a date (DATE_LINE) or a line of only dates, times and counters ("19 April 2017 ·
    4,518 views · 5 min read"): both hold a digit, so most lines, which hold
    none, are told apart by one look for a digit."""
    if _DIGIT.search(text) is None:
        return False
    return bool(DATE_LINE.match(text)) or _holds_only_info(text)


def _holds_only_info(text: str) -> bool:
    """A short text made of _INFO_PIECES end to end, with no price among them."""
    return len(text) < 100 and _CURRENCY_SIGN.search(text) is None and _INFO_LINE.fullmatch(text) is not None


# A marquee: one short phrase said again and again end to end ("Book now * Book now * ..."),
# a ticker or a repeated call to action, never prose however long it runs.
_MARQUEE_MAX_WORDS = 8
_MARQUEE_MIN_REPEATS = 4
_MARQUEE_MIN_PHRASE_CHARS = 3
_WORD = re.compile(r"\w+")
# Enough words to show any period a marquee may have, _MARQUEE_MIN_REPEATS times over.
_MARQUEE_HEAD = _MARQUEE_MAX_WORDS * _MARQUEE_MIN_REPEATS + 1


def is_marquee(text: str) -> bool:
    """A text that is one phrase of at most _MARQUEE_MAX_WORDS words repeated at least
    _MARQUEE_MIN_REPEATS times (separators and case aside)."""
    first = _WORD.search(text)
    if first is None or len(text) < _MARQUEE_MIN_REPEATS * 2:
        return False
    lowered = text.lower()
    if lowered.count(first.group().lower()) < _MARQUEE_MIN_REPEATS:
        return False  # most texts: their first word does not come back often enough
    if len(lowered) == len(text):
        # The first word comes back within _MARQUEE_MAX_WORDS words: checked on the text up to
        # its next occurrence, so that most paragraphs go before all their words are listed.
        again = lowered.find(first.group().lower(), first.end())
        if len(_WORD.findall(lowered, 0, again)) > _MARQUEE_MAX_WORDS:
            return False
    head = [match.group() for match in itertools.islice(_WORD.finditer(lowered), _MARQUEE_HEAD)]
    periods = [period for period in range(1, min(_MARQUEE_MAX_WORDS, len(head) // _MARQUEE_MIN_REPEATS) + 1)
               if head[period:] == head[:-period]]
    words = _WORD.findall(lowered) if periods else []
    for period in periods:
        if words[period:] == words[:-period]:
            # a letter or a number said again is a row of data ("x x x x", "0 0 0 0"), not a call
            return sum(len(word) for word in words[:period]) >= _MARQUEE_MIN_PHRASE_CHARS
    return False


# The title of an error page served as if it were content ("soft 404"): the page has no article.
ERROR_PAGE_TITLE = re.compile(
    r"^\W*(?:(?:error\s*)?404\b|page not found|not found\b|page (?:does not|doesn'?t) exist|"
    r"seite nicht gefunden|page introuvable|p[áa]gina no encontrada|pagina non trovata|"
    r"страница не найдена|页面不存在|ページが見つかりません)",
    re.IGNORECASE,
)
# Class names CMSs give the <body> or <main> of their error pages (WordPress: "error404").
ERROR_PAGE_NAME = re.compile(r"(?:^|[\s_-])(?:error-?404|page-?404|not-?found|error-?page)(?:$|[\s_-])")


def is_error_page(title: str, names: str) -> bool:
    """A "page not found" page served with status 200."""
    return bool(ERROR_PAGE_TITLE.match(title) or ERROR_PAGE_NAME.search(names))


# The line that opens a thread's replies: "Comments", "12 replies", "Answers (3)", and the
# comments label of CHROME_PHRASE in other languages ("Kommentare", "Commentaires").
REPLIES_TITLE = re.compile(
    r"^\W*(?:\d[\d,.]*\s+)?(?:comments?|repl(?:y|ies)|responses?|answers?|posts?|"
    r"kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|комментарии|评论)"
    r"\W*(?:\d[\d,.]*)?\W*$", re.I)

# The path words of a discussion thread's address: /threads/123-title, /forum/topic,
# /discussion/39620/title, /viewtopic.php?t=1, /showthread.php?t=1. ("/topic/" also names
# tag pages, and "/t/" product pages: neither is enough alone.)
_THREAD_PATH = re.compile(
    r"/(?:threads?|forums?|discussions?|viewtopic\.php|showthread\.php|showtopic)(?:[/.?#-]|$)", re.I)


def is_thread_url(url: str | None) -> bool:
    """The page's address says it is a discussion thread."""
    if not url:
        return False
    try:
        path = urlsplit(url).path
    except ValueError:  # a malformed address ("http://[") says nothing
        return False
    return bool(_THREAD_PATH.search(path))
