"""Every supported format, and every kind of bad input, with the message naming file and problem."""

from __future__ import annotations

import json
from pathlib import Path

from analytics.articles import ArticleInput, Rejection
from analytics.readers import read_paths

ARTICLE = "Meta a investi 14,3 milliards de dollars dans Scale AI, selon la presse américaine."


def _read(*paths: Path) -> tuple[list[ArticleInput], list[Rejection]]:
    items = list(read_paths(paths))
    return ([i for i in items if isinstance(i, ArticleInput)], [i for i in items if isinstance(i, Rejection)])


def test_txt_and_md_id_is_file_stem(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b2.md").write_text("# Titre\n\n" + ARTICLE, encoding="utf-8")
    ok, bad = _read(tmp_path)
    assert {a.id for a in ok} == {"a1", "b2"} and not bad


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    html = ("<html><head><title>Meta et Scale AI</title><script>alert('x')</script></head><body>"
            "<nav>Accueil | Tech</nav><article><h1>Meta et Scale AI</h1>"
            f"<p>{ARTICLE}</p><p>{ARTICLE} Deuxième paragraphe du texte principal.</p></article>"
            "<footer>© 2025 Exemple</footer></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (ok,), bad = _read(tmp_path / "page.html")
    assert not bad and ok.id == "page"
    assert "14,3 milliards" in ok.text and "alert" not in ok.text
    assert ok.title == "Meta et Scale AI"


def test_json_object_list_jsonl_csv(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"id": "x1", "text": ARTICLE, "source": "Les Echos"}), "utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": ARTICLE}, {"text": ARTICLE + " Bis."}]), "utf-8")
    (tmp_path / "lines.jsonl").write_text("\n".join(json.dumps({"id": f"l{i}", "text": ARTICLE}) for i in range(3)), "utf-8")
    (tmp_path / "rows.csv").write_text('id,text,published\nc1,"' + ARTICLE + '",2025-06-12\n', "utf-8")
    ok, bad = _read(tmp_path)
    assert not bad
    assert len(ok) == 7
    by_id = {a.id: a for a in ok if a.id}
    assert by_id["x1"].source == "Les Echos" and by_id["c1"].published == "2025-06-12"


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    _, (r,) = _read(tmp_path / "empty.txt")
    assert r.path.endswith("empty.txt") and "empty" in r.error


def test_binary_file_with_text_extension(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 40)
    _, (r,) = _read(tmp_path / "photo.txt")
    assert "binary" in r.error and r.path.endswith("photo.txt")


def test_unsupported_extension(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    _, (r,) = _read(tmp_path / "report.pdf")
    assert "unsupported file type .pdf" in r.error


def test_invalid_json(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"text": "abc",,}', "utf-8")
    _, (r,) = _read(tmp_path / "bad.json")
    assert r.error.startswith("invalid JSON") and "line 1" in r.error


def test_jsonl_with_one_bad_line_keeps_the_others(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "ok1", "text": ARTICLE}), "{not json", json.dumps({"id": "ok2", "text": ARTICLE})]
    (tmp_path / "set.jsonl").write_text("\n".join(lines), "utf-8")
    ok, (r,) = _read(tmp_path / "set.jsonl")
    assert [a.id for a in ok] == ["ok1", "ok2"]
    assert "line 2" in r.error and r.path.endswith("set.jsonl:2")


def test_csv_without_text_column(tmp_path: Path) -> None:
    (tmp_path / "rows.csv").write_text("id,body\n1,hello\n", "utf-8")
    _, (r,) = _read(tmp_path / "rows.csv")
    assert "no 'text' column" in r.error and "body" in r.error


def test_missing_path() -> None:
    _, (r,) = _read(Path("/nonexistent/articles"))
    assert r.error == "no such file or folder"


def test_huge_text_file_refused_with_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse 50 MB: refused by size before any read
    _, (r,) = _read(big)
    assert "52.4 MB" in r.error and "at most 10 MB" in r.error


def test_record_without_text_in_json_list(tmp_path: Path) -> None:
    (tmp_path / "l.json").write_text(json.dumps([{"text": ARTICLE}, {"title": "no text"}, "plain"]), "utf-8")
    ok, bad = _read(tmp_path / "l.json")
    assert len(ok) == 1
    assert [b.error for b in bad] == ["item 2: missing 'text' field",
                                      "item 3: expected an object with a 'text' field, got str"]


def test_cp1252_file(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes("Société générale — résumé".encode("cp1252"))
    (a,), _ = _read(tmp_path / "w.txt")
    assert a.text == "Société générale — résumé"
