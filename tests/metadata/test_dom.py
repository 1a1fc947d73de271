"""The visible-page helpers find the same elements as the plain selector lists they stand for."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleannews.metadata import dom
from cleannews.metadata.authors import _LABEL_QUERY, _has_label_word, _PageMarks

# One selector per post-author mark: what dom.post_author_marks stands for.
_POST_AUTHOR_LIST = ", ".join(f'[class*="{mark}" i]' for mark in dom._POST_AUTHOR_MARKS)


def _ids(nodes: list) -> list[str | None]:
    return [node.attributes.get("id") for node in nodes]


def _post_author_marks(tree: LexborHTMLParser) -> list:
    return dom.post_author_marks(tree.css(dom.POST_AUTHOR_CANDIDATES))


def test_post_author_marks_repeat_an_element_once_per_mark_in_any_case():
    html = ('<div class="post" id="a"></div><div class="PostUser UserName" id="b"></div>'
            '<span class="postprofile postleft username" id="c"></span><p class="posts" id="d"></p>'
            '<b class="user-name" id="e"></b><i class="POSTLEFT" id="f"></i>')
    tree = LexborHTMLParser(html)
    assert _ids(_post_author_marks(tree)) == ["b", "b", "c", "c", "c", "f"]
    assert _ids(_post_author_marks(tree)) == _ids(tree.css(_POST_AUTHOR_LIST))


def test_post_author_marks_stop_at_twenty_entries():
    html = "".join(f'<div class="username postuser" id="n{i}"></div>' for i in range(15))
    tree = LexborHTMLParser(html)
    assert _ids(_post_author_marks(tree)) == _ids(tree.css(_POST_AUTHOR_LIST)[:20])
    assert len(_post_author_marks(tree)) == 20


def test_label_query_finds_each_label_once_whatever_part_it_holds():
    html = ('<h3 id="a">Author</h3><p id="b">Written by <a>Jane</a></p><div id="c">WRITTEN BY AUTHOR</div>'
            '<li id="d">Author</li><span id="e"><b>by</b></span><small id="f">words by</small>')
    tree = LexborHTMLParser(html)
    found = [node for node in tree.css(_LABEL_QUERY) if _has_label_word(node)]
    assert _ids(found) == ["a", "b", "c", "f"]


def test_page_marks_find_in_one_query_what_the_label_and_post_author_queries_find():
    html = ('<div class="post" id="a"><span class="username" id="b">Author</span>'
            '<strong id="c">Written by</strong><p class="PostUser" id="d">jdoe</p></div>'
            '<li class="postleft" id="e">Author</li><h3 id="f"><b>by</b> autumn</h3>'
            '<dt class="postprofile username" id="g">words by</dt>'
            + "".join(f'<small id="n{i}">Author</small>' for i in range(25)))
    tree = LexborHTMLParser(html)
    marks = _PageMarks(tree)
    labels = dom.first_matches(tree, _LABEL_QUERY, _has_label_word)
    assert _ids(marks.labels) == _ids(labels)
    assert _ids(labels)[:4] == ["b", "c", "g", "n0"] and len(labels) == 20
    assert _ids(marks.post_authors) == _ids(_post_author_marks(tree)) == ["b", "d", "e", "g", "g"]
